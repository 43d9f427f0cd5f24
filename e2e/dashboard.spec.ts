import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from './fixtures';

/** "1,234" as the page shows it → 1234. */
const number = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, ''));

/** The KPI card's numbers, read from its "查看数据" table: the 签约项目 row's 完成 cell. */
async function signingsKpi(page: Page): Promise<number> {
  const card = page.getByRole('region', { name: /^\d{4}年目标完成$/ });
  const details = card.locator('details');
  if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await card.getByText('查看数据').click();
  const row = card.getByRole('table').getByRole('row', { name: /^签约项目/ });
  return number(await row.getByRole('cell').first().textContent());
}

test('a leader filters the dashboard by a chain, the KPIs follow, and opens an overdue follow-up from the list', async ({ browser }) => {
  // A long journey across several pages: three times the default timeout.
  test.slow();
  const page = await browser.newPage({ storageState: storageStateOf('leader') });
  // Last year, which the demo fills: journeys running beside this one sign projects this year, between the
  // dashboard and the projects table.
  const lastYear = String(new Date().getFullYear() - 1);
  await page.goto(`/dashboard?year=${lastYear}`);
  await expect(page.getByRole('heading', { level: 2, name: '领导驾驶舱' })).toBeVisible();
  const zoneSignings = await signingsKpi(page);

  const filters = page.getByRole('search', { name: '驾驶舱筛选' });
  await filters.getByLabel('产业链').selectOption({ label: '氢能源' });
  await filters.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/chainId=/);
  const url = new URL(page.url());
  const chainId = url.searchParams.get('chainId')!;
  const year = url.searchParams.get('year');
  expect(year).toBe(lastYear);
  const chainSignings = await signingsKpi(page);
  expect(chainSignings).toBeLessThanOrEqual(zoneSignings);

  // The same cut on the projects table (its own query): the count of the chain's projects signed that year.
  const projects = await browser.newPage({ storageState: storageStateOf('leader') });
  await projects.goto(`/projects?view=table&chainId=${chainId}&year=${year}`);
  const totals = projects.getByRole('region', { name: '筛选结果合计' });
  const count = number(await totals.getByRole('definition').first().textContent());
  expect(chainSignings).toBe(count);
  // And the zone's: every project signed that year.
  await projects.goto(`/projects?view=table&year=${year}`);
  expect(zoneSignings).toBe(number(await projects.getByRole('region', { name: '筛选结果合计' }).getByRole('definition').first().textContent()));

  // The league table sorts by a column through the URL and keeps the chain filter.
  await page.getByRole('link', { name: '按“拜访（次）”排序' }).click();
  await expect(page).toHaveURL(/sort=meetings/);
  await expect(page).toHaveURL(new RegExp(`chainId=${chainId}`));

  // Back to the whole zone: open the first overdue follow-up.
  await page.goto('/dashboard');
  const overdue = page.getByRole('region', { name: '逾期跟进', exact: true });
  const first = overdue.getByRole('link').first();
  const name = await first.textContent();
  expect(name).toBeTruthy();
  await first.click();
  await expect(page).toHaveURL(/\/(leads|enterprises)\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('an officer’s home shows their own and their team’s year, not the zone dashboard', async ({ browser }) => {
  const page = await browser.newPage({ storageState: storageStateOf('officer') });
  await page.goto('/dashboard?teamId=00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 2, name: '领导驾驶舱' })).toHaveCount(0);
  await expect(page.getByRole('search', { name: '驾驶舱筛选' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^我的\d{4}年$/ })).toBeVisible();
  const team = page.getByRole('region', { name: /^“.+”\d{4}年目标完成$/ });
  await expect(team.getByRole('progressbar').first()).toBeVisible();
});
