import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { leadFacets } from '@/db/lead-derived';
import { auditLogs, enterprises, leadEvents, leads } from '@/db/schema';
import { expectDomainError } from '@/db/test-expect';
import { enterpriseInput, makeChainNode, makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { nameKey } from '@/lib/enterprise-name';
import { REASON_HEADER } from '@/lib/import/import-rows';
import { LEAD_HEADER_SPEC } from '@/lib/import/lead-columns';
import { leadTemplateXlsx } from '@/lib/import/lead-template';
import { readSpreadsheet } from '@/lib/import/read-spreadsheet';
import { csvFile, freshValues, utf8 } from '@/lib/import/test-files';
import { leadCreateSchema } from '@/lib/validation/leads';
import { insertEnterprise } from './enterprises';
import { commitLeadImport, previewLeadImport, rejectedLeadRowsXlsx } from './lead-import';
import { insertLead } from './leads';
import type { Viewer } from './viewer';

withTestDb();

let team: { id: string; name: string };
let otherTeam: { id: string; name: string };
let admin: Viewer;
let officer: Viewer;
let colleague: Viewer;
let otherOfficer: Viewer;
let leader: Viewer;
let liaison: Viewer;
let chainId: string;
let nodeId: string;

beforeAll(async () => {
  [team, otherTeam] = [await makeTeam(), await makeTeam()];
  admin = await makeViewer('admin');
  officer = await makeViewer('officer', team);
  colleague = await makeViewer('officer', team);
  otherOfficer = await makeViewer('officer', otherTeam);
  leader = await makeViewer('leader');
  liaison = await makeViewer('liaison');
  // The demo zone's chain and link, which the template's example row names.
  ({ chainId, nodeId } = await makeChainNode(admin, '汽车及零部件', '功率器件(IGBT/SiC)'));
});

const values = freshValues(300_000_000, '台账测试');
const [nextUscc, nextName] = [values.uscc, values.firm];

/** A ledger of project and firm names, and USCCs when given. */
const ledger = (rows: [project: string, firm: string, uscc?: string][]) => csvFile(['项目名称', '企业名称', '统一社会信用代码'], rows.map(([p, f, u = '']) => [p, f, u]));
const own = { teamId: null };
/** Another team's lead on the firm, saved through the lead form's own rules and defaults. */
const leadInput = (enterpriseId: string, projectName: string) => leadCreateSchema.parse({ enterpriseId, projectName });

async function libraryFirm(viewer: Viewer, name: string, uscc: string | null = nextUscc()) {
  return (await insertEnterprise(viewer, enterpriseInput(name, { uscc }))).id;
}

async function leadsOn(enterpriseId: string) {
  const db = await getDb();
  return db.select().from(leads).where(eq(leads.enterpriseId, enterpriseId)).orderBy(leads.createdAt);
}

async function totals() {
  const db = await getDb();
  const [[l], [e], [ev], [a]] = await Promise.all([
    db.select({ n: count() }).from(leads),
    db.select({ n: count() }).from(enterprises),
    db.select({ n: count() }).from(leadEvents),
    db.select({ n: count() }).from(auditLogs),
  ]);
  return { leads: l.n, enterprises: e.n, events: ev.n, audits: a.n };
}

describe('previewLeadImport', () => {
  it('accepts the downloadable template, whose example row is valid', async () => {
    const preview = await previewLeadImport(officer, await leadTemplateXlsx(), own);
    expect(preview).toEqual({
      counts: { read: 1, valid: 1, invalid: 0, existing: 0, matchedByUscc: 0, matchedByName: 0, newEnterprises: 1, conflicts: 0 },
      errors: [],
      conflicts: [],
    });
  });

  it('refuses an empty file, a file without data rows and wrong headers', async () => {
    await expectDomainError(previewLeadImport(officer, new Uint8Array(), own), 'importEmpty');
    await expectDomainError(previewLeadImport(officer, utf8('项目名称,企业名称\r\n\r\n'), own), 'importEmpty');
    await expectDomainError(previewLeadImport(officer, utf8('企业名称,阶段\r\n甲,线索\r\n'), own), 'importWrongHeaders');
    await expectDomainError(previewLeadImport(officer, utf8('项目名称,企业名称,电话\r\n甲,乙,0431\r\n'), own), 'importWrongHeaders');
  });

  it('lists exactly the bad rows, each with its row number, column and reason', async () => {
    const bytes = csvFile(['项目名称', '企业名称', '阶段', '阶段原因', '意向投资（万元）', '负责人'], [
      ['一期', nextName('甲'), '线索', '', '', ''],
      ['二期', nextName('乙'), '终止', '', '', ''],
      ['三期', nextName('丙'), '初步接洽', '', '3,000', colleague.username],
      ['四期', nextName('丁'), '', '', '很多', ''],
      ['五期', nextName('戊'), '搁置', '等待用地指标', '', colleague.displayName],
    ]);
    const preview = await previewLeadImport(officer, bytes, own);
    expect(preview.counts).toMatchObject({ read: 5, valid: 3, invalid: 2, newEnterprises: 3 });
    expect(preview.errors).toEqual([
      { rowNumber: 3, column: '阶段原因', message: 'importStageReasonRequired' },
      { rowNumber: 5, column: '意向投资（万元）', message: 'invalidNumber' },
    ]);
  });

  it('holds a 深度洽谈 row to the stage’s gate: link, direction and investment', async () => {
    const headers = ['项目名称', '企业名称', '产业链', '产业链环节', '招商方向', '意向投资（万元）', '阶段'];
    const bytes = csvFile(headers, [
      ['全', nextName('全'), '汽车及零部件', '功率器件(IGBT/SiC)', '补链', '20000', '深度洽谈'],
      ['缺', nextName('缺'), '汽车及零部件', '', '', '20000', '深度洽谈'],
    ]);
    const preview = await previewLeadImport(officer, bytes, own);
    expect(preview.counts).toMatchObject({ valid: 1, invalid: 1 });
    expect(preview.errors).toEqual([
      { rowNumber: 3, column: '产业链环节', message: 'importStageNeedsField' },
      { rowNumber: 3, column: '招商方向', message: 'importStageNeedsField' },
    ]);
  });

  it('finds firms by USCC, else by name, else counts them as new (one per firm), and says which name is ambiguous', async () => {
    const uscc = nextUscc();
    const byUscc = await libraryFirm(otherOfficer, nextName('码'), uscc);
    const named = nextName('名');
    await libraryFirm(otherOfficer, named, null);
    // Two library firms whose names differ only in the legal form: the same name key.
    const twin = `双胞${values.number()}科技`;
    await libraryFirm(admin, `${twin}有限公司`);
    await libraryFirm(admin, `${twin}股份有限公司`);
    const fresh = nextName('新');
    const freshUscc = nextUscc();

    const bytes = ledger([
      ['按码', '名字与库中不同也按代码匹配有限公司', uscc],
      ['按名', named.replace('有限公司', '有限责任公司')],
      ['重名', `${twin}集团`],
      ['新一', fresh],
      ['新二', ` ${fresh} `, freshUscc],
      ['新三', nextName('另')],
    ]);
    const preview = await previewLeadImport(officer, bytes, own);
    expect(preview.errors).toEqual([{ rowNumber: 4, column: '企业名称', message: 'importAmbiguousEnterprise' }]);
    expect(preview.counts).toEqual({ read: 6, valid: 5, invalid: 1, existing: 0, matchedByUscc: 1, matchedByName: 1, newEnterprises: 2, conflicts: 0 });

    await commitLeadImport(officer, bytes, own);
    expect(await leadsOn(byUscc)).toMatchObject([{ projectName: '按码', teamId: team.id }]);
    const db = await getDb();
    const created = await db.select().from(enterprises).where(eq(enterprises.nameKey, nameKey(fresh)));
    // The row without a USCC joined the firm the row with one created, whatever their order.
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ name: fresh, uscc: freshUscc, teamId: team.id, createdBy: officer.id, nameKey: nameKey(fresh) });
    expect((await leadsOn(created[0].id)).map((l) => l.projectName).sort()).toEqual(['新一', '新二']);
  });

  it('treats a same-name firm with another USCC as another firm', async () => {
    const name = nextName('异');
    await libraryFirm(admin, name);
    const preview = await previewLeadImport(officer, ledger([['项目', name, nextUscc()]]), own);
    expect(preview.counts).toMatchObject({ matchedByName: 0, newEnterprises: 1 });
  });

  it('warns about 撞单 rows, naming the other team, without counting them as problems', async () => {
    const firm = await libraryFirm(otherOfficer, nextName('撞'));
    const [{ name }] = await (await getDb()).select({ name: enterprises.name }).from(enterprises).where(eq(enterprises.id, firm));
    await insertLead(otherOfficer, leadInput(firm, '对方的项目'));
    // A row imported as 终止 does not compete with anyone.
    const bytes = csvFile(['项目名称', '企业名称', '阶段', '阶段原因'], [['我方的项目', name, '', ''], ['已终止的项目', name, '终止', '企业另选他址']]);
    const preview = await previewLeadImport(officer, bytes, own);
    expect(preview.counts).toMatchObject({ valid: 2, invalid: 0, conflicts: 1 });
    expect(preview.conflicts).toEqual([{ rowNumber: 2, projectName: '我方的项目', enterpriseName: name, followers: [{ teamName: otherTeam.name, ownerName: otherOfficer.displayName }] }]);
  });
});

