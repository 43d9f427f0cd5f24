import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { mainNav, storageStateOf } from './fixtures';

/** "12,345.5" as the page shows it → 12345.5. */
const number = (text: string | null) => Number((text ?? '').replace(/,/g, '').trim());

test('a leader opens last week’s report and downloads the same figures as .xlsx', async ({ browser }) => {
  const page = await browser.newPage({ storageState: storageStateOf('leader') });
  await page.goto('/dashboard');
  await mainNav(page).getByRole('link', { name: '周报月报' }).click();
  await expect(page).toHaveURL(/\/reports\/weekly$/);
  await expect(page.getByRole('heading', { level: 1, name: /^招商周报 · \d{4}年第\d+周/ })).toBeVisible();

  await page.getByRole('navigation', { name: '切换报告期' }).getByRole('link', { name: /上一周/ }).click();
  await expect(page).toHaveURL(/\/reports\/weekly\?week=\d{4}-W\d{2}$/);
  const week = new URL(page.url()).searchParams.get('week')!;
  await expect(page.getByLabel('选择周')).toHaveValue(week);
  // The previous week has ended: overdue items are counted as of its end.
  await expect(page.getByText(/截至本期末/)).toBeVisible();

  const zone = page.getByRole('row', { name: /^全区合计/ });
  await expect(zone).toBeVisible();
  const meetings = number(await zone.locator('[data-measure="meetings"]').textContent());
  const funds = number(await zone.locator('[data-measure="fundsInPlace"]').textContent());
  const signings = number(await zone.locator('[data-measure="signings"]').textContent());

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载 Excel' }).click()]);
  expect(download.suggestedFilename()).toBe(`周报_${week}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet('专班汇总')!;
  expect(String(sheet.getCell('A1').value)).toContain(week.replace(/^(\d{4})-W0?(\d+)$/, '$1年第$2周'));
  const header = sheet.getRow(2).values as unknown[];
  let zoneRow: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === '全区合计') zoneRow = row;
  });
  expect(zoneRow).toBeDefined();
  expect(zoneRow!.getCell(header.indexOf('拜访洽谈')).value).toBe(meetings);
  expect(zoneRow!.getCell(header.indexOf('到位资金（万元）')).value).toBe(funds);
  expect(zoneRow!.getCell(header.indexOf('签约项目（个）')).value).toBe(signings);

  // A period that is not one is refused by the download route.
  expect((await page.request.get('/api/reports/weekly?week=2026-W99')).status()).toBe(400);
});

test('an officer sees only their team and no zone total; a liaison may not open reports', async ({ browser }) => {
  const officer = await browser.newPage({ storageState: storageStateOf('officer') });
  await officer.goto('/reports/monthly');
  await expect(officer.getByRole('heading', { level: 1, name: /^招商月报/ })).toBeVisible();
  await expect(officer.getByText('仅显示本专班的数据。')).toBeVisible();
  const table = officer.getByRole('table').first();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(officer.getByRole('row', { name: /^全区合计/ })).toHaveCount(0);

  const liaison = await browser.newPage({ storageState: storageStateOf('liaison') });
  expect((await liaison.goto('/reports/weekly'))?.status()).toBe(403);
  expect((await liaison.request.get('/api/reports/weekly')).status()).toBe(403);
});
