import { expect, test, type Locator, type Page } from '@playwright/test';
import { fillLogin, mainNav, storageStateOf } from './fixtures';

const NONCE = /script-src 'self' 'nonce-([A-Za-z0-9+/]+={0,2})' 'strict-dynamic'(?:;|$)/;

function expectSecurityHeaders(headers: Record<string, string>, { csp = true } = {}) {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('same-origin');
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment']) expect(headers['permissions-policy']).toContain(`${feature}=()`);
  if (!csp) return;
  const policy = headers['content-security-policy'];
  expect(policy).toMatch(NONCE);
  for (const directive of ["frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'", "object-src 'none'", "default-src 'self'"]) {
    expect(policy).toContain(directive);
  }
  expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/);
}

const nonceOf = (headers: Record<string, string>) => NONCE.exec(headers['content-security-policy'])?.[1];

test.describe('headers', () => {
  test('a page, the login page, an API route, the login redirect and static files carry the security headers', async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    const admin = await playwright.request.newContext({ baseURL, storageState: storageStateOf('admin') });

    const page = await admin.get('/leads');
    expect(page.status()).toBe(200);
    expectSecurityHeaders(page.headers());

    const login = await anonymous.get('/login');
    expect(login.status()).toBe(200);
    expectSecurityHeaders(login.headers());

    const api = await anonymous.get('/api/health');
    expect(api.status()).toBe(200);
    expectSecurityHeaders(api.headers());

    const redirect = await anonymous.get('/dashboard', { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expect(redirect.headers().location).toContain('/login');
    expectSecurityHeaders(redirect.headers());

    // Scripts and styles are not documents, so they need no policy of their own, but must keep loading.
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(await login.text())?.[1];
    expect(script).toBeTruthy();
    const asset = await anonymous.get(script!);
    expect(asset.status()).toBe(200);
    expectSecurityHeaders(asset.headers(), { csp: false });
  });

  test('every script on the page carries the nonce of its own response, which is new on every request', async ({ request }) => {
    const first = await request.get('/login');
    const second = await request.get('/login');
    const [a, b] = [nonceOf(first.headers()), nonceOf(second.headers())];
    expect(a).toBeTruthy();
    expect(b).toBeTruthy();
    expect(a).not.toBe(b);

    const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${a}"`);
  });
});

/** Console messages about the CSP or Permissions-Policy, and uncaught errors, from the moment the page opens. */
function watchForViolations(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy|Permissions-Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/**
 * Hydration check: following a link must be a client-side navigation. A full reload (which a plain <a>
 * does when React never hydrated) would lose the marker set on window.
 */
async function expectClientNavigation(page: Page, link: Locator, url: RegExp) {
  await page.evaluate(() => Object.assign(window, { stillHere: true }));
  await link.click();
  await expect(page).toHaveURL(url);
  expect(await page.evaluate(() => (window as { stillHere?: boolean }).stillHere)).toBe(true);
}

const navLink = (page: Page, name: string) => mainNav(page).first().getByRole('link', { name, exact: true });

test.describe('pages under the policy', () => {
  test.use({ storageState: storageStateOf('admin') });

  const PAGES = ['/dashboard', '/leads', '/enterprises', '/meetings', '/projects', '/requests', '/supervision', '/reports/weekly', '/admin/users', '/admin/security', '/no-such-page'];

  for (const path of PAGES) {
    test(`${path} loads for the admin without a policy violation and navigates client-side`, async ({ page }) => {
      const problems = watchForViolations(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(path === '/no-such-page' ? 404 : 200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      if (path === '/dashboard') await expectClientNavigation(page, navLink(page, '线索'), /\/leads$/);
      // The 404 page stands outside the app shell, with only its way back.
      else if (path === '/no-such-page') await expectClientNavigation(page, page.getByRole('link', { name: '返回工作台' }), /\/dashboard$/);
      else await expectClientNavigation(page, navLink(page, '工作台'), /\/dashboard$/);
      expect(problems).toEqual([]);
    });
  }

  test('a lead page loads without a policy violation and its controls work', async ({ page }) => {
    await page.goto('/leads?view=table');
    const hrefs = await page.getByRole('main').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const lead = hrefs.find((href) => /^\/leads\/[0-9a-f-]{36}$/.test(href));
    expect(lead).toBeTruthy();

    const problems = watchForViolations(page);
    await page.goto(lead!);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectClientNavigation(page, navLink(page, '工作台'), /\/dashboard$/);
    expect(problems).toEqual([]);
  });

  test('an inline script smuggled into the page (as an XSS would) is refused, and the refusal is seen', async ({ page }) => {
    await page.route('**/dashboard', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</body>', '<script>window.injected = true</script></body>');
      await route.fulfill({ response, body: html });
    });
    const problems = watchForViolations(page);
    await page.goto('/dashboard');
    await expect.poll(() => problems.join('\n')).toContain('Content Security Policy');
    expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
    // The page's own, nonce-stamped scripts still run.
    await expectClientNavigation(page, navLink(page, '线索'), /\/leads$/);
  });
});

test('the login page works under the policy: a demo login button fills the form', async ({ page }) => {
  const problems = watchForViolations(page);
  await page.goto('/login');
  await page.getByRole('button', { name: '使用 admin 登录' }).click();
  await expect(page.getByLabel('用户名')).toHaveValue('admin');
  expect(problems).toEqual([]);
});

test.describe('session cookie', () => {
  test('logging in sets it HttpOnly and SameSite=Lax', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await fillLogin(page, 'leader', 'demo1234');
    await expect(page).toHaveURL(/\/dashboard$/);
    const cookie = (await context.cookies()).find((c) => c.name === 'authjs.session-token');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
    await context.close();
  });

  test('behind an HTTPS proxy it gets the __Secure- prefix and the Secure flag', async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-Proto': 'https' } });
    const page = await context.newPage();
    const setCookies: string[] = [];
    page.on('response', async (response) => {
      const value = await response.headerValue('set-cookie');
      if (value) setCookies.push(value);
    });
    await fillLogin(page, 'leader', 'demo1234');
    await expect.poll(() => setCookies.join('\n')).toMatch(/__Secure-authjs\.session-token=/);
    const header = setCookies.join('\n').split('\n').find((line) => line.startsWith('__Secure-authjs.session-token='));
    expect(header).toMatch(/;\s*Secure/i);
    expect(header).toMatch(/;\s*HttpOnly/i);
    expect(header).toMatch(/;\s*SameSite=Lax/i);
    expect(setCookies.join('\n')).not.toMatch(/(^|\n)authjs\.session-token=[^;]/);
    await context.close();
  });
});
