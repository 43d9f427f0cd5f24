import { and, desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLogs, leads } from '@/db/schema';
import { expectDomainError } from '@/db/test-expect';
import { enterpriseInput, leadInput, makeChainNode, makeZoneViewers, withTestDb } from '@/db/test-utils';
import { csvRows } from '@/lib/import/csv';
import { buildProjectExport, type ExportFormat, type ProjectExportFilter } from '@/lib/export/project-export';
import { testTranslate } from '@/lib/export/test-translate';
import type { Locale } from '@/lib/i18n/locales';
import { insertEnterprise } from './enterprises';
import { getLeadOrThrow, insertLead } from './leads';
import { projectFilterNames, recordProjectExport } from './project-export';
import { addProjectFunds } from './project-funds';
import { projectTotals } from './project-list';
import { listMilestones, updateMilestone } from './project-milestones';
import { signLead } from './projects';
import type { Viewer } from './viewer';

withTestDb();

const HEADERS_ZH = ['序号', '项目名称', '企业名称', '统一社会信用代码', '产业链', '环节', '链式方向', '签约日期', '签约活动', '协议投资额(万元)', '其中固定资产投资(万元)', '是否重大项目', '到位资金(万元)', '到位率', '计划开工', '实际开工', '计划投产', '实际投产', '责任专班', '责任人'];
const NOW = new Date('2026-11-26T06:05:00Z'); // 14:05 in Asia/Shanghai

let cast: Awaited<ReturnType<typeof makeZoneViewers>>;
let chain: { chainId: string; nodeId: string };
let otherChain: { chainId: string; nodeId: string };
let major: { id: string; uscc: string };

/** A lead of `officer`'s team taken to 深度洽谈 and signed; returns the project id and its enterprise's USCC. */
async function signedProject(
  officer: Viewer,
  p: { project: string; enterprise: string; contracted: number; fixed?: number | null; signedOn: string; occasion?: string; nodeId?: string; plannedStartOn?: string | null },
): Promise<{ id: string; uscc: string }> {
  const input = enterpriseInput(p.enterprise);
  const { id: enterpriseId } = await insertEnterprise(officer, input);
  const { id: leadId } = await insertLead(officer, leadInput(enterpriseId, { projectName: p.project, nodeId: p.nodeId ?? chain.nodeId, chainAction: 'supplement', intendedInvestment: p.contracted }));
  // The stage gates are the leads suite's business; here the lead only has to be in 深度洽谈.
  const db = await getDb();
  await db.update(leads).set({ stage: 'negotiating' }).where(eq(leads.id, leadId));
  const { version } = await getLeadOrThrow(officer, leadId);
  const { id } = await signLead(officer, {
    leadId,
    version,
    agreementName: `${p.project}投资协议`,
    signedOn: p.signedOn,
    occasion: p.occasion ?? '',
    kind: 'new',
    contractedInvestment: p.contracted,
    fixedAssetInvestment: p.fixed ?? null,
    landArea: null,
    expectedJobs: null,
    expectedOutput: null,
    plannedStartOn: p.plannedStartOn ?? null,
    plannedProductionOn: null,
  });
  return { id, uscc: input.uscc! };
}

async function exportBytes(viewer: Viewer, format: ExportFormat, filter: ProjectExportFilter = {}, locale: Locale = 'zh-CN') {
  const file = await buildProjectExport(viewer, filter, format, { t: testTranslate(locale), now: NOW });
  return { file, bytes: new Uint8Array(await new Response(file.body).arrayBuffer()) };
}

