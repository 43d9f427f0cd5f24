// The proxy (proxy.ts) only redirects optimistically; these requests try to slip past it or fool it, and
// each must still be refused by the page or action itself (CVE-2025-29927 and its relatives).
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { storageStateOf, unique } from './fixtures';

const PROTECTED = ['/dashboard', '/leads', '/admin/users'];

const SUBREQUEST_VALUES = [
  'middleware',
  'proxy',
  'middleware:middleware:middleware:middleware:middleware',
  'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware',
];

/** Each way of asking for a page that has been used to get past a Next.js middleware. */
const BYPASSES: { name: string; headers?: Record<string, string>; url: (path: string) => string }[] = [
  ...SUBREQUEST_VALUES.map((value) => ({ name: `x-middleware-subrequest: ${value}`, headers: { 'x-middleware-subrequest': value }, url: (p: string) => p })),
  { name: 'RSC: 1', headers: { RSC: '1' }, url: (p) => p },
  { name: '?_rsc=abc', url: (p) => `${p}?_rsc=abc` },
  { name: '.rsc suffix', url: (p) => `${p}.rsc` },
  { name: 'RSC: 1 with x-middleware-subrequest', headers: { RSC: '1', 'x-middleware-subrequest': SUBREQUEST_VALUES[2] }, url: (p) => p },
];

/**
 * What only a logged-in page holds: the shell's name tag of the viewer (not a UI message, so not in the
 * message catalogue every page ships), a demo team and a demo enterprise name.
 */
const PROTECTED_DATA = ['data-testid="viewer-name"', '"data-testid":"viewer-name"', '汽车及零部件专班', '澜垣汽车零部件'];

async function expectRefused(response: APIResponse) {
  const status = response.status();
  if (status >= 300 && status < 400) expect(response.headers().location).toMatch(/\/login(\?|$)/);
  else expect([401, 403, 404]).toContain(status);
  const body = await response.text();
  for (const marker of PROTECTED_DATA) expect(body).not.toContain(marker);
}

test.describe('without a session', () => {
  let anonymous: APIRequestContext;
  test.beforeAll(async ({ playwright, baseURL }) => {
    anonymous = await playwright.request.newContext({ baseURL });
  });
  test.afterAll(() => anonymous.dispose());

  test('the pages hold protected data for a logged-in user (so their absence below means something)', async ({ playwright, baseURL }) => {
    const admin = await playwright.request.newContext({ baseURL, storageState: storageStateOf('admin') });
    for (const path of PROTECTED) {
      const body = await (await admin.get(path)).text();
      expect(body, path).toContain('data-testid="viewer-name"');
    }
    expect(await (await admin.get('/admin/users')).text()).toContain('officer_med');
    await admin.dispose();
  });

  for (const bypass of BYPASSES) {
    test(`${bypass.name} gets no protected page`, async () => {
      for (const path of PROTECTED) {
        await expectRefused(await anonymous.get(bypass.url(path), { headers: bypass.headers, maxRedirects: 0 }));
      }
    });
  }

  test('a made-up session cookie passes the proxy, but the page itself sends the visitor to /login', async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'authjs.session-token', value: 'garbage', url: baseURL! }]);
    const page = await context.newPage();
    for (const path of PROTECTED) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login$/);
      await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
      for (const marker of PROTECTED_DATA) expect(await page.content()).not.toContain(marker);
    }
    await context.close();

    for (const path of PROTECTED) {
      const response = await anonymous.get(path, { headers: { Cookie: 'authjs.session-token=garbage', 'x-middleware-subrequest': SUBREQUEST_VALUES[2] }, maxRedirects: 0 });
      await expectRefused(response);
    }
  });
});

test('a Server Action replayed without a session is refused and creates nothing', async ({ browser, playwright, baseURL }) => {
  const officer = await browser.newPage({ storageState: storageStateOf('officer') });
  const name = `回放${unique('')}测试科技有限公司`;
  await officer.goto('/enterprises/new');
  await officer.getByLabel('企业名称').fill(name);
  // The name also feeds a look-alike check (an action of its own); let it finish before catching the submit.
  await officer.waitForLoadState('networkidle');

  // The officer's own submit is caught and never reaches the server: only the replays below could create it.
  const captured = new Promise<{ url: string; headers: Record<string, string>; body: Buffer }>((resolve) => {
    void officer.route('**/enterprises/new', async (route) => {
      const request = route.request();
      const action = await request.headerValue('next-action');
      if (request.method() !== 'POST' || !action) return route.continue();
      resolve({ url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer()! });
      await route.abort();
    });
  });
  await officer.getByRole('button', { name: '新建' }).click();
  const submit = await captured;
  expect(submit.headers['next-action']).toMatch(/^[0-9a-f]{40,}$/);

  const replay = await playwright.request.newContext({ baseURL });
  const actionHeaders = { 'next-action': submit.headers['next-action'], 'content-type': submit.headers['content-type'], accept: 'text/x-component' };
  const attempts: Record<string, string>[] = [{}, { 'x-middleware-subrequest': SUBREQUEST_VALUES[2] }, { cookie: 'authjs.session-token=garbage' }];
  for (const extra of attempts) {
    const response = await replay.post(submit.url, { headers: { ...actionHeaders, ...extra }, data: submit.body, maxRedirects: 0 });
    const body = await response.text();
    expect(response.status() >= 300 || body.includes('unauthenticated'), `${JSON.stringify(extra)}: ${response.status()} ${body.slice(0, 200)}`).toBe(true);
    expect(body).not.toContain('"ok":true');
  }
  await replay.dispose();

  await officer.unrouteAll();
  await officer.goto(`/enterprises?q=${encodeURIComponent(name)}`);
  await expect(officer.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(officer.getByRole('link', { name })).toHaveCount(0);

  // The same form, let through, does create it and the search finds it: the check above could have failed.
  await officer.goto('/enterprises/new');
  await officer.getByLabel('企业名称').fill(name);
  await officer.getByRole('button', { name: '新建' }).click();
  await expect(officer.getByText('企业已创建')).toBeVisible();
  await officer.goto(`/enterprises?q=${encodeURIComponent(name)}`);
  await expect(officer.getByRole('link', { name })).toBeVisible();
});

test('an officer opening an admin page with x-middleware-subrequest still gets 403', async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf('officer'), extraHTTPHeaders: { 'x-middleware-subrequest': SUBREQUEST_VALUES[2] } });
  const page = await context.newPage();
  const response = await page.goto('/admin/users');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();
  // The user list would name every login; the officer's own shell shows only their own.
  expect(await page.content()).not.toContain('officer_med');
  await context.close();
});
