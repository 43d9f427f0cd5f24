import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo1234';
export const DEMO_USERS = ['admin', 'leader', 'officer', 'officer2', 'liaison', 'security', 'auditor'] as const;
export type DemoUser = (typeof DEMO_USERS)[number];

/** Saved session of a demo user (written by auth.setup.ts). */
export const storageStateOf = (user: DemoUser) => `e2e/.auth/${user}.json`;

/** A name no other test or worker uses. */
export function unique(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

export async function fillLogin(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

// Where a login lands: the dashboard, except for the security and audit administrators, who have none.
const HOME: Record<string, RegExp> = { security: /\/admin\/users$/, auditor: /\/admin\/audit$/ };

export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await fillLogin(page, username, password);
  await expect(page).toHaveURL(HOME[username] ?? /\/dashboard$/);
}

/** A login with a password an admin set (a new user's, or a reset one): the app first asks for the user's own. */
export async function loginWithAdminSetPassword(page: Page, username: string, password: string): Promise<void> {
  await fillLogin(page, username, password);
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByTestId('account-step')).toContainText('管理员为您设置了密码');
}

export function mainNav(page: Page) {
  return page.getByRole('navigation', { name: '主导航' });
}
