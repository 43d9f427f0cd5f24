// The per-address login limit on servers of this spec's own (embedded databases, a limit of 5), so the
// shared server's address budget is not spent: a client cannot dodge the limit by writing its own
// X-Forwarded-For, and only a proxy named in TRUSTED_PROXIES is believed about the client behind it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { test, expect, type Browser } from '@playwright/test';
import { DEMO_PASSWORD, fillLogin } from './fixtures';
import { exited, freePort, serverEnv, startNext, untilHealthy } from './next-server';

const LIMIT = 5;

// The first server loads the demo into its embedded database; later ones start from a copy of it.
let seeded: string | undefined;

async function withServer(extraEnv: Record<string, string>, run: (url: string) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-abuse-'));
  if (seeded) fs.cpSync(seeded, dir, { recursive: true });
  const port = await freePort();
  const url = `http://localhost:${port}`;
  let server: ChildProcess | undefined;
  try {
    server = startNext(port, { ...serverEnv(port), DATABASE_URL: '', PGLITE_DIR: dir, LOGIN_ADDRESS_LIMIT: String(LIMIT), ...extraEnv });
    await untilHealthy(url);
    await run(url);
  } finally {
    if (server) {
      server.kill('SIGTERM');
      await exited(server);
    }
    if (seeded) fs.rmSync(dir, { recursive: true, force: true });
    else seeded = dir;
  }
}

test.afterAll(() => {
  if (seeded) fs.rmSync(seeded, { recursive: true, force: true });
});

/** A login attempt from a browser that claims to be `forwardedFor`. */
async function attempt(browser: Browser, url: string, forwardedFor: string, username: string, password: string) {
  const page = await browser.newPage({ baseURL: url, locale: 'zh-CN', extraHTTPHeaders: { 'X-Forwarded-For': forwardedFor } });
  await fillLogin(page, username, password);
  return page;
}

// A server start and a dozen logins each; the first also loads the demo.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

test('a client writing a new X-Forwarded-For for every try is still one address, and is stopped', async ({ browser }) => {
  await withServer({ TRUSTED_PROXIES: '' }, async (url) => {
    for (let i = 1; i <= LIMIT; i++) {
      const page = await attempt(browser, url, `203.0.113.${i}`, `guess${i}`, 'wrong-password');
      await expect(page.getByTestId('login-error')).toHaveText('用户名或密码错误。');
      await page.close();
    }
    const page = await attempt(browser, url, '203.0.113.99', 'officer', DEMO_PASSWORD);
    await expect(page.getByTestId('login-error')).toHaveText('操作过于频繁，请稍后再试。');
    await expect(page).toHaveURL(/\/login/);
  });
});

test('behind a trusted proxy each client behind it has its own budget', async ({ browser }) => {
  await withServer({ TRUSTED_PROXIES: '127.0.0.1,::1' }, async (url) => {
    for (let i = 1; i <= LIMIT; i++) {
      const page = await attempt(browser, url, '198.51.100.7', `guess${i}`, 'wrong-password');
      await expect(page.getByTestId('login-error')).toHaveText('用户名或密码错误。');
      await page.close();
    }
    const blocked = await attempt(browser, url, '198.51.100.7', 'officer', DEMO_PASSWORD);
    await expect(blocked.getByTestId('login-error')).toHaveText('操作过于频繁，请稍后再试。');
    const colleague = await attempt(browser, url, '198.51.100.8', 'officer', DEMO_PASSWORD);
    await expect(colleague).toHaveURL(/\/dashboard$/);
  });
});