async function exportCsv(viewer: Viewer, filter: ProjectExportFilter = {}, locale: Locale = 'zh-CN') {
  const { file, bytes } = await exportBytes(viewer, 'csv', filter, locale);
  return { file, bytes, lines: new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').split('\r\n').slice(0, -1) };
}

async function exportSheet(viewer: Viewer, filter: ProjectExportFilter = {}, locale: Locale = 'zh-CN') {
  const { file, bytes } = await exportBytes(viewer, 'xlsx', filter, locale);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return { file, sheet: workbook.worksheets[0] };
}

/** A row's values from column 1, as ExcelJS reads them back. */
const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

beforeAll(async () => {
  cast = await makeZoneViewers();
  chain = await makeChainNode(cast.admin, '新能源汽车', '动力电池');
  otherChain = await makeChainNode(cast.admin, '生物医药', '原料药');
  const { officerA, officerA2, officerB } = cast;
  major = await signedProject(officerA, { project: '动力电池模组项目', enterprise: '导出测试电池有限公司', contracted: 8000, fixed: 6000.5, signedOn: '2026-03-18', occasion: '2026年春季集中签约', plannedStartOn: '2026-06-01' });
  await signedProject(officerA2, { project: '=HYPERLINK("http://evil.example","点我")', enterprise: '@恶意企业有限公司', contracted: 4999.99, signedOn: '2026-05-02', occasion: '+临时活动' });
  await signedProject(officerB, { project: '原料药扩产项目', enterprise: '导出测试药业有限公司', contracted: 1200, signedOn: '2026-04-10', nodeId: otherChain.nodeId });
  await signedProject(officerB, { project: '上年度签约项目', enterprise: '导出测试旧项目有限公司', contracted: 300, signedOn: '2025-12-30', nodeId: otherChain.nodeId });
  // 到位资金 3,000 of 8,000 (37.5%) and an actual 开工.
  await addProjectFunds(officerA, { projectId: major.id, receivedOn: '2026-04-01', amount: 2000, source: 'domestic', note: '' });
  await addProjectFunds(officerA, { projectId: major.id, receivedOn: '2026-07-01', amount: 1000, source: 'foreign', note: '' });
  const start = (await listMilestones(officerA, major.id)).find((m) => m.kind === 'construction')!;
  await updateMilestone(officerA, { id: start.id, version: start.version, plannedOn: '2026-06-01', actualOn: '2026-06-20', progress: 30, notes: '' });
});

describe('export scope', () => {
  it('gives an officer only their team’s projects, leaders and admins all', async () => {
    const names = async (viewer: Viewer) => [...csvRows((await exportCsv(viewer)).lines.join('\r\n'))].slice(1, -1).map((r) => r.values[1]);
    expect(await names(cast.officerA)).toEqual([`'=HYPERLINK("http://evil.example","点我")`, '动力电池模组项目']);
    expect(await names(cast.officerB)).toEqual(['原料药扩产项目', '上年度签约项目']);
    for (const viewer of [cast.leader, cast.admin]) expect(await names(viewer)).toHaveLength(4);
  });

  it('refuses a liaison in the data layer', async () => {
    await expectDomainError(buildProjectExport(cast.liaison, {}, 'xlsx', { t: testTranslate() }), 'forbidden');
    await expectDomainError(projectFilterNames(cast.liaison, { chainId: chain.chainId }), 'forbidden');
    await expectDomainError(recordProjectExport(cast.liaison, { format: 'csv', filters: {}, rows: 0 }), 'forbidden');
  });

  it('counts what the table counts: the title’s count is the table’s total and the number of rows', async () => {
    const filter = { year: 2026 };
    const { sheet, file } = await exportSheet(cast.leader, filter);
    const total = (await projectTotals(cast.leader, filter)).count;
    expect(file.rows).toBe(total);
    expect(total).toBe(3);
    expect(sheet.getCell('A1').value).toContain(`共 ${total} 个`);
    // Title, header, the rows, the 合计 row.
    expect(sheet.actualRowCount).toBe(2 + total + 1);
  });
});

describe('xlsx', () => {
  it('has a title with the filters in words, a frozen header, typed cells and a totals row', async () => {
    const { sheet, file } = await exportSheet(cast.leader, { chainId: chain.chainId, year: 2026, major: '1' });
    expect(file.fileName).toBe('签约项目清单_2026-11-26.xlsx');
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(sheet.getCell('A1').value).toBe('签约项目清单 · 2026年签约 · 产业链：新能源汽车 · 重大项目 · 共 1 个 · 导出时间 2026-11-26 14:05');
    expect(sheet.getCell('A1').isMerged && sheet.getCell('T1').isMerged).toBe(true);
    expect(rowValues(sheet, 2)).toEqual(HEADERS_ZH);
    expect(sheet.getRow(2).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });

    expect(rowValues(sheet, 3)).toEqual([
      1, '动力电池模组项目', '导出测试电池有限公司', major.uscc, '新能源汽车', '动力电池', '补链',
      new Date('2026-03-18T00:00:00Z'), '2026年春季集中签约', 8000, 6000.5, '是', 3000, 0.375,
      new Date('2026-06-01T00:00:00Z'), new Date('2026-06-20T00:00:00Z'), undefined, undefined,
      cast.teamA.name, cast.officerA.displayName,
    ]);
    const row = sheet.getRow(3);
    expect([row.getCell(8).numFmt, row.getCell(10).numFmt, row.getCell(14).numFmt]).toEqual(['yyyy-mm-dd', '#,##0.00', '0.0%']);
    expect(sheet.getColumn(2).width).toBeGreaterThan(sheet.getColumn(1).width!);

    const totals = rowValues(sheet, 4);
    expect(totals.slice(0, 2)).toEqual(['合计', '共 1 个']);
    expect([totals[9], totals[10], totals[12], totals[13]]).toEqual([8000, 6000.5, 3000, 0.375]);
    expect(sheet.getRow(4).getCell(10).numFmt).toBe('#,##0.00');
  });

  it('sums the totals row over every exported project, and says so when nothing matches', async () => {
    const { sheet } = await exportSheet(cast.leader);
    const totals = rowValues(sheet, 7);
    expect(totals.slice(0, 2)).toEqual(['合计', '共 4 个']);
    expect([totals[9], totals[10], totals[12]]).toEqual([14499.99, 6000.5, 3000]);
    expect(totals[13]).toBeCloseTo(3000 / 14499.99, 10);
    expect(sheet.getCell('A1').value).toContain('全部项目');

    const empty = await exportSheet(cast.officerA, { status: 'producing' });
    expect(empty.sheet.getCell('A1').value).toBe(`签约项目清单 · 责任专班：${cast.teamA.name} · 状态：已投产 · 共 0 个 · 导出时间 2026-11-26 14:05`);
    expect(rowValues(empty.sheet, 3).slice(0, 2)).toEqual(['合计', '共 0 个']);
  });

  it('names the team and owner filtered on, and writes English headers in English', async () => {
    const { sheet } = await exportSheet(cast.leader, { teamId: cast.teamB.id, ownerId: cast.officerB.id, fromMonth: '2025-12', toMonth: '2026-04' }, 'en');
    expect(sheet.getCell('A1').value).toBe(`Signed projects · 2025-12 to 2026-04 · team: ${cast.teamB.name} · owner: ${cast.officerB.displayName} · 2 projects · exported 2026-11-26 14:05`);
    expect(rowValues(sheet, 2).slice(0, 3)).toEqual(['No.', 'Project', 'Enterprise']);
    expect(rowValues(sheet, 3)[11]).toBe('No');
  });
});

