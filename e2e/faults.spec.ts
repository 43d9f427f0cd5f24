// The database going away and the server restarting, on a server of this spec's own: its database
// connection runs through a relay the test cuts and restores; the shared e2e server is not touched.
import type { ChildProcess } from 'node:child_process';
import { test as base, expect } from '@playwright/test';
import { login, unique } from './fixtures';
import { createDemoDatabase, exited, freePort, serverEnv, startNext, untilHealthy } from './next-server';
import { TcpRelay } from './tcp-relay';

interface FaultyApp {
  url: string;
  relay: TcpRelay;
  /** SIGTERM, wait for Next's orderly exit, start again on the same database and secret. */
  restart(): Promise<void>;
}

const test = base.extend<object, { app: FaultyApp }>({
  app: [
    async ({}, provide) => {
      const baseUrl = process.env.DATABASE_URL as string;
      const database = await createDemoDatabase(baseUrl, `e2e_faults_${Date.now()}_${process.pid}`);
      const direct = new URL(database.url);
      const relay = new TcpRelay({ host: direct.hostname, port: Number(direct.port || 5432) });
      const relayed = new URL(database.url);
      relayed.hostname = '127.0.0.1';
      relayed.port = String(await relay.open());
      const port = await freePort();
      const url = `http://localhost:${port}`;
      const env = { ...serverEnv(port), DATABASE_URL: relayed.toString() };
      let server: ChildProcess | undefined;
      const start = async () => {
        server = startNext(port, env);
        await untilHealthy(url);
      };
      const stop = async () => {
        if (!server) return 0;
        server.kill('SIGTERM');
        return exited(server);
      };
      try {
        await start();
        await provide({
          url,
          relay,
          restart: async () => {
            // 143 is what Next's own SIGTERM handler exits with once the server has closed.
            expect(await stop(), 'exit code after SIGTERM').toBe(143);
            await start();
          },
        });
      } finally {
        await stop();
        await relay.close();
        await database.drop();
      }
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  baseURL: async ({ app }, provide) => provide(app.url),
});

test.skip(!process.env.DATABASE_URL, 'needs a PostgreSQL server to stop and restart; CI runs it');
// Each journey waits on a server round trip per fault, on a build that is cold for this server.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

test('with the database away pages say so plainly, and come back without a restart', async ({ page, app, browser, request }) => {
  const health = async () => (await request.get('/api/health')).status();
  await login(page, 'admin');
  await expect(page.getByRole('heading', { name: '领导驾驶舱', level: 2 })).toBeVisible();

  await app.relay.close();
  expect(await health()).toBe(503);
  await page.goto('/leads');
  await expect(page.getByRole('heading', { name: '系统暂时无法使用' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('数据库连接中断');
  await expect(page.locator('body')).not.toContainText(/Error:|\bat .+:\d+:\d+|ECONNREFUSED/);

  // A visitor who is not signed in gets the login form with a notice, and a login says why it failed.
  const visitor = await browser.newPage({ baseURL: app.url, locale: 'zh-CN' });
  await visitor.goto('/login');
  await expect(visitor.getByTestId('login-unavailable')).toContainText('暂时无法连接数据库');
  await visitor.getByLabel('用户名').fill('admin');
  await visitor.getByLabel('密码').fill('demo1234');
  await visitor.getByRole('button', { name: '登录', exact: true }).click();
  await expect(visitor.getByTestId('login-error')).toHaveText('暂时无法连接数据库，请稍后再试。');
  await visitor.close();

  await app.relay.open();
  expect(await health()).toBe(200);
  await page.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('heading', { name: '招商线索', level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: '招商线索', level: 1 })).toBeVisible();
});

test('a record saved before a restart is there after it', async ({ page, app }) => {
  const name = unique('重启测试专班');
  await login(page, 'admin');
  await page.goto('/admin/teams');
  await page.getByLabel('专班名称').fill(name);
  await page.getByRole('button', { name: '新建专班' }).click();
  await expect(page.getByRole('link', { name })).toBeVisible();

  await app.restart();
  // The session row outlived the restart too: no second login.
  await page.goto('/admin/teams');
  await expect(page).toHaveURL(/\/admin\/teams$/);
  await expect(page.getByRole('link', { name })).toBeVisible();
});
