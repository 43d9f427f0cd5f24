import ExcelJS from 'exceljs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { storageStateOf, unique, type DemoUser } from './fixtures';

// 个人信息保护法: a contact's mobile is masked for other teams, in full for the owning team; an admin finds the
// person, downloads their data and erases it, after which the enterprise page shows the contact anonymised.

// A demo enterprise kept by the automotive team, the demo `officer`'s; `officer2` is of the electronics team.
const ENTERPRISE = '澜垣汽车零部件有限公司';

async function as(browser: Browser, user: DemoUser): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(user) });
  return context.newPage();
}

async function openEnterprise(page: Page): Promise<void> {
  await page.goto('/enterprises?q=' + encodeURIComponent('澜垣汽车'));
  await page.getByRole('link', { name: ENTERPRISE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ENTERPRISE);
}

test('a contact is masked for another team, erased on request by an admin, and shows anonymised', async ({ browser }) => {
  test.slow();
  const name = `隐私${unique('')}`;
  const mobile = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const masked = `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
  const contacts = (page: Page) => page.getByRole('region', { name: '联系人', exact: true });

  // The owning team adds the contact and sees it in full, in the list and on the contact's page.
  const officer = await as(browser, 'officer');
  await openEnterprise(officer);
  await officer.getByRole('button', { name: '添加联系人' }).click();
  await officer.getByLabel('姓名').fill(name);
  await officer.getByLabel('手机').fill(mobile);
  await officer.getByLabel('邮箱').fill(`${unique('pi')}@lanyuan.example.cn`);
  await officer.getByRole('button', { name: '保存' }).click();
  await expect(contacts(officer).getByText(`手机 ${mobile}`)).toBeVisible();
  await contacts(officer).getByRole('link', { name }).click();
  await expect(officer.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(officer.getByText('本次查看已记入审计日志')).toBeVisible();
  await expect(officer.getByRole('link', { name: mobile })).toHaveAttribute('href', `tel:${mobile}`);

  // Another team's officer sees 137****xxxx, in the list and on the page, never the number.
  const other = await as(browser, 'officer2');
  await openEnterprise(other);
  await expect(contacts(other).getByText(`手机 ${masked}`)).toBeVisible();
  await expect(other.getByRole('main')).not.toContainText(mobile);
  await contacts(other).getByRole('link', { name }).click();
  await expect(other.getByText(/只对该专班、领导和系统管理员完整显示/)).toBeVisible();
  await expect(other.getByRole('main')).toContainText(masked);
  await expect(other.getByRole('main')).not.toContainText(mobile);

  // The admin finds the person by the whole number, downloads everything held, then erases it.
  const admin = await as(browser, 'admin');
  await admin.goto('/admin');
  await admin.getByRole('navigation', { name: '系统管理分区' }).getByRole('link', { name: '个人信息' }).click();
  await admin.getByLabel('姓名、手机号或邮箱').fill(mobile);
  await admin.getByRole('button', { name: '搜索' }).click();
  await expect(admin.getByRole('table')).toContainText(masked);
  await admin.getByRole('link', { name }).click();
  await expect(admin.getByRole('heading', { name: `${name} 的个人信息` })).toBeVisible();

  const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('link', { name: '导出个人信息' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^个人信息_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await download.path())!);
  expect(book.worksheets[0].name).toBe('联系人记录');
  expect(book.worksheets[0].getRow(2).getCell(1).value).toBe(name);
  expect(book.worksheets[0].getRow(2).getCell(3).value).toBe(mobile);
  expect(book.worksheets[0].getRow(2).getCell(9).value).toBe(ENTERPRISE);

  await admin.getByRole('button', { name: '匿名化删除' }).click();
  const dialog = admin.getByRole('dialog', { name: `匿名化删除 ${name} 的 1 条联系人记录？` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '确认' }).click();
  await expect(admin.getByText('已按个人信息删除请求完成匿名化。')).toBeVisible();

  // The enterprise page now shows the contact anonymised, for its own team too; the name and number are gone.
  await officer.goto(officer.url().replace(/\/contacts\/.*$/, ''));
  await expect(contacts(officer).getByRole('link', { name: '已删除联系人' }).first()).toBeVisible();
  await expect(contacts(officer).getByText('已按个人信息删除请求匿名化。').first()).toBeVisible();
  await expect(officer.getByRole('main')).not.toContainText(name);
  await expect(officer.getByRole('main')).not.toContainText(mobile);
  // And the person is no longer found.
  await admin.goto(`/admin/personal-data?q=${mobile}`);
  await expect(admin.getByText('没有找到符合条件的联系人记录')).toBeVisible();
});
