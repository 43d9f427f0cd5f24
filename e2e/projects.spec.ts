import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { storageStateOf, unique } from './fixtures';

const EXPORT_HEADER = [
  '序号', '项目名称', '企业名称', '统一社会信用代码', '产业链', '环节', '链式方向', '签约日期', '签约活动', '协议投资额(万元)', '其中固定资产投资(万元)',
  '是否重大项目', '到位资金(万元)', '到位率', '计划开工', '实际开工', '计划投产', '实际投产', '责任专班', '责任人',
];

/** Opens the first of the officer's demo leads in 深度洽谈 and returns its project name. */
async function openNegotiatingLead(page: Page): Promise<string> {
  await page.goto('/leads?view=table&stage=negotiating');
  // Row 0 is the header, whose sort links come first.
  const link = page.getByRole('table').getByRole('row').nth(1).getByRole('link').first();
  const name = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return name;
}

test('an officer signs a lead, records funds and a construction start, the card moves on the wall chart, a leader verifies the start', async ({ browser }) => {
  // A long journey across several pages: three times the default timeout.
  test.slow();
  const page = await browser.newPage({ storageState: storageStateOf('officer') });
  const project = await openNegotiatingLead(page);
  const occasion = unique('端到端签约活动');

  await page.getByRole('link', { name: '登记签约' }).click();
  await page.getByLabel('签约活动').fill(occasion);
  await page.getByLabel('项目类型').selectOption({ label: '新建' });
  await page.getByLabel('协议投资额（万元）').fill('6000');
  await page.getByLabel('其中固定资产投资（万元）').fill('4000');
  await expect(page.getByText('重大项目', { exact: true })).toBeVisible();
  await page.getByLabel('计划开工').fill('2027-03-01');
  await page.getByLabel('计划投产').fill('2028-06-30');
  await page.getByRole('button', { name: '确认签约' }).click();
  await expect(page.getByText('签约已登记，项目已创建。线索已进入“签约”阶段。')).toBeVisible();
  const projectUrl = page.url().split('?')[0];

  // A typo in the agreement is corrected afterwards on 编辑项目信息.
  const agreement = `${project}投资协议（更正）`;
  await page.getByRole('link', { name: '编辑项目信息' }).click();
  await page.getByLabel('协议名称').fill(agreement);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('项目信息已保存。')).toBeVisible();
  await expect(page.getByRole('region', { name: '项目信息' }).getByText(agreement)).toBeVisible();

  const funds = page.getByRole('region', { name: '到位资金' });
  for (const [day, amount] of [['2026-10-08', '1200'], ['2026-11-02', '300.5']]) {
    await funds.getByLabel('日期').fill(day);
    await funds.getByLabel('金额（万元）').fill(amount);
    await funds.getByRole('button', { name: '添加' }).click();
    await expect(funds.getByRole('cell', { name: amount === '1200' ? '1,200' : '300.5', exact: true }).first()).toBeVisible();
  }
  await expect(funds.getByText('已到位 1,500.5 万元 / 协议 6,000 万元')).toBeVisible();

  // On the wall chart (narrowed to this signing's occasion) it first waits as 已签约未开工.
  await page.goto(`/projects?occasion=${encodeURIComponent(occasion)}`);
  await expect(page.getByRole('region', { name: /^已签约未开工/ }).getByRole('link', { name: project })).toBeVisible();

  await page.goto(projectUrl);
  const start = page.getByRole('listitem', { name: /^开工/ });
  await start.getByText('更新节点').click();
  await start.getByLabel('实际日期').fill('2026-11-20');
  await start.getByLabel('进度（%）').fill('15');
  await start.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('listitem', { name: /^开工/ }).getByText('待核验')).toBeVisible();

  await page.goto(`/projects?occasion=${encodeURIComponent(occasion)}`);
  await expect(page.getByRole('region', { name: /^在建/ }).getByRole('link', { name: project })).toBeVisible();
  await expect(page.getByRole('region', { name: /^已签约未开工/ }).getByRole('link', { name: project })).toHaveCount(0);

  // Only a leader 核验s the date; the officer has no such button.
  await page.goto(projectUrl);
  await expect(page.getByRole('button', { name: '核验' })).toHaveCount(0);
  const leader = await browser.newPage({ storageState: storageStateOf('leader') });
  await leader.goto(projectUrl);
  await leader.getByRole('listitem', { name: /^开工/ }).getByRole('button', { name: '核验' }).click();
  await leader.getByRole('dialog').getByRole('button', { name: '确认' }).click();
  await expect(leader.getByRole('listitem', { name: /^开工/ }).getByText('已核验')).toBeVisible();
});

test('a leader exports the signed-deal list of one chain as xlsx and csv', async ({ browser }) => {
  const page = await browser.newPage({ storageState: storageStateOf('leader') });
  // 2025 only: the officer's journey above signs (today) in parallel and must not move these numbers.
  await page.goto('/projects?view=table&year=2025');
  const chain = (await page.getByRole('table').getByRole('row').nth(1).getByRole('cell').nth(1).textContent())!.trim();
  const filters = page.getByRole('search', { name: '筛选签约项目' });
  await filters.getByLabel('产业链', { exact: true }).selectOption({ label: chain });
  await filters.getByRole('button', { name: '筛选', exact: true }).click();
  await expect(page).toHaveURL(/chainId=/);
  await expect(page).toHaveURL(/year=2025/);

  const totals = page.getByRole('region', { name: '筛选结果合计' });
  const count = Number((await totals.getByText(/^\d+ 个$/).textContent())!.replace(/\D/g, ''));
  const firstRow = page.getByRole('table').getByRole('row').nth(1);
  const firstName = (await firstRow.getByRole('link').first().textContent())!.trim();

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 Excel' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^签约项目清单_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await xlsx.path())!);
  const sheet = book.worksheets[0];
  expect(String(sheet.getRow(1).getCell(1).value)).toContain(`产业链：${chain}`);
  expect(String(sheet.getRow(1).getCell(1).value)).toContain(`共 ${count} 个`);
  expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(EXPORT_HEADER);
  const first = sheet.getRow(3);
  expect(first.getCell(1).value).toBe(1);
  expect(first.getCell(2).value).toBe(firstName);
  expect(first.getCell(5).value).toBe(chain);
  const totalsRow = sheet.getRow(3 + count);
  expect(totalsRow.getCell(1).value).toBe('合计');
  const contracted = Array.from({ length: count }, (_, i) => Number(sheet.getRow(3 + i).getCell(10).value));
  expect(Number(totalsRow.getCell(10).value)).toBeCloseTo(contracted.reduce((a, b) => a + b, 0), 2);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const stream = await csv.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe(EXPORT_HEADER.join(','));
  expect(lines[1]).toContain(firstName);
});