describe('commitLeadImport', () => {
  it('stores each lead with its fields, facets, owner, a created event and audit rows', async () => {
    const firm = nextName('全');
    const uscc = nextUscc();
    const headers = ['项目名称', '企业名称', '统一社会信用代码', '项目内容', '产业链', '产业链环节', '招商方向', '意向投资（万元）', '用地（亩）', '预计就业（人）', '招商方式', '来源部门/推荐人', '负责人', '阶段', '阶段原因', '优先级', '预计签约月份'];
    const bytes = csvFile(headers, [
      ['功率模组项目', firm, uscc, '封测产线', '汽车及零部件', '功率器件(IGBT/SiC)', '补链', '50,000', '120', '300', '以商招商', '链主推荐', colleague.displayName, '深度洽谈', '', '高', '2026-09'],
      ['二期', firm, uscc, '', '', '', '', '', '', '', '', '', '', '搁置', '用地指标未落实', '', ''],
      ['坏行', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''],
    ]);
    const before = await totals();
    expect(await commitLeadImport(officer, bytes, own)).toEqual({ inserted: 2, newEnterprises: 1, conflicts: 0, skipped: 0, invalid: 1 });

    const db = await getDb();
    const [enterprise] = await db.select().from(enterprises).where(eq(enterprises.uscc, uscc));
    expect(enterprise).toMatchObject({ name: firm, teamId: team.id, chainId, nodeId, chainAction: 'supplement', createdBy: officer.id });
    const [main, second] = await leadsOn(enterprise.id);
    expect(main).toMatchObject({
      projectName: '功率模组项目',
      content: '封测产线',
      chainId,
      nodeId,
      chainAction: 'supplement',
      intendedInvestment: 50000,
      landArea: 120,
      expectedJobs: 300,
      sourceMethod: 'referral',
      sourceDetail: '链主推荐',
      ownerId: colleague.id,
      teamId: team.id,
      stage: 'negotiating',
      priority: 'high',
      expectedSigningMonth: '2026-09',
      conflict: false,
      createdBy: officer.id,
      version: 1,
    });
    expect(main.facets.sort()).toEqual(leadFacets(main).sort());
    // The second project has no placement of its own and takes the firm's; its owner is the importer.
    expect(second).toMatchObject({ projectName: '二期', stage: 'on_hold', stageReason: '用地指标未落实', ownerId: officer.id, chainId, nodeId, chainAction: 'supplement', priority: 'medium' });
    expect(second.facets.sort()).toEqual(leadFacets(second).sort());

    const events = await db.select().from(leadEvents).where(inArray(leadEvents.leadId, [main.id, second.id])).orderBy(leadEvents.id);
    expect(events.map((e) => [e.leadId, e.kind, e.toStage, e.actorId])).toEqual([
      [main.id, 'created', 'negotiating', officer.id],
      [second.id, 'created', 'on_hold', officer.id],
    ]);
    expect(events[1]).toMatchObject({ reason: '用地指标未落实', data: { importRow: 3 } });
    const audits = await db.select({ entityType: auditLogs.entityType, action: auditLogs.action }).from(auditLogs).where(inArray(auditLogs.entityId, [enterprise.id, main.id, second.id]));
    expect(audits).toHaveLength(3);
    expect(await totals()).toEqual({ leads: before.leads + 2, enterprises: before.enterprises + 1, events: before.events + 2, audits: before.audits + 3 });
  });

  it('flags 撞单 on both sides, with conflict events on every lead involved', async () => {
    const firm = await libraryFirm(otherOfficer, nextName('撞'));
    const theirs = await insertLead(otherOfficer, leadInput(firm, '对方的项目'));
    const [{ uscc }] = await (await getDb()).select({ uscc: enterprises.uscc }).from(enterprises).where(eq(enterprises.id, firm));
    const result = await commitLeadImport(officer, ledger([['我方的项目', '名称不同但代码相同有限公司', uscc!]]), own);
    expect(result).toMatchObject({ inserted: 1, conflicts: 1, newEnterprises: 0 });

    const onFirm = await leadsOn(firm);
    expect(onFirm.map((l) => [l.teamId, l.conflict])).toEqual([
      [otherTeam.id, true],
      [team.id, true],
    ]);
    const db = await getDb();
    const conflictEvents = await db.select().from(leadEvents).where(and(inArray(leadEvents.leadId, onFirm.map((l) => l.id)), eq(leadEvents.kind, 'conflict')));
    expect(conflictEvents.map((e) => e.leadId).sort()).toEqual(onFirm.map((l) => l.id).sort());
    expect(conflictEvents[0].data).toMatchObject({ enterpriseId: firm });
    expect((conflictEvents[0].data.leads as string[]).sort()).toEqual([theirs.id, onFirm[1].id].sort());
  });

  it('skips the projects the team already has, so the same ledger imported twice is not doubled', async () => {
    const bytes = ledger([['复导项目', nextName('复'), nextUscc()], ['复导二', nextName('复')]]);
    expect(await commitLeadImport(officer, bytes, own)).toMatchObject({ inserted: 2, skipped: 0 });
    expect((await previewLeadImport(officer, bytes, own)).counts).toMatchObject({ valid: 2, existing: 2, newEnterprises: 0 });
    expect(await commitLeadImport(officer, bytes, own)).toMatchObject({ inserted: 0, skipped: 2, newEnterprises: 0 });
    // Another team has not got them: for it they are new leads (and 撞单).
    expect(await commitLeadImport(otherOfficer, bytes, own)).toMatchObject({ inserted: 2, conflicts: 2 });
  });

  it('imports an admin’s file into the team they choose, and requires one', async () => {
    const name = nextName('管');
    await expectDomainError(previewLeadImport(admin, ledger([['项目', name]]), { teamId: null }), 'importTeamRequired', 'teamId');
    await expectDomainError(previewLeadImport(admin, ledger([['项目', name]]), { teamId: '00000000-0000-4000-8000-000000000000' }), 'invalidChoice', 'teamId');
    // The owner column names members of the chosen team.
    const bytes = csvFile(['项目名称', '企业名称', '负责人'], [['项目', name, otherOfficer.username]]);
    expect((await previewLeadImport(admin, bytes, { teamId: team.id })).errors).toEqual([{ rowNumber: 2, column: '负责人', message: 'ownerNotInTeam' }]);
    expect(await commitLeadImport(admin, bytes, { teamId: otherTeam.id })).toMatchObject({ inserted: 1 });
    const db = await getDb();
    const [e] = await db.select().from(enterprises).where(eq(enterprises.name, name));
    expect(await leadsOn(e.id)).toMatchObject([{ teamId: otherTeam.id, ownerId: otherOfficer.id, createdBy: admin.id }]);
    expect(e.teamId).toBe(otherTeam.id);
  });

  it('never lets an officer import into another team', async () => {
    const before = await totals();
    const bytes = ledger([['越权', nextName('越')]]);
    await expectDomainError(previewLeadImport(officer, bytes, { teamId: otherTeam.id }), 'forbidden');
    await expectDomainError(commitLeadImport(officer, bytes, { teamId: otherTeam.id }), 'forbidden');
    await expectDomainError(rejectedLeadRowsXlsx(officer, bytes, { teamId: otherTeam.id }), 'forbidden');
    // Naming their own team is the same as naming none.
    expect(await commitLeadImport(officer, bytes, { teamId: team.id })).toMatchObject({ inserted: 1 });
    expect((await totals()).leads).toBe(before.leads + 1);
  });

  it('writes nothing when a later batch fails', async () => {
    const db = await getDb();
    // A database-side failure on one lead of the second batch of 1,000: the first batch, the new firms and
    // the other team's 撞单 flag are already written by then.
    const contested = await libraryFirm(otherOfficer, nextName('滚'));
    const [{ name: contestedName }] = await db.select({ name: enterprises.name }).from(enterprises).where(eq(enterprises.id, contested));
    const theirs = await insertLead(otherOfficer, leadInput(contested, '对方'));
    await db.execute(sql`create function fail_lead_import() returns trigger language plpgsql as $$
      begin if new.project_name = '触发失败的项目' then raise exception 'simulated failure'; end if; return new; end $$`);
    await db.execute(sql`create trigger fail_lead_import before insert on leads for each row execute function fail_lead_import()`);
    try {
      const rows: [string, string][] = Array.from({ length: 1200 }, (_, i) => [`批量${i}`, nextName('批')]);
      rows[0] = ['撞单项目', contestedName];
      rows[1100] = ['触发失败的项目', nextName('败')];
      const before = await totals();
      const failure = await commitLeadImport(officer, ledger(rows), own).then(() => null, (e: unknown) => e);
      expect(String((failure as Error).cause ?? failure)).toContain('simulated failure');
      expect(await totals()).toEqual(before);
      expect((await leadsOn(contested)).map((l) => [l.id, l.conflict])).toEqual([[theirs.id, false]]);
    } finally {
      await db.execute(sql`drop trigger fail_lead_import on leads`);
      await db.execute(sql`drop function fail_lead_import()`);
    }
  });
});

