import { expect, test } from '@playwright/test';
import { storageStateOf, unique } from './fixtures';

test.use({ storageState: storageStateOf('officer') });

// A valid USCC (GB 32100 check character) that the demo data does not use.
const USCC = '91350100M000100Y43';

test('an officer creates an enterprise with a contact and finds it by a 2-character substring', async ({ page }) => {
  const name = `澜屿${unique('')}测试精密制造有限公司`;
  await page.goto('/enterprises/new');
  await page.getByLabel('企业名称').fill(name);
  await page.getByLabel('统一社会信用代码').fill('91350100M000100Y4X');
  await page.getByLabel('产业链').selectOption({ label: '汽车及零部件' });
  await page.getByLabel('环节').selectOption({ label: '上游 · 车规级芯片' });
  await page.getByLabel('招商方向').selectOption('supplement');
  await page.getByLabel('专精特新', { exact: true }).check();
  await page.getByLabel('注册资本（万元）').fill('3000');
  await page.getByRole('button', { name: '新建' }).click();
  // The check character is wrong: the form says so next to the field and keeps what was typed.
  await expect(page.getByLabel('统一社会信用代码')).toHaveAccessibleDescription(/校验位不正确/);
  await expect(page.getByLabel('企业名称')).toHaveValue(name);
  await page.getByLabel('统一社会信用代码').fill(USCC.toLowerCase());
  await page.getByRole('button', { name: '新建' }).click();
  await expect(page.getByText('企业已创建')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText(USCC)).toBeVisible();

  await page.getByRole('button', { name: '添加联系人' }).click();
  await page.getByLabel('姓名').fill('欧阳明');
  await page.getByLabel('手机').fill('1391234');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByLabel('手机')).toHaveAccessibleDescription('请输入 11 位手机号');
  await page.getByLabel('手机').fill('13912345678');
  await page.getByLabel('主要联系人').check();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('手机 13912345678')).toBeVisible();

  await page.goto('/enterprises');
  await page.getByRole('main').getByRole('searchbox', { name: '搜索' }).fill(name.slice(0, 2));
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByRole('link', { name })).toBeVisible();
  // The search survives a reload (it lives in the URL).
  await page.reload();
  await expect(page.getByRole('main').getByRole('searchbox', { name: '搜索' })).toHaveValue(name.slice(0, 2));
  await expect(page.getByRole('link', { name })).toBeVisible();
});

test('a near-identical name shows the possible-duplicate warning before saving', async ({ page }) => {
  // 澜垣汽车零部件有限公司 is in the demo data; the same firm written with （中国） and 股份.
  await page.goto('/enterprises/new');
  await page.getByLabel('企业名称').fill('澜垣汽车零部件（中国）股份有限公司');
  const warning = page.getByTestId('duplicates');
  await expect(warning).toContainText('可能重复的企业');
  await expect(warning.getByRole('link', { name: '澜垣汽车零部件有限公司' })).toBeVisible();
});

test('another team’s enterprise is read-only for an officer', async ({ page }) => {
  await page.goto('/enterprises?q=' + encodeURIComponent('诺岚生物'));
  await page.getByRole('link', { name: '诺岚生物科技有限公司' }).click();
  await expect(page.getByText(/您只能查看/)).toBeVisible();
  await expect(page.getByRole('link', { name: '编辑' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '删除企业' })).toHaveCount(0);
});
