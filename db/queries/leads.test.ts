import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { leadFacets } from '@/db/lead-derived';
import { leadEvents, leads } from '@/db/schema';
import { expectDomainError } from '@/db/test-expect';
import { enterpriseInput, leadInput, makeTeam, makeViewer, makeZoneViewers, withTestDb } from '@/db/test-utils';
import { insertChain, insertNode } from './chains';
import { insertEnterprise } from './enterprises';
import { logMeeting } from './meetings';
import { assignLead, findLeadConflicts, getLeadOrThrow, insertLead, listEnterpriseFollowers, listLeadBoard, listLeadEvents, listLeads, moveLeadStage, updateLead } from './leads';
import type { Viewer } from './viewer';

withTestDb();

let teamA: { id: string; name: string };
let teamB: { id: string; name: string };
let officerA: Viewer;
let officerA2: Viewer;
let officerB: Viewer;
let leader: Viewer;
let admin: Viewer;
let liaison: Viewer;
let nodeId: string;

async function enterprise(name: string) {
  return (await insertEnterprise(admin, enterpriseInput(name))).id;
}

beforeAll(async () => {
  ({ teamA, teamB, officerA, officerA2, officerB, leader, admin, liaison } = await makeZoneViewers());
  const chain = await insertChain(admin, { name: '线索测试链', description: '', leaderId: null, teamId: null, sortOrder: 0 });
  nodeId = (await insertNode(admin, { chainId: chain.id, name: '线束', position: 'midstream', status: 'missing', keyProducts: '', sortOrder: 0 })).id;
});

describe('creating leads', () => {
  it('puts an officer’s lead in their team, owned by them, at stage 线索, with facets and a created event', async () => {
    const { id } = await insertLead(officerA, leadInput(await enterprise('创建测试有限公司'), { teamId: teamB.id }));
    const lead = await getLeadOrThrow(officerA, id);
    expect(lead).toMatchObject({ teamId: teamA.id, ownerId: officerA.id, stage: 'lead', conflict: false, canEdit: true });
    const db = await getDb();
    const [row] = await db.select().from(leads).where(eq(leads.id, id));
    expect(row.facets).toEqual(leadFacets(row));
    expect((await listLeadEvents(officerA, id)).map((e) => e.kind)).toEqual(['created']);
  });

  it('creates the enterprise inline when none is chosen', async () => {
    const { id } = await insertLead(officerA, leadInput('', { enterpriseId: null, newEnterpriseName: '内联新建企业有限公司' }));
    expect((await getLeadOrThrow(officerA, id)).enterpriseName).toBe('内联新建企业有限公司');
  });

  it('refuses an owner from another team', async () => {
    await expectDomainError(insertLead(officerA, leadInput(await enterprise('负责人测试'), { ownerId: officerB.id })), 'ownerNotInTeam', 'ownerId');
    const { id } = await insertLead(officerA, leadInput(await enterprise('同队负责人'), { ownerId: officerA2.id }));
    expect((await getLeadOrThrow(officerA, id)).ownerId).toBe(officerA2.id);
  });

  it('lets leaders and admins choose the team, and requires one', async () => {
    await expectDomainError(insertLead(admin, leadInput(await enterprise('无专班'))), 'teamRequired', 'teamId');
    const { id } = await insertLead(admin, leadInput(await enterprise('管理员建'), { teamId: teamB.id, ownerId: officerB.id }));
    expect((await getLeadOrThrow(officerB, id)).teamId).toBe(teamB.id);
    await expectDomainError(insertLead(leader, leadInput(await enterprise('领导建'), { teamId: teamB.id })), 'forbidden');
    await expectDomainError(insertLead(liaison, leadInput(await enterprise('联络员建'))), 'forbidden');
  });
});

