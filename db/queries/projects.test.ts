import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLogs, leads, projectMilestones, projects } from '@/db/schema';
import { expectDomainError } from '@/db/test-expect';
import { makeChainNode, makeNegotiatingLead, makeZoneViewers, signInput, withTestDb } from '@/db/test-utils';
import { projectUpdateSchema, type ProjectUpdateInput } from '@/lib/validation/projects';
import { getChainMap } from './chains';
import { getLeadOrThrow, insertLead, listLeadEvents } from './leads';
import { addEvidence, deleteEvidence, getEvidenceFile, listEvidence } from './project-files';
import { addProjectFunds, deleteProjectFunds, listProjectFunds, updateProjectFunds } from './project-funds';
import { iterateProjectExport, listProjectBoard, listProjects, projectTotals } from './project-list';
import { listMilestones, updateMilestone, verifyMilestone } from './project-milestones';
import { getProjectOrThrow, listProjectLinks, signLead, updateProject, type ProjectDetail } from './projects';
import type { Viewer } from './viewer';

withTestDb();

let cast: Awaited<ReturnType<typeof makeZoneViewers>>;
let nodeId: string;
let chainId: string;

beforeAll(async () => {
  cast = await makeZoneViewers();
  ({ chainId, nodeId } = await makeChainNode(cast.admin, '签约测试链', '电芯'));
});

async function signed(officer: Viewer, extra: Parameters<typeof signInput>[1] = {}) {
  const lead = await makeNegotiatingLead(officer, nodeId);
  const { id } = await signLead(officer, signInput(lead, extra));
  return { id, ...lead };
}

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('signing', () => {
  it('creates the project with four milestones and moves the lead to 签约 in one go', async () => {
    const { id, leadId, enterpriseId } = await signed(cast.officerA);
    const project = await getProjectOrThrow(cast.officerA, id);
    expect(project).toMatchObject({ leadId, enterpriseId, status: 'signed', major: true, fundsInPlace: 0, nextDueOn: '2026-09-01', teamId: cast.teamA.id, canEdit: true, canVerify: false });
    expect((await listMilestones(cast.officerA, id)).map((m) => [m.kind, m.plannedOn])).toEqual([
      ['registered', null],
      ['land', null],
      ['construction', '2026-09-01'],
      ['production', '2027-12-01'],
    ]);
    const lead = await getLeadOrThrow(cast.officerA, leadId);
    expect(lead.stage).toBe('signed');
    expect((await listLeadEvents(cast.officerA, leadId))[0]).toMatchObject({ kind: 'stage', fromStage: 'negotiating', toStage: 'signed' });
    expect((await listProjectLinks(cast.officerA, { leadId })).map((p) => p.id)).toEqual([id]);
    expect((await listProjectLinks(cast.officerA, { enterpriseId })).map((p) => p.id)).toEqual([id]);
  });

  it('derives 重大项目 at 5,000 万元, never from input', async () => {
    const below = await signed(cast.officerA, { contractedInvestment: 4999.99, fixedAssetInvestment: 100 });
    const at = await signed(cast.officerA, { contractedInvestment: 5000, fixedAssetInvestment: 100 });
    expect((await getProjectOrThrow(cast.officerA, below.id)).major).toBe(false);
    expect((await getProjectOrThrow(cast.officerA, at.id)).major).toBe(true);
  });

  it('signs only leads in 深度洽谈, once, at the version the form loaded', async () => {
    const { leadId, version } = await signed(cast.officerA);
    await expectDomainError(signLead(cast.officerA, signInput({ leadId, version: version + 1 })), 'signNeedsNegotiating');
    const fresh = await makeNegotiatingLead(cast.officerA, nodeId);
    await expectDomainError(signLead(cast.officerA, signInput({ ...fresh, version: fresh.version - 1 })), 'conflict');
    const early = await insertLead(cast.officerA, (await import('@/db/test-utils')).leadInput(fresh.enterpriseId, { projectName: '初期线索' }));
    await expectDomainError(signLead(cast.officerA, signInput({ leadId: early.id, version: 1 })), 'signNeedsNegotiating');
  });

  it('lets only the lead’s team (or an admin) sign; others get not found', async () => {
    const lead = await makeNegotiatingLead(cast.officerA, nodeId);
    await expectDomainError(signLead(cast.officerB, signInput(lead)), 'notFound');
    await expectDomainError(signLead(cast.leader, signInput(lead)), 'forbidden');
    await expectDomainError(signLead(cast.liaison, signInput(lead)), 'forbidden');
    expect((await getLeadOrThrow(cast.admin, lead.leadId)).stage).toBe('negotiating');
    await signLead(cast.admin, signInput(lead));
  });

  it('leaves the lead unchanged and no project when a step fails mid-way', async () => {
    const lead = await makeNegotiatingLead(cast.officerA, nodeId);
    const db = await getDb();
    // The milestones insert comes after the project insert and before the lead update: fail it in the database.
    await db.execute(sql`create or replace function fail_milestones() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`);
    await db.execute(sql`create trigger fail_milestones before insert on project_milestones for each statement execute function fail_milestones()`);
    try {
      await expect(signLead(cast.officerA, signInput(lead))).rejects.toThrow();
    } finally {
      await db.execute(sql`drop trigger fail_milestones on project_milestones`);
    }
    const [row] = await db.select({ stage: leads.stage, version: leads.version }).from(leads).where(eq(leads.id, lead.leadId));
    expect(row).toEqual({ stage: 'negotiating', version: lead.version });
    expect(await db.select({ id: projects.id }).from(projects).where(eq(projects.leadId, lead.leadId))).toEqual([]);
    expect(await db.select({ id: auditLogs.id }).from(auditLogs).where(sql`${auditLogs.entityType} = 'lead' and ${auditLogs.entityId} = ${lead.leadId} and ${auditLogs.action} = 'stage' and ${auditLogs.changes}->>'projectId' is not null`)).toEqual([]);
  });
});

