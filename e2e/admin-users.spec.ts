import { expect, test, type Browser } from '@playwright/test';
import { loginWithAdminSetPassword, storageStateOf, unique } from './fixtures';

async function createOfficer(browser: Browser, username: string, password: string) {
  const admin = await browser.newPage({ storageState: storageStateOf('admin') });
  await admin.goto('/admin/users/new');
  await admin.getByLabel('用户名').fill(username);
  await admin.getByLabel('姓名').fill(`测试专员${username.slice(-4)}`);
  await admin.getByLabel('角色').selectOption('officer');
  await admin.getByLabel('专班').selectOption({ label: '食品专班' });
  await admin.getByLabel('初始密码').fill(password);
  await admin.getByRole('button', { name: '新建' }).click();
  await expect(admin.getByText('用户已创建')).toBeVisible();
  return admin;
}

test('the admin creates an officer who then logs in and replaces the initial password', async ({ browser, page }) => {
  const username = unique('off');
  const admin = await createOfficer(browser, username, 'secret-pass-1');
  await admin.goto(`/admin/users?q=${username}`);
  await expect(admin.getByRole('row', { name: new RegExp(username) })).toContainText('食品专班');

  // The admin knows the initial password: the officer must choose their own before using the app.
  await loginWithAdminSetPassword(page, username, 'secret-pass-1');
  await page.getByLabel('当前密码').fill('secret-pass-1');
  await page.getByRole('textbox', { name: '新密码', exact: true }).fill('own-Pass#77');
  await page.getByLabel('再次输入新密码').fill('own-Pass#77');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('viewer-name')).toHaveText(`测试专员${username.slice(-4)}`);
  await expect(page.getByText('招商专员', { exact: true })).toBeVisible();
});

test('the user form shows errors next to the fields', async ({ browser }) => {
  const admin = await browser.newPage({ storageState: storageStateOf('admin') });
  await admin.goto('/admin/users/new');
  await admin.getByLabel('用户名').fill('officer');
  await admin.getByLabel('角色').selectOption('officer');
  await admin.getByLabel('初始密码').fill('short');
  await admin.getByRole('button', { name: '新建' }).click();
  await expect(admin.getByLabel('姓名')).toHaveAccessibleDescription('必填');
  await expect(admin.getByLabel('初始密码')).toHaveAccessibleDescription('密码至少 8 位');
  // What the user typed survives the server's answer.
  await expect(admin.getByLabel('用户名')).toHaveValue('officer');
  await expect(admin.getByLabel('角色')).toHaveValue('officer');
  // The 等保 password rules (on by default): letters, digits and symbols, and no common password.
  await admin.getByLabel('姓名').fill('测试专员');
  await admin.getByLabel('专班').selectOption({ label: '食品专班' });
  await admin.getByLabel('用户名').fill(unique('weak'));
  await admin.getByLabel('初始密码').fill('12345678');
  await admin.getByRole('button', { name: '新建' }).click();
  await expect(admin.getByLabel('初始密码')).toHaveAccessibleDescription('密码须同时包含字母、数字和符号');
  await admin.getByLabel('初始密码').fill('Admin@123');
  await admin.getByRole('button', { name: '新建' }).click();
  await expect(admin.getByLabel('初始密码')).toHaveAccessibleDescription('该密码过于常见，容易被猜中，请换一个');
});

test('an officer opening /admin gets a 403 page', async ({ browser }) => {
  const officer = await browser.newPage({ storageState: storageStateOf('officer') });
  const response = await officer.goto('/admin/users');
  expect(response?.status()).toBe(403);
  await expect(officer.getByRole('heading', { name: '无权访问' })).toBeVisible();
});

test('a disabled user is thrown out on the next request', async ({ browser, page }) => {
  const username = unique('dis');
  const admin = await createOfficer(browser, username, 'secret-pass-2');
  await loginWithAdminSetPassword(page, username, 'secret-pass-2');

  await admin.getByRole('button', { name: '停用账号' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: '确认' }).click();
  await expect(admin.getByText('该账号已停用')).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(/\/login\?reason=revoked/);
  await expect(page.getByTestId('login-revoked')).toBeVisible();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('secret-pass-2');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByTestId('login-error')).toHaveText('该账号已停用，请联系系统管理员。');
});

test('the admin cannot disable the last admin (their own account)', async ({ browser }) => {
  const admin = await browser.newPage({ storageState: storageStateOf('admin') });
  await admin.goto('/admin/users?q=admin&role=admin');
  await admin.getByRole('link', { name: '系统管理员' }).click();
  await admin.getByRole('button', { name: '停用账号' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: '确认' }).click();
  await expect(admin.getByTestId('status-error')).toHaveText('不能停用自己的账号。');
});

test('a liaison opening the enterprise library or a chain map gets a 403 page', async ({ browser }) => {
  const liaison = await browser.newPage({ storageState: storageStateOf('liaison') });
  for (const path of ['/enterprises', '/chains']) {
    const response = await liaison.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(liaison.getByRole('heading', { name: '无权访问' })).toBeVisible();
  }
});

test('a demoted user, and a user whose password the admin resets, are thrown out on the next request', async ({ browser, page }) => {
  // Three logins, each followed by the forced password page, and two admin edits.
  test.slow();
  const username = unique('dem');
  const admin = await createOfficer(browser, username, 'secret-pass-3');
  await loginWithAdminSetPassword(page, username, 'secret-pass-3');

  // A new role starts with a new login, even one with fewer powers.
  await admin.getByLabel('角色').selectOption('leader');
  await admin.getByLabel('专班').selectOption('');
  await admin.getByRole('button', { name: '保存' }).click();
  await expect(admin.getByText('已保存')).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(/\/login\?reason=revoked/);

  await loginWithAdminSetPassword(page, username, 'secret-pass-3');
  await admin.getByLabel('新密码').fill('secret-pass-4');
  await admin.getByRole('button', { name: '重置密码' }).click();
  await expect(admin.getByText('密码已重置')).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(/\/login\?reason=revoked/);
  // A reset password is the admin's too: it must be replaced at this login.
  await loginWithAdminSetPassword(page, username, 'secret-pass-4');
});