describe('撞单 guard', () => {
  it('warns, then flags both leads and shows other teams only team and owner', async () => {
    const eId = await enterprise('撞单测试有限公司');
    const first = await insertLead(officerA, leadInput(eId));
    expect(await findLeadConflicts(officerB, eId, null)).toEqual([{ teamName: teamA.name, ownerName: officerA.displayName }]);
    await expectDomainError(insertLead(officerB, leadInput(eId)), 'leadConflict', 'enterpriseId');
    const second = await insertLead(officerB, leadInput(eId, { acknowledgeConflict: true }));
    expect(second.conflict).toBe(true);
    expect((await getLeadOrThrow(officerA, first.id)).conflict).toBe(true);
    expect((await listLeadEvents(officerA, first.id)).map((e) => e.kind)).toContain('conflict');

    const seenByB = await listEnterpriseFollowers(officerB, eId);
    const otherTeam = seenByB.find((f) => f.teamName === teamA.name)!;
    expect(otherTeam).toEqual({ leadId: null, projectName: null, stage: null, teamName: teamA.name, ownerName: officerA.displayName });
    expect(seenByB.find((f) => f.teamName === teamB.name)?.leadId).toBe(second.id);
    expect((await listEnterpriseFollowers(leader, eId)).every((f) => f.leadId)).toBe(true);
  });

  it('does not count the team’s own leads or dropped ones', async () => {
    const eId = await enterprise('同队不撞单');
    await insertLead(officerA, leadInput(eId));
    await insertLead(officerA2, leadInput(eId));
    const other = await enterprise('终止不撞单');
    const { id } = await insertLead(officerA, leadInput(other));
    await moveLeadStage(officerA, id, 1, 'dropped', '企业放弃');
    expect((await insertLead(officerB, leadInput(other))).conflict).toBe(false);
  });
});

describe('stages and gates', () => {
  it('moves along the pipeline, records each change, and enforces the 深度洽谈 gate on the server', async () => {
    const { id } = await insertLead(officerA, leadInput(await enterprise('阶段测试有限公司')));
    await moveLeadStage(officerA, id, 1, 'contacted', '');
    // 考察互访 needs a logged meeting first.
    expect((await getLeadOrThrow(officerA, id)).gates.site_visit).toEqual(['meeting']);
    await expectDomainError(moveLeadStage(officerA, id, 2, 'site_visit', ''), 'gateFieldsRequired');
    const { enterpriseId } = await getLeadOrThrow(officerA, id);
    await logMeeting(officerA, {
      enterpriseId, leadId: id, kind: 'visit_out', occurredAt: '2026-11-20T10:00', place: '', summary: '首次拜访', outcome: '', attendeeIds: [], contactIds: [],
      newContactName: '', newContactMobile: '', nextStep: '', nextStepOwnerId: null, nextStepDue: null,
    });
    await moveLeadStage(officerA, id, 2, 'site_visit', '');
    await expectDomainError(moveLeadStage(officerA, id, 3, 'negotiating', ''), 'gateFieldsRequired');
    const before = await getLeadOrThrow(officerA, id);
    expect(before.gates.negotiating).toEqual(['nodeId', 'chainAction', 'intendedInvestment']);
    await updateLead(officerA, { id, version: 3, projectName: before.projectName, content: '', nodeId, chainAction: 'supplement', intendedInvestment: 8000, landArea: 50, expectedJobs: 200, sourceMethod: 'referral', sourceDetail: '', priority: 'high', expectedSigningMonth: '2027-03' });
    expect((await getLeadOrThrow(officerA, id)).gates.negotiating).toEqual([]);
    await moveLeadStage(officerA, id, 4, 'negotiating', '');
    await expectDomainError(moveLeadStage(officerA, id, 5, 'signed', ''), 'signViaProject');
    await expectDomainError(moveLeadStage(officerA, id, 5, 'on_hold', ''), 'required', 'reason');
    await moveLeadStage(officerA, id, 5, 'on_hold', '企业资金链紧张');
    await moveLeadStage(officerA, id, 6, 'negotiating', '');
    const stages = (await listLeadEvents(officerA, id)).filter((e) => e.kind === 'stage').map((e) => `${e.fromStage}>${e.toStage}`);
    expect(stages).toEqual(['on_hold>negotiating', 'negotiating>on_hold', 'site_visit>negotiating', 'contacted>site_visit', 'lead>contacted']);
    // An edit may not empty a field the current stage's gate needs.
    await expectDomainError(
      updateLead(officerA, { id, version: 7, projectName: 'x', content: '', nodeId, chainAction: 'supplement', intendedInvestment: null, landArea: null, expectedJobs: null, sourceMethod: null, sourceDetail: '', priority: 'medium', expectedSigningMonth: null }),
      'gateFieldsRequired',
      'intendedInvestment',
    );
  });

  it('refuses a stale version for edits and moves', async () => {
    const { id } = await insertLead(officerA, leadInput(await enterprise('版本线索')));
    await moveLeadStage(officerA, id, 1, 'contacted', '');
    await expectDomainError(moveLeadStage(officerA2, id, 1, 'lead', ''), 'conflict');
    await expectDomainError(
      updateLead(officerA2, { id, version: 1, projectName: '覆盖', content: '', nodeId: null, chainAction: null, intendedInvestment: null, landArea: null, expectedJobs: null, sourceMethod: null, sourceDetail: '', priority: 'low', expectedSigningMonth: null }),
      'conflict',
    );
    expect((await getLeadOrThrow(officerA, id)).projectName).toBe('年产20万套汽车线束项目');
  });
});

