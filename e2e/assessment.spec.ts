import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { storageStateOf } from './fixtures';

const HEADER = ['专员', '所属专班', '拜访洽谈', '定点招商', '敲门招商', '以商招商', '其他方式', '新增线索', '推进线索', '签约项目（个）', '签约额（万元）', '到位资金（万元）', '逾期待办'];

test('a leader sorts the assessment by signings and downloads the same table as xlsx; officers may not open it', async ({ browser }) => {
  const page = await browser.newPage({ storageState: storageStateOf('leader') });
  await page.goto('/dashboard');
  await page.getByRole('link', { name: '考核', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^考核 · \d{4}-01-01 至 \d{4}-\d{2}-\d{2} · 按专员$/ })).toBeVisible();

  // Every signing the demo holds, whatever its year, up to two days ago: journeys running beside this one
  // sign projects today (in the server's time zone or the runner's).
  const until = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
  const filters = page.getByRole('search', { name: '考核条件' });
  await filters.getByLabel('开始日期').fill('2000-01-01');
  await filters.getByLabel('结束日期').fill(until);
  await filters.getByRole('button', { name: '查看' }).click();
  await expect(page).toHaveURL(/from=2000-01-01/);
  await expect(page).toHaveURL(new RegExp(`to=${until}`));

  const table = page.getByRole('table');
  await table.getByRole('link', { name: '签约项目（个）' }).click();
  await expect(page).toHaveURL(/sort=signings&dir=desc/);
  await expect(table.getByRole('columnheader', { name: /签约项目（个）/ })).toHaveAttribute('aria-sort', 'descending');

  const firstRow = table.locator('tbody tr').first();
  const officer = (await firstRow.getByRole('rowheader').textContent())!.trim();
  const signings = Number((await firstRow.locator('[data-measure="signings"]').textContent())!.trim());
  const names = (await table.locator('tbody').getByRole('rowheader').allTextContents()).map((n) => n.trim());
  const counts = (await table.locator('tbody [data-measure="signings"]').allTextContents()).map(Number);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  expect(signings).toBe(counts[0]);
  // The demo signs projects for its officers, so the leader's row is not a tie of zeros.
  expect(signings).toBeGreaterThan(0);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 Excel' }).click()]);
  expect(download.suggestedFilename()).toBe(`考核_2000-01-01_${until}.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await download.path())!);
  const sheet = book.worksheets[0];
  expect(String(sheet.getRow(1).getCell(1).value)).toBe(`考核 · 2000-01-01 至 ${until} · 按专员`);
  expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(HEADER);
  expect(sheet.getRow(3).getCell(1).value).toBe(officer);
  expect(sheet.getRow(3).getCell(10).value).toBe(signings);
  // Journeys running beside this one add and disable officers (with no signings) between the page and the
  // download, so the officers who signed are compared, and the 合计 row.
  const totalRow = sheet.getColumn(1).values.map(String).indexOf('合计');
  const exported: [string, number][] = [];
  for (let r = 3; r < totalRow; r++) exported.push([String(sheet.getRow(r).getCell(1).value), Number(sheet.getRow(r).getCell(10).value)]);
  const shown = names.map((name, i): [string, number] => [name, counts[i]]);
  expect(exported.filter(([, n]) => n > 0)).toEqual(shown.filter(([, n]) => n > 0));
  expect(sheet.getRow(totalRow).getCell(10).value).toBe(counts.reduce((a, b) => a + b, 0));

  const officerPage = await browser.newPage({ storageState: storageStateOf('officer') });
  expect((await officerPage.goto('/dashboard/assessment'))?.status()).toBe(403);
  expect((await officerPage.request.get('/api/export/assessment')).status()).toBe(403);
});
