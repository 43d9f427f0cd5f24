import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, fillLogin, login, mainNav, unique } from './fixtures';

const NAV_BY_ROLE = {
  admin: ['工作台', '线索', '签约项目', '企业库', '产业链', '拜访记录', '督办', '企业诉求', '周报月报', '系统管理'],
  leader: ['工作台', '线索', '签约项目', '企业库', '产业链', '拜访记录', '督办', '企业诉求', '周报月报'],
  officer: ['工作台', '线索', '签约项目', '企业库', '产业链', '拜访记录', '督办', '企业诉求', '周报月报'],
  officer2: ['工作台', '线索', '签约项目', '企业库', '产业链', '拜访记录', '督办', '企业诉求', '周报月报'],
  liaison: ['工作台', '线索报送', '企业诉求'],
} as const;

for (const [user, sections] of Object.entries(NAV_BY_ROLE)) {
  test(`${user} logs in and sees its own navigation`, async ({ page }) => {
    await login(page, user);
    const nav = mainNav(page).first();
    await expect(nav.getByRole('link')).toHaveText([...sections]);
    if (user !== 'admin') await expect(nav.getByRole('link', { name: '系统管理' })).toHaveCount(0);
  });
}

test('a logged-out visitor is sent to the login page, and back to the page they wanted after login', async ({ page }) => {
  await page.goto('/admin/teams');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { name: '演示账号' })).toBeVisible();
  await page.getByRole('button', { name: '使用 admin 登录' }).click();
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/teams$/);
  await expect(page.getByRole('cell', { name: '汽车及零部件专班' })).toBeVisible();
});

test('a wrong password shows an error and keeps the visitor out', async ({ page }) => {
  await fillLogin(page, 'leader', 'not-the-password');
  await expect(page.getByTestId('login-error')).toHaveText('用户名或密码错误。');
  await expect(page).toHaveURL(/\/login/);
});

test('the 6th failed try shows the lock message', async ({ page }) => {
  const username = unique('locked');
  for (let attempt = 1; attempt <= 4; attempt++) {
    await fillLogin(page, username, 'wrong-password');
    await expect(page.getByTestId('login-error')).toHaveText('用户名或密码错误。');
  }
  await fillLogin(page, username, 'wrong-password');
  await fillLogin(page, username, 'wrong-password');
  await expect(page.getByTestId('login-error')).toContainText('已锁定 15 分钟');
});

test('logout ends the session on the server: a copy of the old cookie opens nothing', async ({ browser, page }) => {
  await login(page, 'officer');
  const copied = await page.context().cookies();
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/login/);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto('/dashboard');
  await expect(stolen).toHaveURL(/\/login\?reason=revoked/);
  await thief.close();
});

test('the language switch changes the UI and persists after reload', async ({ page }) => {
  await login(page, 'officer2', DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('您好，陈静');
  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, 陈静');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Home' }).first()).toBeVisible();
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
});