describe('team scope for every operation', () => {
  it('another team’s officer cannot read, edit, move or assign, and lists exclude it', async () => {
    const { id } = await insertLead(officerA, leadInput(await enterprise('范围测试有限公司'), { projectName: '范围测试项目' }));
    await expectDomainError(getLeadOrThrow(officerB, id), 'notFound');
    await expectDomainError(listLeadEvents(officerB, id), 'notFound');
    await expectDomainError(moveLeadStage(officerB, id, 1, 'contacted', ''), 'notFound');
    await expectDomainError(
      updateLead(officerB, { id, version: 1, projectName: 'x', content: '', nodeId: null, chainAction: null, intendedInvestment: null, landArea: null, expectedJobs: null, sourceMethod: null, sourceDetail: '', priority: 'low', expectedSigningMonth: null }),
      'notFound',
    );
    await expectDomainError(assignLead(officerB, id, 1, teamB.id, officerB.id), 'notFound');
    expect((await listLeads(officerB, { q: '范围测试' })).rows).toHaveLength(0);
    const board = await listLeadBoard(officerB, {});
    expect(board.flatMap((c) => c.cards).some((c) => c.id === id)).toBe(false);
    expect((await listLeads(leader, { q: '范围测试' })).rows.map((r) => r.id)).toEqual([id]);
  });

  it('liaisons have no lead access at all', async () => {
    await expectDomainError(listLeads(liaison, {}), 'forbidden');
    await expectDomainError(listLeadBoard(liaison, {}), 'forbidden');
    await expectDomainError(listEnterpriseFollowers(liaison, '00000000-0000-4000-8000-000000000000'), 'forbidden');
  });

  it('leaders reassign across teams; officers only within their team; the change is in the history', async () => {
    const { id } = await insertLead(officerA, leadInput(await enterprise('分配测试有限公司')));
    await expectDomainError(assignLead(officerA, id, 1, teamB.id, officerB.id), 'forbidden');
    await assignLead(officerA, id, 1, teamA.id, officerA2.id);
    await expectDomainError(assignLead(leader, id, 2, teamB.id, officerA.id), 'ownerNotInTeam', 'ownerId');
    await assignLead(leader, id, 2, teamB.id, officerB.id);
    const lead = await getLeadOrThrow(officerB, id);
    expect(lead).toMatchObject({ teamId: teamB.id, ownerId: officerB.id });
    await expectDomainError(getLeadOrThrow(officerA, id), 'notFound');
    const db = await getDb();
    const assigned = await db.select({ data: leadEvents.data }).from(leadEvents).where(eq(leadEvents.leadId, id));
    expect(assigned.filter((e) => 'ownerId' in e.data)).toHaveLength(2);
  });
});

