import { expect, test, type Page } from '@playwright/test';
import { demoEnterprises } from '../db/seed/enterprise-data';
import { storageStateOf } from './fixtures';

test.use({ storageState: storageStateOf('officer') });

const ENTERPRISE = '澜垣汽车零部件有限公司';
// The demo data is deterministic: the same enterprise and contacts the seed loaded.
const demo = demoEnterprises().find((e) => e.name === ENTERPRISE)!;

const searchBox = (page: Page) => page.getByRole('combobox', { name: '搜索企业、联系人、线索' });
const group = (page: Page, name: string) => page.getByRole('listbox').getByRole('group', { name });

test('an officer finds an enterprise by a 2-character substring with the / shortcut and opens it', async ({ page }) => {
  await page.goto('/dashboard');
  // Until the page has hydrated nothing listens for the shortcut yet: press again until it takes.
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(searchBox(page)).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.keyboard.type('澜垣');
  const option = group(page, '企业').getByRole('option', { name: new RegExp(ENTERPRISE) });
  await expect(option).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('listbox').getByRole('option', { selected: true })).toContainText('澜垣');
  await option.click();
  await expect(page).toHaveURL(/\/enterprises\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ENTERPRISE);
});

test('an officer finds a contact by a mobile prefix (Ctrl+K), and Enter alone opens the results page', async ({ page }) => {
  const person = demo.contacts[0];
  await page.goto('/leads');
  await page.keyboard.press('Control+k');
  await searchBox(page).fill(person.mobile.slice(0, 8));
  await expect(group(page, '联系人').getByRole('option', { name: new RegExp(person.name) })).toContainText(person.mobile);
  await expect(group(page, '企业').getByRole('option', { name: new RegExp(ENTERPRISE) })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/search?q=${person.mobile.slice(0, 8)}`);
  await expect(page.getByRole('region', { name: '联系人' }).getByRole('link', { name: person.name })).toHaveAttribute('href', /\/enterprises\//);
});

test('officer2 never sees the automotive team’s leads in search results', async ({ page, browser }) => {
  await page.goto('/search?q=汽车');
  const own = page.getByRole('region', { name: '线索' }).getByRole('listitem').getByRole('link');
  await expect(own.first()).toBeVisible();
  const projects = await own.allTextContents();

  const other = await browser.newContext({ storageState: storageStateOf('officer2') });
  const page2 = await other.newPage();
  await page2.goto('/dashboard');
  await searchBox(page2).fill('汽车');
  await expect(group(page2, '企业').getByRole('option').first()).toBeVisible();
  const seen = await page2.getByRole('listbox').getByRole('option').allTextContents();
  for (const project of projects) expect(seen.join('\n')).not.toContain(project);
  await page2.goto('/search?q=汽车');
  await expect(page2.getByRole('region', { name: '企业' })).toBeVisible();
  const listed = (await page2.getByRole('main').textContent()) ?? '';
  for (const project of projects) expect(listed).not.toContain(project);
  await other.close();
});

test('a liaison has no search box', async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf('liaison') });
  const page = await context.newPage();
  await page.goto('/dashboard');
  await expect(page.getByTestId('viewer-name')).toBeVisible();
  await expect(searchBox(page)).toHaveCount(0);
  await context.close();
});