describe('rejectedLeadRowsXlsx', () => {
  it('returns the bad rows, including an ambiguous firm, with a 错误原因 column, ready to fix and import again', async () => {
    const twin = `重名${values.number()}电子`;
    await libraryFirm(admin, `${twin}有限公司`);
    await libraryFirm(admin, `${twin}有限责任公司`);
    const bytes = ledger([['好项目', nextName('好')], ['含糊', `${twin}公司`], ['', nextName('空')]]);
    const rejected = await rejectedLeadRowsXlsx(officer, bytes, own);
    const read = await readSpreadsheet(rejected, LEAD_HEADER_SPEC);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.sheet.rows.map((r) => [r.cells['项目名称'], r.cells[REASON_HEADER]])).toEqual([
      ['含糊', '原第 3 行 · 企业名称：企业名称对应多家企业，请填写信用代码'],
      ['', '原第 4 行 · 项目名称：必填'],
    ]);
    expect((await previewLeadImport(officer, rejected, own)).errors).toEqual([
      { rowNumber: 2, column: '企业名称', message: 'importAmbiguousEnterprise' },
      { rowNumber: 3, column: '项目名称', message: 'required' },
    ]);
  });
});

describe('who may import', () => {
  it.each(['leader', 'liaison'] as const)('refuses a %s', async (role) => {
    const viewer = role === 'leader' ? leader : liaison;
    const bytes = ledger([['禁止', nextName('禁')]]);
    await expectDomainError(previewLeadImport(viewer, bytes, { teamId: team.id }), 'forbidden');
    await expectDomainError(commitLeadImport(viewer, bytes, { teamId: team.id }), 'forbidden');
    await expectDomainError(rejectedLeadRowsXlsx(viewer, bytes, { teamId: team.id }), 'forbidden');
    const db = await getDb();
    expect((await db.select({ n: count() }).from(leads).where(eq(leads.createdBy, viewer.id)))[0].n).toBe(0);
  });
});