describe('board and table', () => {
  it('totals count and 万元 per stage and filters by facets, amount and stalled', async () => {
    const team = await makeTeam();
    const officer = await makeViewer('officer', team);
    const ids = [];
    for (const amount of [1000, 2000, 3000]) ids.push((await insertLead(officer, leadInput(await enterprise(`看板${amount}`), { intendedInvestment: amount, sourceMethod: 'trade_fair' }))).id);
    await moveLeadStage(officer, ids[0], 1, 'contacted', '');
    const board = await listLeadBoard(officer, {});
    expect(board.find((c) => c.stage === 'lead')).toMatchObject({ count: 2, amount: 5000 });
    expect(board.find((c) => c.stage === 'contacted')).toMatchObject({ count: 1, amount: 1000 });
    expect((await listLeads(officer, { minAmount: 1500, maxAmount: 2500 })).rows.map((r) => r.id)).toEqual([ids[1]]);
    expect((await listLeads(officer, { method: 'trade_fair', stage: 'lead' })).total).toBe(2);

    const db = await getDb();
    await db.update(leads).set({ lastActivityAt: new Date(Date.now() - 40 * 86_400_000) }).where(eq(leads.id, ids[2]));
    const stalled = await listLeads(officer, { stalled: '1' });
    expect(stalled.rows.map((r) => [r.id, r.stalled])).toEqual([[ids[2], true]]);
    expect((await listLeads(officer, { idleDays: 35 })).rows.map((r) => r.id)).toEqual([ids[2]]);
  });
});

describe('permission matrix: role × operation on one team-A lead', () => {
  type Op = 'create' | 'read' | 'update' | 'move' | 'assign';
  // What each viewer may do with a lead of team A (officerB is the other team's officer).
  const EXPECTED: Record<string, Record<Op, 'ok' | 'forbidden' | 'notFound'>> = {
    admin: { create: 'ok', read: 'ok', update: 'ok', move: 'ok', assign: 'ok' },
    leader: { create: 'forbidden', read: 'ok', update: 'forbidden', move: 'forbidden', assign: 'ok' },
    officerA: { create: 'ok', read: 'ok', update: 'ok', move: 'ok', assign: 'ok' },
    officerB: { create: 'ok', read: 'notFound', update: 'notFound', move: 'notFound', assign: 'notFound' },
    liaison: { create: 'forbidden', read: 'forbidden', update: 'forbidden', move: 'forbidden', assign: 'forbidden' },
  };

  it.each(Object.keys(EXPECTED))('%s', async (who) => {
    const viewer = { admin, leader, officerA, officerB, liaison }[who as 'admin']!;
    const { id } = await insertLead(officerA, leadInput(await enterprise(`矩阵${who}有限公司`)));
    const lead = () => getLeadOrThrow(admin, id);
    const ops: Record<Op, () => Promise<unknown>> = {
      // Officers create for their own team (owner: themselves); leaders and admins name team and owner.
      create: async () => insertLead(viewer, leadInput(await enterprise(`矩阵新建${who}`), viewer.role === 'officer' ? {} : { teamId: teamA.id, ownerId: officerA.id })),
      read: () => getLeadOrThrow(viewer, id),
      update: async () => {
        const l = await lead();
        return updateLead(viewer, { id, version: l.version, projectName: `改${who}`, content: '', nodeId: null, chainAction: null, intendedInvestment: null, landArea: null, expectedJobs: null, sourceMethod: null, sourceDetail: '', priority: 'low', expectedSigningMonth: null });
      },
      move: async () => moveLeadStage(viewer, id, (await lead()).version, 'contacted', ''),
      // An officer reassigns within their own team; leaders and admins to team A's second officer.
      assign: async () => assignLead(viewer, id, (await lead()).version, who === 'officerB' ? teamB.id : teamA.id, who === 'officerB' ? officerB.id : officerA2.id),
    };
    for (const op of Object.keys(ops) as Op[]) {
      const expected = EXPECTED[who][op];
      if (expected === 'ok') await expect(ops[op](), `${who} ${op}`).resolves.toBeTruthy();
      else await expectDomainError(ops[op](), expected);
    }
  });
});