describe('formula neutralisation', () => {
  it('quotes text starting with = + - @ in xlsx, and numbers stay numbers', async () => {
    const { sheet } = await exportSheet(cast.officerA);
    const row = rowValues(sheet, 3);
    expect(row[1]).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    expect(row[2]).toBe("'@恶意企业有限公司");
    expect(row[8]).toBe("'+临时活动");
    expect(row[9]).toBe(4999.99);
    expect(row[11]).toBe('否');
  });

  it('quotes them in csv too', async () => {
    const { lines } = await exportCsv(cast.officerA);
    expect(lines[1]).toContain(`,"'=HYPERLINK(""http://evil.example"",""点我"")",'@恶意企业有限公司,`);
    expect(lines[1]).toContain(",'+临时活动,4999.99,,否,0.00,0.0%,");
  });
});

describe('csv', () => {
  it('starts with a BOM and the Chinese header, CRLF lines, then rows and the totals row', async () => {
    const { bytes, lines, file } = await exportCsv(cast.officerA);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.fileName).toBe('签约项目清单_2026-11-26.csv');
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(lines[0]).toBe(HEADERS_ZH.join(','));
    expect(lines[2]).toBe(
      ['2', '动力电池模组项目', '导出测试电池有限公司', major.uscc, '新能源汽车', '动力电池', '补链', '2026-03-18', '2026年春季集中签约', '8000.00', '6000.50', '是', '3000.00', '37.5%', '2026-06-01', '2026-06-20', '', '', cast.teamA.name, cast.officerA.displayName].join(','),
    );
    expect(lines[3]).toBe(['合计', '共 2 个', '', '', '', '', '', '', '', '12999.99', '6000.50', '', '3000.00', '23.1%', '', '', '', '', '', ''].join(','));
    expect(lines).toHaveLength(4);
  });
});

describe('audit', () => {
  it('records who exported what, with the filters and the row count, even when the download is aborted', async () => {
    const db = await getDb();
    const filter = { chainId: otherChain.chainId };
    const file = await buildProjectExport(cast.officerB, filter, 'xlsx', { t: testTranslate() });
    await file.body.cancel();
    const [row] = await db
      .select({ actorId: auditLogs.actorId, entityType: auditLogs.entityType, entityId: auditLogs.entityId, changes: auditLogs.changes })
      .from(auditLogs)
      .where(and(eq(auditLogs.action, 'export'), eq(auditLogs.actorId, cast.officerB.id)))
      .orderBy(desc(auditLogs.id))
      .limit(1);
    expect(row).toEqual({ actorId: cast.officerB.id, entityType: 'projects', entityId: 'list', changes: { format: 'xlsx', filters: filter, rows: 2 } });
  });
});