describe('editing the agreement', () => {
  /** The edit form as loaded from the project page, with `extra` typed over it. */
  const editOf = (p: ProjectDetail, extra: Partial<ProjectUpdateInput> = {}): ProjectUpdateInput => ({
    id: p.id,
    version: p.version,
    agreementName: p.agreementName,
    signedOn: p.signedOn,
    occasion: p.occasion,
    kind: p.kind,
    contractedInvestment: p.contractedInvestment,
    fixedAssetInvestment: p.fixedAssetInvestment,
    landArea: p.landArea,
    expectedJobs: p.expectedJobs,
    expectedOutput: p.expectedOutput,
    ...extra,
  });
  const idsOf = async (filter: Parameters<typeof listProjects>[1]) => (await listProjects(cast.leader, filter)).rows.map((r) => r.id);

  it('corrects the fields, moves the project between the year, 重大项目 and occasion filters, and audits the diff', async () => {
    const typo = '2026年春李集中签约';
    const { id } = await signed(cast.officerA, { signedOn: '2026-04-18', occasion: typo, contractedInvestment: 4000, fixedAssetInvestment: 3000 });
    const before = await getProjectOrThrow(cast.officerA, id);
    expect(before).toMatchObject({ version: 1, major: false });
    expect(await idsOf({ year: 2026, major: '0', occasion: typo })).toEqual([id]);

    const occasion = '2024年春季集中签约';
    await updateProject(cast.officerA2, editOf(before, { agreementName: '投资合作协议（更正）', signedOn: '2024-03-28', occasion, contractedInvestment: 7000, landArea: 95.5 }));
    const after = await getProjectOrThrow(cast.officerA, id);
    expect(after).toMatchObject({ version: 2, agreementName: '投资合作协议（更正）', signedOn: '2024-03-28', occasion, contractedInvestment: 7000, fixedAssetInvestment: 3000, landArea: 95.5, major: true, status: 'signed' });
    expect(await idsOf({ year: 2024, major: '1', occasion })).toEqual([id]);
    expect(await idsOf({ year: 2026, occasion: typo })).toEqual([]);
    expect(await idsOf({ major: '0', occasion })).toEqual([]);

    const db = await getDb();
    const audit = await db.select({ action: auditLogs.action, actorId: auditLogs.actorId, changes: auditLogs.changes }).from(auditLogs).where(sql`${auditLogs.entityType} = 'project' and ${auditLogs.entityId} = ${id} and ${auditLogs.action} = 'update'`);
    expect(audit).toEqual([
      {
        action: 'update',
        actorId: cast.officerA2.id,
        changes: {
          agreementName: ['投资合作协议', '投资合作协议（更正）'],
          signedOn: ['2026-04-18', '2024-03-28'],
          occasion: [typo, occasion],
          contractedInvestment: [4000, 7000],
          landArea: [80, 95.5],
        },
      },
    ]);

    // Saving the form unchanged is not an edit: no new version, no audit row.
    await updateProject(cast.officerA, editOf(after));
    expect((await getProjectOrThrow(cast.officerA, id)).version).toBe(2);
    expect(await db.select({ id: auditLogs.id }).from(auditLogs).where(sql`${auditLogs.entityType} = 'project' and ${auditLogs.entityId} = ${id} and ${auditLogs.action} = 'update'`)).toHaveLength(1);
  });

  it('refuses a save from a form loaded before someone else’s', async () => {
    const { id } = await signed(cast.officerA);
    const loaded = await getProjectOrThrow(cast.officerA, id);
    await updateProject(cast.officerA2, editOf(loaded, { expectedJobs: 320 }));
    await expectDomainError(updateProject(cast.officerA, editOf(loaded, { agreementName: '投资协议' })), 'conflict');
    expect(await getProjectOrThrow(cast.officerA, id)).toMatchObject({ version: 2, agreementName: '投资合作协议', expectedJobs: 320 });
  });

  it('lets the project’s team and admins edit; another team gets not found, leaders and liaisons forbidden', async () => {
    const { id } = await signed(cast.officerA);
    const loaded = await getProjectOrThrow(cast.officerA, id);
    await expectDomainError(updateProject(cast.officerB, editOf(loaded, { kind: 'expansion' })), 'notFound');
    await expectDomainError(updateProject(cast.leader, editOf(loaded, { kind: 'expansion' })), 'forbidden');
    await expectDomainError(updateProject(cast.liaison, editOf(loaded, { kind: 'expansion' })), 'forbidden');
    expect((await getProjectOrThrow(cast.admin, id)).kind).toBe('new');
    await updateProject(cast.admin, editOf(loaded, { kind: 'expansion' }));
    expect((await getProjectOrThrow(cast.officerA, id)).kind).toBe('expansion');
  });

  it('checks the edit form as the signing form: fixed assets within the contract', () => {
    const form = { id: crypto.randomUUID(), version: '1', agreementName: '协议', signedOn: '2026-04-18', occasion: '', kind: 'new', contractedInvestment: '100', fixedAssetInvestment: '120', landArea: '', expectedJobs: '', expectedOutput: '' };
    const result = projectUpdateSchema.safeParse(form);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['fixedAssetInvestment', 'fixedAboveContracted']]);
    expect(projectUpdateSchema.parse({ ...form, fixedAssetInvestment: '100' })).toMatchObject({ version: 1, contractedInvestment: 100, fixedAssetInvestment: 100, landArea: null, expectedJobs: null });
  });
});

