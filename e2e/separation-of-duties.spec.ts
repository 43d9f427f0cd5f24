// 三员分立 switched on and lived with, on a server of this spec's own: the switch changes what the admin may
// do everywhere, so the shared server's other journeys must not see it.
import { test as base, expect, type Page } from '@playwright/test';
import { login, mainNav } from './fixtures';
import { startOwnServer } from './next-server';

const test = base.extend<object, { ownUrl: string }>({
  ownUrl: [
    async ({}, provide) => {
      const server = await startOwnServer('duties');
      try {
        await provide(server.url);
      } finally {
        await server.stop();
      }
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  baseURL: async ({ ownUrl }, provide) => provide(ownUrl),
});

test.describe.configure({ mode: 'serial' });

async function loginAs(page: Page, username: string) {
  await page.context().clearCookies();
  await login(page, username);
}

test('the admin hands the security and audit duties over, and each administrator keeps to their own', async ({ page }) => {
  test.slow();
  await loginAs(page, 'admin');
  await page.goto('/admin/duties');
  await expect(page.getByText('未开启')).toBeVisible();
  await expect(page.getByRole('row', { name: /安全管理员/ })).toContainText('1');
  await page.getByRole('button', { name: '开启三员分立' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();

  // The system administrator keeps accounts and teams, loses the roles, the policy and the log.
  await expect(page).toHaveURL(/\/admin\/users$/);
  const tabs = page.getByRole('navigation', { name: '系统管理分区' });
  await expect(tabs.getByRole('link')).toHaveText(['用户', '专班', '职能部门', '个人信息']);
  await page.getByRole('link', { name: '李明' }).click();
  await expect(page.getByLabel('角色')).toBeDisabled();
  await expect(page.getByRole('button', { name: '重置密码' })).toHaveCount(0);
  for (const path of ['/admin/audit', '/admin/duties']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();
  }

  // The security administrator gives roles and unlocks; no business data.
  await loginAs(page, 'security');
  await expect(mainNav(page).getByRole('link')).toHaveText(['系统管理']);
  await page.getByRole('link', { name: '王志远' }).click();
  await expect(page.getByLabel('姓名')).toHaveCount(0);
  await page.getByLabel('角色').selectOption('officer');
  await page.getByLabel('专班').selectOption({ label: '汽车及零部件专班' });
  await page.getByRole('button', { name: '保存角色' }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  await page.goto('/leads');
  await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();

  // The audit administrator reads the log, in which both of the others' acts are, and nothing else.
  await loginAs(page, 'auditor');
  await expect(mainNav(page).getByRole('link')).toHaveText(['系统管理']);
  const log = page.getByRole('table');
  await expect(log.getByRole('row').filter({ hasText: '系统设置' }).filter({ hasText: '系统管理员' })).toHaveCount(1);
  await expect(log.getByRole('row').filter({ hasText: '安全管理员' }).filter({ hasText: '修改' }).first()).toBeVisible();
  for (const path of ['/dashboard', '/enterprises', '/admin/users']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();
  }
});
