import { expect, test } from '@playwright/test';
import { fillLogin, storageStateOf, unique } from './fixtures';

test.use({ storageState: storageStateOf('admin') });

test('the admin finds their own edit with old → new, and narrows the log to its actor', async ({ page }) => {
  const name = unique('审计专班');
  await page.goto('/admin/teams');
  await page.getByLabel('专班名称').fill(name);
  await page.getByRole('button', { name: '新建专班' }).click();
  await page.getByRole('link', { name, exact: true }).click();
  // The list page has a 专班名称 field too: wait for the team's own form.
  await expect(page).toHaveURL(/\/admin\/teams\/[0-9a-f-]{36}$/);
  await page.getByLabel('专班名称').fill(`${name}改`);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('专班已保存')).toBeVisible();

  await page.getByRole('navigation', { name: '系统管理分区' }).getByRole('link', { name: '审计日志' }).click();
  await page.getByLabel('对象类型').fill('team');
  await page.getByLabel('操作', { exact: true }).selectOption({ label: '修改' });
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/entityType=team/);
  const row = page.getByRole('row').filter({ hasText: `${name}改` });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('definition')).toHaveText(`${name} → ${name}改`);
  await expect(row.getByText('修改', { exact: true })).toBeVisible();
  await expect(row.getByRole('link', { name: /^专班/ })).toHaveAttribute('href', /^\/admin\/teams\//);

  await row.getByRole('link', { name: /admin/ }).click();
  await expect(page).toHaveURL(/actor=admin/);
  await expect(page).toHaveURL(/entityType=team/);
  await expect(page.getByLabel('操作人登录名')).toHaveValue('admin');
});

test('a failed login by someone else shows up under 登录失败, in red, with its reason', async ({ page, browser }) => {
  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const login = await stranger.newPage();
  await fillLogin(login, 'officer2', 'not-the-password');
  await expect(login.getByTestId('login-error')).toBeVisible();
  await stranger.close();

  await page.goto('/admin/audit');
  await page.getByLabel('操作', { exact: true }).selectOption({ label: '登录失败' });
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/action=loginFailed/);
  const row = page.getByRole('row').filter({ hasText: '登录名 officer2' }).first();
  await expect(row).toContainText('匿名');
  await expect(row).toContainText('密码错误');
  // Every row on the filtered page is a failed login: only the header row lacks the badge.
  await expect(page.getByRole('row').filter({ hasNotText: '登录失败' })).toHaveCount(1);
});

test('the log pages forward by cursor and back to the first page', async ({ page }) => {
  await page.goto('/admin/audit');
  const firstRow = page.getByRole('row').nth(1);
  const newest = await firstRow.getByRole('time').getAttribute('datetime');
  await page.getByRole('navigation', { name: '审计日志分页' }).getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL(/after=/);
  const older = await page.getByRole('row').nth(1).getByRole('time').getAttribute('datetime');
  expect(Date.parse(older!)).toBeLessThanOrEqual(Date.parse(newest!));
  await page.getByRole('link', { name: '第一页' }).click();
  await expect(page).not.toHaveURL(/after=/);
});

test('a leader gets 403 on /admin/audit', async ({ browser }) => {
  const leader = await browser.newPage({ storageState: storageStateOf('leader') });
  const response = await leader.goto('/admin/audit');
  expect(response?.status()).toBe(403);
  await expect(leader.getByRole('heading', { name: '无权访问' })).toBeVisible();
});
