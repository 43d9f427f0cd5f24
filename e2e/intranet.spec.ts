// The zone's intranet has no way out: every page must render from this server alone. Each role walks its
// pages with every request to another host aborted, and nothing may be aborted, fail or log an error.
// (The Content-Security-Policy refuses other hosts too; a refusal is logged as a console error, which fails
// the walk as well. The route below catches what a loosened policy would let through.)
import { expect, test, type BrowserContext, type Page, type Request } from '@playwright/test';
import { ADMIN_TABS } from '../app/(app)/admin/_components/admin-tabs';
import { NAV_ITEMS } from '../components/shell/nav-items';
import { DEMO_LOGINS } from '../lib/demo-logins';
import { can } from '../lib/permissions';
import { storageStateOf, type DemoUser } from './fixtures';
import { DETAILS, openFirst } from './page-walk';

const ROLES = ['admin', 'leader', 'officer', 'liaison', 'security', 'auditor'] as const satisfies readonly DemoUser[];

/**
 * Aborts every request that is not to this server and notes it, with every request that failed, every
 * error response and every console error or uncaught exception; `where` names the page being walked.
 * `settled` resolves once the page has loaded and no request but the router's prefetches of its links
 * (local, and many on a list) has been open for a moment, so late requests (chunks, fonts) are seen too.
 */
async function isolate(context: BrowserContext, baseURL: string) {
  const own = new URL(baseURL);
  const isOwn = (url: URL) => ['localhost', '127.0.0.1'].includes(url.hostname) && url.port === own.port && url.protocol === own.protocol;
  const state = { where: '', blocked: [] as string[], failed: [] as string[] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (isOwn(url)) return route.continue();
    state.blocked.push(`${state.where}: ${route.request().resourceType()} ${url.href}`);
    return route.abort('blockedbyclient');
  });

  const open = new Set<Request>();
  let quietSince = Date.now();
  context.on('request', (request) => {
    if (request.headers()['next-router-prefetch']) return;
    open.add(request);
    quietSince = Date.now();
  });
  const closed = (request: Request) => {
    if (open.delete(request)) quietSince = Date.now();
  };
  context.on('requestfinished', closed);
  context.on('requestfailed', (request) => {
    closed(request);
    const error = request.failure()?.errorText;
    // The router cancels its own page fetches (prefetches of links, a navigation overtaken by the next) when
    // the page moves on; an answer that did fail shows up as a response below.
    if (error === 'net::ERR_ABORTED' && request.headers().rsc === '1') return;
    state.failed.push(`${state.where}: ${request.method()} ${request.url()} ${error}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) state.failed.push(`${state.where}: ${response.status()} ${response.url()}`);
  });
  context.on('console', (message) => {
    if (message.type() === 'error') state.failed.push(`${state.where}: console: ${message.text()}`);
  });
  context.on('weberror', (error) => state.failed.push(`${state.where}: ${error.error().message}`));

  async function settled(page: Page) {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('load');
    await expect.poll(() => open.size === 0 && Date.now() - quietSince >= 300, { intervals: [100] }).toBe(true);
  }
  /** Opens one of the viewer's pages by address: it must answer 200 and settle. */
  async function visit(page: Page, href: string) {
    state.where = href;
    const response = await page.goto(href);
    expect(response?.ok(), `${href} answers ${response?.status()}`).toBe(true);
    await settled(page);
  }
  return { state, settled, visit };
}

for (const user of ROLES) {
  test.describe(user, () => {
    test.use({ storageState: storageStateOf(user) });

    test(`every page of the ${user} renders with all non-local requests blocked`, async ({ page, context, baseURL }) => {
      // Up to 17 pages in a row on one page of the browser.
      test.slow();
      const role = DEMO_LOGINS.find((login) => login.username === user)!.role;
      // Admins and leaders see every team's rows, so they find one of each kind; an officer or a liaison may have none in scope.
      const seesAll = role === 'admin' || role === 'leader';
      const { state, settled, visit } = await isolate(context, baseURL!);
      const sections = NAV_ITEMS.filter((item) => can({ role }, item.permission));
      expect(sections.length).toBeGreaterThan(0);

      const openDetail = async ({ kind, from, href }: (typeof DETAILS)[number]) => {
        await test.step(kind, async () => {
          state.where = `${kind} (from ${from})`;
          if (new URL(page.url()).pathname !== from) {
            await page.goto(from);
            await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          }
          if (!(await openFirst(page, href))) {
            expect(seesAll, `a link to a ${kind} on ${from}`).toBe(false);
            test.info().annotations.push({ type: 'not in scope', description: `no ${kind} on ${from} for the ${user}` });
            return;
          }
          state.where = `${kind} ${new URL(page.url()).pathname}`;
          await settled(page);
        });
      };
      // Each list's detail page is opened straight from the list, while it is on screen.
      const details = DETAILS.filter((detail) => can({ role }, detail.permission));
      for (const { href } of sections) {
        await test.step(href, () => visit(page, href));
        for (const detail of details.filter((d) => d.from === href)) await openDetail(detail);
      }
      for (const detail of details.filter((d) => !sections.some((section) => section.href === d.from))) await openDetail(detail);

      expect.soft(state.blocked).toEqual([]);
      expect(state.failed).toEqual([]);
    });

    // The admin area's tabs, a walk of their own so no walk grows past its time.
    const role = DEMO_LOGINS.find((login) => login.username === user)!.role;
    const tabs = ADMIN_TABS.filter((tab) => tab.permissions.some((p) => can({ role }, p)));
    if (tabs.length > 0) {
      test(`the admin area of the ${user} renders with all non-local requests blocked`, async ({ page, context, baseURL }) => {
        const { state, visit } = await isolate(context, baseURL!);
        for (const { href } of tabs) await visit(page, href);
        expect.soft(state.blocked).toEqual([]);
        expect(state.failed).toEqual([]);
      });
    }
  });
}

test.describe('logged out', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('the login page renders with all non-local requests blocked, in the system Chinese fonts', async ({ page, context, baseURL }) => {
    const { state, settled } = await isolate(context, baseURL!);
    state.where = '/login';
    const response = await page.goto('/login');
    expect(response?.ok()).toBe(true);
    await settled(page);
    // The built stylesheet still names the fonts every office computer has (none are downloaded).
    const fonts = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    for (const family of ['PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC']) expect(fonts).toContain(family);
    expect.soft(state.blocked).toEqual([]);
    expect(state.failed).toEqual([]);
  });
});
