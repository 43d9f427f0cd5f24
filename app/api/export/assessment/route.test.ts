import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import { getDb } from '@/db';
import { auditLogs, leads, projects } from '@/db/schema';
import { insertEnterprise } from '@/db/queries/enterprises';
import { enterpriseInput, makeTeam, makeViewer, makeZoneViewers, withTestDb } from '@/db/test-utils';
import { auth } from '@/lib/auth';
import { refusalBody } from '@/lib/export/test-refusal';
import { GET } from './route';
import { sessionOf } from '@/db/test-session';

// Only the session cookie and the language cookie are faked; the viewer, permissions and data are real.
vi.mock('@/lib/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock('next-intl/server', async () => {
  const { testTranslate } = await import('@/lib/export/test-translate');
  return { getTranslations: async () => testTranslate('zh-CN') };
});
const signInAs = async (id: string | null) => (auth as unknown as Mock).mockResolvedValue(await sessionOf(id));

withTestDb();

let cast: Awaited<ReturnType<typeof makeZoneViewers>>;

beforeAll(async () => {
  cast = await makeZoneViewers();
  const db = await getDb();
  const enterpriseId = (await insertEnterprise(cast.officerB, enterpriseInput('考核导出企业'))).id;
  const [lead] = await db.insert(leads).values({ projectName: '考核导出项目', enterpriseId, teamId: cast.teamB.id, ownerId: cast.officerB.id, stage: 'signed' }).returning({ id: leads.id });
  await db.insert(projects).values({ leadId: lead.id, enterpriseId, teamId: cast.teamB.id, ownerId: cast.officerB.id, name: '考核导出项目', agreementName: '协议', signedOn: '2026-03-01', kind: 'new', contractedInvestment: 5200.5 });
});

const get = (query: string) => GET(new Request(`http://localhost/api/export/assessment?${query}`));

describe('GET /api/export/assessment', () => {
  it('asks for a login, and refuses officers and liaisons', async () => {
    await signInAs(null);
    expect((await get('')).status).toBe(401);
    for (const viewer of [cast.officerA, cast.liaison]) {
      await signInAs(viewer.id);
      expect(await refusalBody(await get(''), 403)).toEqual({ error: 'forbidden' });
    }
  });

  it.each([
    ['from=2026-13-01', '考核条件无效：开始日期 (from)'],
    ['by=chain', '考核条件无效：统计口径 (by)'],
    ['sort=name&dir=up', '考核条件无效：排序方向 (dir)'],
    ['teamId=abc', '考核条件无效：专班 (teamId)'],
    ['from=2026-05-01&to=2026-04-30', '考核条件无效：结束日期 (to)'],
  ])('answers %s with 400 and a message', async (query, message) => {
    await signInAs(cast.leader.id);
    expect(await refusalBody(await get(query), 400)).toMatchObject({ error: 'invalid', message });
  });

  it('serves the xlsx with its Chinese name: title, header, rows in the asked order, totals; audited', async () => {
    await signInAs(cast.leader.id);
    const response = await get('from=2026-01-01&to=2026-06-30&by=officer&sort=signings&dir=desc');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="assessment_2026-01-01_2026-06-30.xlsx"; filename*=UTF-8''${encodeURIComponent('考核_2026-01-01_2026-06-30.xlsx')}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('考核 · 2026-01-01 至 2026-06-30 · 按专员');
    expect(sheet.getRow(2).values).toEqual([undefined, '专员', '所属专班', '拜访洽谈', '定点招商', '敲门招商', '以商招商', '其他方式', '新增线索', '推进线索', '签约项目（个）', '签约额（万元）', '到位资金（万元）', '逾期待办']);
    expect(sheet.getRow(3).getCell(1).value).toBe(cast.officerB.displayName);
    expect(sheet.getRow(3).getCell(2).value).toBe(cast.teamB.name);
    expect(sheet.getRow(3).getCell(10).value).toBe(1);
    expect(sheet.getRow(3).getCell(11).value).toBe(5200.5);
    expect(sheet.getRow(6).getCell(1).value).toBe('合计');
    expect(sheet.getRow(6).getCell(10).value).toBe(1);

    const db = await getDb();
    const [audit] = await db.select({ actorId: auditLogs.actorId, changes: auditLogs.changes }).from(auditLogs).where(eq(auditLogs.entityType, 'assessment'));
    expect(audit).toMatchObject({ actorId: cast.leader.id, changes: { sort: 'signings', rows: 3 } });
  });

  it('neutralises names and says which team was asked for', async () => {
    await signInAs(cast.admin.id);
    const team = await makeTeam('=cmd|"/c calc"!A1');
    const officer = await makeViewer('officer', team);
    const response = await get(`teamId=${team.id}&from=2026-01-01&to=2026-12-31`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(2).getCell(1).value).toBe(`专班：${team.name}`);
    expect(sheet.getRow(3).getCell(1).value).toBe('专员');
    expect(sheet.getRow(4).getCell(1).value).toBe(officer.displayName);
    expect(sheet.getRow(4).getCell(2).value).toBe(`'${team.name}`);
    expect(sheet.getRow(5).getCell(1).value).toBe('合计');
  });

  it('counts per team', async () => {
    await signInAs(cast.admin.id);
    const response = await get(`by=team&teamId=${cast.teamB.id}&from=2026-01-01&to=2026-12-31`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('考核 · 2026-01-01 至 2026-12-31 · 按专班');
    expect(sheet.getRow(3).getCell(1).value).toBe('专班');
    expect(sheet.getRow(4).getCell(1).value).toBe(cast.teamB.name);
    expect(sheet.getRow(4).getCell(9).value).toBe(1);
    expect(sheet.getRow(4).getCell(10).value).toBe(5200.5);
  });
});
