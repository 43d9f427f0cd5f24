// 等保 2.0 journeys on a server of this spec's own (its own demo database): two-factor login switched on for
// admins must not reach the shared server, whose other specs log in as the demo admin with a password only.
import pg from 'pg';
import { test as base, expect, type Page } from '@playwright/test';
import { base32Decode, totp } from '../lib/totp';
import { DEMO_PASSWORD, fillLogin } from './fixtures';
import { startOwnServer } from './next-server';

type OwnServer = Awaited<ReturnType<typeof startOwnServer>>;

const test = base.extend<object, { app: OwnServer }>({
  app: [
    async ({}, provide) => {
      const app = await startOwnServer('two_factor');
      try {
        await provide(app);
      } finally {
        await app.stop();
      }
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  baseURL: async ({ app }, provide) => provide(app.url),
});

// The journeys build on each other (the admin enrols, then logs in with a code, then with a recovery code).
test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.skip(!process.env.DATABASE_URL, 'needs PostgreSQL: the server gets a database of its own, and a password is aged in it');

async function logout(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** Runs SQL against the spec server's database (to age a password: nobody waits 90 days). */
async function sql(app: OwnServer, text: string, values: unknown[]) {
  const client = new pg.Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

let key: Buffer;
let recoveryCodes: string[] = [];
/** The code of the next 30 s step: enrolment spent the current one, and a code is good once. */
const nextCode = () => totp(key, Date.now() + 30_000);

test('the admin switches on two-factor login for admins and is sent to set up an authenticator', async ({ page }) => {
  await fillLogin(page, 'admin', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto('/admin/security');
  await expect(page.getByTestId('two-factor-coverage')).toHaveText('须使用双因素认证的管理员 3 人，其中 3 人尚未绑定。');
  await expect(page.getByTestId('audit-retention')).toContainText('系统中没有删除或修改审计记录的功能');
  // Fewer than 180 days of audit records is refused at the field.
  await page.getByLabel('审计记录保存期限（天）').fill('90');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByLabel('审计记录保存期限（天）')).toHaveAccessibleDescription('审计记录至少保存 180 天（网络日志留存不少于六个月）');
  await page.getByLabel('审计记录保存期限（天）').fill('365');
  await page.getByLabel('管理员须使用双因素认证').check();
  await page.getByRole('button', { name: '保存' }).click();
  // The policy holds from the next request: this admin has no authenticator yet, so the app sends them to set one up.
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(page.getByTestId('account-step')).toContainText('请先绑定身份验证器');
  await page.goto('/leads');
  await expect(page).toHaveURL(/\/account\/two-factor$/);

  await logout(page);
  await fillLogin(page, 'admin', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(page.getByRole('img', { name: '身份验证器二维码' })).toBeVisible();
  key = base32Decode((await page.getByTestId('totp-secret').textContent()) ?? '');
  await page.getByLabel('验证码').fill('000000');
  await page.getByRole('button', { name: '完成绑定' }).click();
  await expect(page.getByLabel('验证码')).toHaveAccessibleDescription('验证码不正确或已使用过');
  await page.getByLabel('验证码').fill(totp(key, Date.now()));
  await page.getByRole('button', { name: '完成绑定' }).click();
  const list = page.getByRole('list', { name: '恢复码列表' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  recoveryCodes = await list.getByRole('listitem').allTextContents();
  expect(recoveryCodes.every((code) => /^[a-z2-9]{5}-[a-z2-9]{5}$/.test(code))).toBe(true);
  await page.getByRole('link', { name: '我已保存，继续使用系统' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto('/admin/security');
  await expect(page.getByTestId('two-factor-coverage')).toHaveText('须使用双因素认证的管理员 3 人，其中 2 人尚未绑定。');
});

test('the admin logs in with the password and then an authenticator code', async ({ page }) => {
  await fillLogin(page, 'admin', DEMO_PASSWORD);
  await expect(page.getByTestId('login-code-prompt')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('验证码').fill('123456');
  await page.getByRole('button', { name: '验证并登录' }).click();
  await expect(page.getByLabel('验证码')).toHaveAccessibleDescription('验证码不正确或已使用过');
  await page.getByLabel('验证码').fill(nextCode());
  await page.getByRole('button', { name: '验证并登录' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await logout(page);
});

test('the admin logs in with a recovery code instead, which then is spent', async ({ page }) => {
  await fillLogin(page, 'admin', DEMO_PASSWORD);
  await page.getByLabel('验证码').fill(recoveryCodes[0].toUpperCase());
  await page.getByRole('button', { name: '验证并登录' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto('/admin/security');
  await expect(page.getByRole('row', { name: /admin/ }).getByRole('cell', { name: '9', exact: true })).toBeVisible();
  await page.goto('/admin/audit?action=recoveryCodeUsed');
  await expect(page.getByRole('row').filter({ hasText: '使用恢复码登录' })).toHaveCount(1);
  await logout(page);

  await fillLogin(page, 'admin', DEMO_PASSWORD);
  await page.getByLabel('验证码').fill(recoveryCodes[0]);
  await page.getByRole('button', { name: '验证并登录' }).click();
  await expect(page.getByLabel('验证码')).toHaveAccessibleDescription('验证码不正确或已使用过');
});

test('an officer whose password is older than 90 days must change it before using the app', async ({ app, page }) => {
  await sql(app, `update users set password_changed_at = now() - interval '100 days' where username = $1`, ['officer']);
  await fillLogin(page, 'officer', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByTestId('account-step')).toContainText('您的密码已到期');
  await page.goto('/leads');
  await expect(page).toHaveURL(/\/account\/password$/);

  await page.getByLabel('当前密码').fill(DEMO_PASSWORD);
  await page.getByRole('textbox', { name: '新密码', exact: true }).fill('Woaini1314!');
  await page.getByLabel('再次输入新密码').fill('Woaini1314!');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByRole('textbox', { name: '新密码', exact: true })).toHaveAccessibleDescription('该密码过于常见，容易被猜中，请换一个');
  await page.getByRole('textbox', { name: '新密码', exact: true }).fill('Lm#2026-招商');
  await page.getByLabel('再次输入新密码').fill('Lm#2026-招商');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto('/leads');
  await expect(page).toHaveURL(/\/leads$/);

  await logout(page);
  await fillLogin(page, 'officer', 'Lm#2026-招商');
  await expect(page).toHaveURL(/\/dashboard$/);
});