describe('funds in place', () => {
  it('keeps the project total and the running total in step with every entry, edit and delete', async () => {
    const { id } = await signed(cast.officerA, { contractedInvestment: 8000, fixedAssetInvestment: 6000 });
    const first = await addProjectFunds(cast.officerA, { projectId: id, receivedOn: '2026-05-10', amount: 1200.5, source: 'domestic', note: '首笔' });
    await addProjectFunds(cast.officerA, { projectId: id, receivedOn: '2026-03-01', amount: 800, source: 'foreign', note: '' });
    expect((await listProjectFunds(cast.officerA, id)).map((f) => [f.receivedOn, f.amount, f.runningTotal])).toEqual([
      ['2026-03-01', 800, 800],
      ['2026-05-10', 1200.5, 2000.5],
    ]);
    expect((await getProjectOrThrow(cast.officerA, id)).fundsInPlace).toBe(2000.5);

    await updateProjectFunds(cast.officerA, { id: first.id, version: 1, receivedOn: '2026-05-10', amount: 1000, source: 'domestic', note: '更正' });
    await expectDomainError(updateProjectFunds(cast.officerA2, { id: first.id, version: 1, receivedOn: '2026-05-10', amount: 9, source: 'domestic', note: '' }), 'conflict');
    expect((await getProjectOrThrow(cast.officerA, id)).fundsInPlace).toBe(1800);

    await deleteProjectFunds(cast.officerA, first.id, 2);
    expect((await getProjectOrThrow(cast.officerA, id)).fundsInPlace).toBe(800);
    const totals = await projectTotals(cast.officerA, { chainId });
    expect(totals.fundsInPlace).toBeGreaterThanOrEqual(800);

    const db = await getDb();
    const audit = await db.select({ action: auditLogs.action }).from(auditLogs).where(eq(auditLogs.entityId, first.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('refuses another team’s project and read-only roles', async () => {
    const { id } = await signed(cast.officerA);
    const entry = { projectId: id, receivedOn: '2026-05-10', amount: 10, source: 'domestic' as const, note: '' };
    await expectDomainError(addProjectFunds(cast.officerB, entry), 'notFound');
    await expectDomainError(addProjectFunds(cast.leader, entry), 'forbidden');
    await expectDomainError(listProjectFunds(cast.officerB, id), 'notFound');
    expect(await listProjectFunds(cast.leader, id)).toEqual([]);
  });
});

describe('milestones', () => {
  it('moves the project across the wall chart by actual dates and lets only leaders verify', async () => {
    const { id } = await signed(cast.officerA);
    const construction = (await listMilestones(cast.officerA, id)).find((m) => m.kind === 'construction')!;
    await updateMilestone(cast.officerA, { id: construction.id, version: 1, plannedOn: '2026-09-01', actualOn: '2026-10-08', progress: 30, notes: '主体开挖' });
    const project = await getProjectOrThrow(cast.officerA, id);
    expect(project).toMatchObject({ status: 'building', nextDueOn: '2027-12-01' });
    const board = await listProjectBoard(cast.officerA, {});
    expect(board.find((c) => c.status === 'building')!.cards.map((c) => c.id)).toContain(id);

    for (const viewer of [cast.officerA, cast.admin, cast.liaison]) await expectDomainError(verifyMilestone(viewer, construction.id, 2), 'forbidden');
    await verifyMilestone(cast.leader, construction.id, 2);
    const verified = (await listMilestones(cast.leader, id)).find((m) => m.kind === 'construction')!;
    expect(verified.verifiedAt).toBeInstanceOf(Date);
    await expectDomainError(verifyMilestone(cast.leader, construction.id, 3), 'notVerifiable');

    // A changed actual date needs a new 核验.
    await updateMilestone(cast.officerA, { id: construction.id, version: 3, plannedOn: '2026-09-01', actualOn: '2026-10-09', progress: 35, notes: '主体开挖' });
    expect((await listMilestones(cast.officerA, id)).find((m) => m.kind === 'construction')!.verifiedAt).toBeNull();
  });

  it('cannot verify a milestone without an actual date, and keeps other teams out', async () => {
    const { id } = await signed(cast.officerA);
    const [registered] = await listMilestones(cast.officerA, id);
    await expectDomainError(verifyMilestone(cast.leader, registered.id, 1), 'notVerifiable');
    await expectDomainError(updateMilestone(cast.officerB, { id: registered.id, version: 1, plannedOn: null, actualOn: '2026-05-01', progress: 100, notes: '' }), 'notFound');
    await expectDomainError(updateMilestone(cast.officerA, { id: registered.id, version: 9, plannedOn: null, actualOn: '2026-05-01', progress: 100, notes: '' }), 'conflict');
  });

  it('counts a late milestone in the next-due date', async () => {
    const { id } = await signed(cast.officerA, { plannedStartOn: '2020-01-01', plannedProductionOn: '2021-01-01' });
    const db = await getDb();
    const [row] = await db.select({ nextDueOn: projects.nextDueOn }).from(projects).where(eq(projects.id, id));
    expect(row.nextDueOn).toBe('2020-01-01');
    const late = await db.select({ id: projectMilestones.id }).from(projectMilestones).where(sql`${projectMilestones.projectId} = ${id} and ${projectMilestones.actualOn} is null and ${projectMilestones.plannedOn} < current_date`);
    expect(late).toHaveLength(2);
  });
});

describe('evidence files', () => {
  it('stores a real PDF and serves it to the team and to leaders only', async () => {
    const { id } = await signed(cast.officerA);
    const { id: fileId } = await addEvidence(cast.officerA, { projectId: id, milestoneId: null, kind: 'agreement', fileName: '投资协议.pdf', bytes: PDF });
    expect((await listEvidence(cast.officerA, id)).map((f) => [f.fileName, f.mimeType, f.size])).toEqual([['投资协议.pdf', 'application/pdf', PDF.byteLength]]);
    const file = await getEvidenceFile(cast.leader, fileId);
    expect(Buffer.compare(file.content, Buffer.from(PDF))).toBe(0);
    await expectDomainError(getEvidenceFile(cast.officerB, fileId), 'notFound');
    await expectDomainError(getEvidenceFile(cast.liaison, fileId), 'forbidden');

    await expectDomainError(deleteEvidence(cast.officerB, id, fileId), 'notFound');
    await deleteEvidence(cast.officerA2, id, fileId);
    expect(await listEvidence(cast.officerA, id)).toEqual([]);
    await expectDomainError(getEvidenceFile(cast.officerA, fileId), 'notFound');
  });

  it('refuses a program named .pdf, a mismatched name, and files over 20 MB', async () => {
    const { id } = await signed(cast.officerA);
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
    await expectDomainError(addEvidence(cast.officerA, { projectId: id, milestoneId: null, kind: 'agreement', fileName: '协议.pdf', bytes: exe }), 'fileTypeNotAllowed', 'file');
    await expectDomainError(addEvidence(cast.officerA, { projectId: id, milestoneId: null, kind: 'agreement', fileName: '协议.png', bytes: PDF }), 'fileTypeMismatch', 'file');
    const huge = new Uint8Array(20 * 1024 * 1024 + 1);
    huge.set(PDF);
    await expectDomainError(addEvidence(cast.officerA, { projectId: id, milestoneId: null, kind: 'agreement', fileName: '协议.pdf', bytes: huge }), 'fileTooLarge', 'file');
    expect(await listEvidence(cast.officerA, id)).toEqual([]);
  });

  it('refuses uploads to another team’s project and a milestone of another project', async () => {
    const mine = await signed(cast.officerA);
    const other = await signed(cast.officerA);
    const [otherMilestone] = await listMilestones(cast.officerA, other.id);
    await expectDomainError(addEvidence(cast.officerB, { projectId: mine.id, milestoneId: null, kind: 'other', fileName: 'a.pdf', bytes: PDF }), 'notFound');
    await expectDomainError(addEvidence(cast.officerA, { projectId: mine.id, milestoneId: otherMilestone.id, kind: 'other', fileName: 'a.pdf', bytes: PDF }), 'invalidChoice', 'milestoneId');
  });
});

describe('wall chart and table', () => {
  it('scopes officers to their team and filters by facets and months', async () => {
    const a = await signed(cast.officerA, { signedOn: '2025-11-03', occasion: '2025年秋季集中签约' });
    const b = await signed(cast.officerB, { signedOn: '2025-12-20', occasion: '' });
    const idsOf = async (viewer: Viewer, filter: Parameters<typeof listProjects>[1]) => (await listProjects(viewer, filter)).rows.map((r) => r.id);
    expect(await idsOf(cast.officerA, { year: 2025 })).toEqual([a.id]);
    expect(await idsOf(cast.leader, { year: 2025 })).toEqual([b.id, a.id]);
    expect(await idsOf(cast.leader, { year: 2025, fromMonth: '2025-12', toMonth: '2025-12' })).toEqual([b.id]);
    expect(await idsOf(cast.leader, { year: 2025, occasion: '2025年秋季集中签约' })).toEqual([a.id]);
    expect(await idsOf(cast.leader, { year: 2025, teamId: cast.teamB.id })).toEqual([b.id]);
    expect(await idsOf(cast.liaison, {}).catch((e: Error) => e.message)).toBe('forbidden');
    const totals = await projectTotals(cast.leader, { year: 2025 });
    expect(totals).toMatchObject({ count: 2, contracted: 12000, fundsInPlace: 0 });
  });

  it('exports exactly what the count counted, even when a project is signed mid-export', async () => {
    const filter = { year: 2025 };
    const { count, asOf } = await projectTotals(cast.leader, filter);
    await signed(cast.officerA, { signedOn: '2025-06-30' });
    const exported: string[] = [];
    for await (const batch of iterateProjectExport(cast.leader, filter, asOf)) exported.push(...batch.map((r) => r.id));
    expect(exported).toHaveLength(count);
    expect((await projectTotals(cast.leader, filter)).count).toBe(count + 1);
  });

  it('pages with a keyset cursor without gaps or repeats', async () => {
    const viewer = cast.leader;
    const all: string[] = [];
    let after: string | undefined;
    do {
      const page = await listProjects(viewer, { after, sort: 'amount' });
      all.push(...page.rows.map((r) => r.id));
      after = page.next ?? undefined;
    } while (after);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe((await projectTotals(viewer, {})).count);
  });
});

describe('chain map', () => {
  it('counts signed projects and their funds in place per node', async () => {
    const before = (await getChainMap(cast.leader, chainId)).nodes.find((n) => n.id === nodeId)!;
    const { id } = await signed(cast.officerB);
    await addProjectFunds(cast.officerB, { projectId: id, receivedOn: '2026-06-01', amount: 321.5, source: 'domestic', note: '' });
    const after = (await getChainMap(cast.officerA, chainId)).nodes.find((n) => n.id === nodeId)!;
    expect(after.signedProjects).toBe(before.signedProjects + 1);
    expect(after.fundsInPlace).toBeCloseTo(before.fundsInPlace + 321.5, 2);
  });
});
