import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLogs, followUps, leadEvents, leads, meetings, projectFunds, projects, type LeadStage, type SourceMethod } from '@/db/schema';
import { expectDomainError } from '@/db/test-expect';
import { enterpriseInput, makeViewer, makeZoneViewers, withTestDb } from '@/db/test-utils';
import type { Viewer } from '@/db/queries/viewer';
import type { AssessmentQuery } from '@/lib/validation/assessment';
import { getAssessment, recordAssessmentExport } from './assessment';
import { insertEnterprise } from './enterprises';

withTestDb();

let cast: Awaited<ReturnType<typeof makeZoneViewers>>;
const TODAY = '2026-07-10';
// The first half of 2026, both ends included.
const query = (extra: Partial<AssessmentQuery> = {}): AssessmentQuery => ({ from: '2026-01-01', to: '2026-06-30', by: 'officer', sort: 'name', dir: 'asc', ...extra });
// Asia/Shanghai wall-clock time as an instant.
const sh = (local: string) => new Date(`${local}+08:00`);

/**
 * The fixed data set (teams A and B; officers A1, A2 of A and B of B), with what each record counts for:
 * leads created, meetings of each method in and out of the period (both Shanghai midnights), stage moves
 * with `at` set directly, projects signed on the boundary days with funds inside and outside.
 */
beforeAll(async () => {
  cast = await makeZoneViewers();
  const { teamA, teamB, officerA: a1, officerA2: a2, officerB: b } = cast;
  // A disabled officer with nothing in the period stays off the list.
  await makeViewer('officer', teamA, { disabled: true });
  const db = await getDb();
  const enterpriseId = (await insertEnterprise(a1, enterpriseInput('考核测试企业'))).id;

  const lead = async (owner: Viewer, teamId: string, sourceMethod: SourceMethod | null, createdAt: string, stage: LeadStage = 'lead') =>
    (await db.insert(leads).values({ projectName: '考核测试项目', enterpriseId, teamId, ownerId: owner.id, sourceMethod, stage, createdAt: sh(createdAt) }).returning({ id: leads.id }))[0].id;
  const l1 = await lead(a1, teamA.id, 'fixed_point', '2026-01-01T00:30:00'); // new: A1
  const l2 = await lead(a1, teamA.id, 'door_knocking', '2025-12-31T23:30:00'); // before the period
  const l3 = await lead(a2, teamA.id, 'referral', '2026-03-01T09:00:00'); // new: A2
  const l4 = await lead(b, teamB.id, 'trade_fair', '2026-07-01T00:00:00'); // after the period
  const l5 = await lead(b, teamB.id, null, '2026-06-30T23:59:00'); // new: B

  const meeting = (createdBy: Viewer, teamId: string, leadId: string | null, at: string, extra: { deletedAt?: Date; attendeeIds?: string[] } = {}) => ({
    enterpriseId, leadId, teamId, kind: 'visit_out' as const, occurredAt: sh(at), summary: '拜访', createdBy: createdBy.id, ...extra,
  });
  await db.insert(meetings).values([
    meeting(a1, teamA.id, l1, '2026-01-01T00:00:00'), // in: 定点
    meeting(a1, teamA.id, l1, '2025-12-31T23:59:59'), // out
    meeting(a1, teamA.id, l2, '2026-06-30T23:59:59'), // in: 敲门
    meeting(a1, teamA.id, l2, '2026-07-01T00:00:00'), // out
    meeting(a1, teamA.id, l1, '2026-02-01T10:00:00', { deletedAt: new Date() }), // deleted
    meeting(a2, teamA.id, l3, '2026-03-05T10:00:00', { attendeeIds: [a1.id] }), // in: 以商招商, for A2 who logged it
    meeting(b, teamB.id, null, '2026-04-01T10:00:00'), // in: 其他 (no lead)
    meeting(b, teamB.id, l4, '2026-04-02T10:00:00'), // in: 其他 (展会)
    meeting(b, teamB.id, l5, '2026-05-01T10:00:00'), // in: 其他 (no method)
  ]);

  const move = (leadId: string, fromStage: LeadStage, toStage: LeadStage, at: string) => ({ leadId, kind: 'stage' as const, fromStage, toStage, at: sh(at) });
  await db.insert(leadEvents).values([
    move(l1, 'lead', 'contacted', '2026-02-01T10:00:00'), // forward
    move(l1, 'contacted', 'site_visit', '2026-03-01T10:00:00'), // forward, same lead: counted once
    move(l2, 'lead', 'contacted', '2025-12-31T23:00:00'), // before the period
    move(l3, 'lead', 'on_hold', '2026-03-10T10:00:00'), // a side exit
    move(l3, 'on_hold', 'contacted', '2026-03-20T10:00:00'), // a reopening, not an advance
    move(l4, 'negotiating', 'signed', '2026-06-30T23:30:00'), // forward (signing)
    move(l5, 'contacted', 'lead', '2026-05-02T10:00:00'), // backward
  ]);

  const project = async (owner: Viewer, teamId: string, leadId: string, signedOn: string, contractedInvestment: number) =>
    (await db.insert(projects).values({ leadId, enterpriseId, teamId, ownerId: owner.id, name: '考核测试项目', agreementName: '投资协议', signedOn, kind: 'new', contractedInvestment }).returning({ id: projects.id }))[0].id;
  const p1 = await project(a1, teamA.id, l2, '2026-01-01', 6000);
  const p2 = await project(b, teamB.id, l4, '2026-06-30', 1234.5);
  const p3 = await project(a2, teamA.id, l3, '2025-12-31', 8000); // signed before the period
  await project(b, teamB.id, l5, '2026-07-01', 999); // after the period
  await db.insert(projectFunds).values([
    { projectId: p1, receivedOn: '2026-03-01', amount: 1000 },
    { projectId: p1, receivedOn: '2025-12-31', amount: 500 }, // before
    { projectId: p1, receivedOn: '2026-04-01', amount: 200, deletedAt: new Date() }, // deleted
    { projectId: p3, receivedOn: '2026-06-30', amount: 300 }, // in, on a project signed earlier
    { projectId: p2, receivedOn: '2026-07-01', amount: 50 }, // after
  ]);

  const followUp = (owner: Viewer, teamId: string, dueDate: string, extra: { doneAt?: Date; deletedAt?: Date } = {}) => ({ enterpriseId, teamId, ownerId: owner.id, title: '跟进', dueDate, ...extra });
  await db.insert(followUps).values([
    followUp(a1, teamA.id, '2026-07-09'), // overdue
    followUp(a1, teamA.id, TODAY), // due today: not yet overdue
    followUp(a2, teamA.id, '2026-01-05', { doneAt: new Date() }), // done
    followUp(b, teamB.id, '2026-07-01'), // overdue
    followUp(b, teamB.id, '2026-06-01', { deletedAt: new Date() }), // deleted
  ]);
});

const zero = { meetings: 0, fixedPoint: 0, doorKnocking: 0, referral: 0, otherMethod: 0, newLeads: 0, leadsAdvanced: 0, signings: 0, signingAmount: 0, fundsInPlace: 0, overdueFollowUps: 0 };

describe('考核 per officer', () => {
  it('counts every measure per officer, with zero rows and the totals', async () => {
    const { rows, totals } = await getAssessment(cast.leader, query(), { today: TODAY });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(rows).toHaveLength(3);
    expect(byId.get(cast.officerA.id)).toMatchObject({
      teamId: cast.teamA.id, teamName: cast.teamA.name,
      ...zero, meetings: 2, fixedPoint: 1, doorKnocking: 1, newLeads: 1, leadsAdvanced: 1, signings: 1, signingAmount: 6000, fundsInPlace: 1000, overdueFollowUps: 1,
    });
    expect(byId.get(cast.officerA2.id)).toMatchObject({ teamName: cast.teamA.name, ...zero, meetings: 1, referral: 1, newLeads: 1, fundsInPlace: 300 });
    expect(byId.get(cast.officerB.id)).toMatchObject({
      teamName: cast.teamB.name, ...zero, meetings: 3, otherMethod: 3, newLeads: 1, leadsAdvanced: 1, signings: 1, signingAmount: 1234.5, overdueFollowUps: 1,
    });
    expect(totals).toEqual({ meetings: 6, fixedPoint: 1, doorKnocking: 1, referral: 1, otherMethod: 3, newLeads: 3, leadsAdvanced: 2, signings: 2, signingAmount: 7234.5, fundsInPlace: 1300, overdueFollowUps: 2 });
  });

  it('lists an officer with nothing in a quiet period, all zero', async () => {
    const { rows, totals } = await getAssessment(cast.admin, query({ from: '2024-01-01', to: '2024-12-31' }), { today: TODAY });
    expect(rows).toHaveLength(3);
    // Overdue follow-ups are as of today, whatever the period.
    expect(totals).toEqual({ ...zero, overdueFollowUps: 2 });
  });

  it('narrows to one team’s officers', async () => {
    const { rows, totals } = await getAssessment(cast.leader, query({ teamId: cast.teamB.id }), { today: TODAY });
    expect(rows.map((r) => r.id)).toEqual([cast.officerB.id]);
    expect(totals.meetings).toBe(3);
  });

  it('sorts by any column in either direction, ties by name', async () => {
    const ids = async (extra: Partial<AssessmentQuery>) => (await getAssessment(cast.leader, query(extra), { today: TODAY })).rows.map((r) => r.id);
    const { officerA: a1, officerA2: a2, officerB: b } = cast;
    expect(await ids({ sort: 'meetings', dir: 'desc' })).toEqual([b.id, a1.id, a2.id]);
    expect(await ids({ sort: 'fundsInPlace', dir: 'asc' })).toEqual([b.id, a2.id, a1.id]);
    const byName = [a1, a2, b].sort((x, y) => (x.displayName < y.displayName ? -1 : 1));
    expect(await ids({ sort: 'name', dir: 'asc' })).toEqual(byName.map((v) => v.id));
    expect(await ids({ sort: 'name', dir: 'desc' })).toEqual(byName.reverse().map((v) => v.id));
    const signers = [a1, b].sort((x, y) => (x.displayName < y.displayName ? -1 : 1)).map((v) => v.id);
    expect(await ids({ sort: 'signings', dir: 'desc' })).toEqual([...signers, a2.id]);
    const teamA = [a1, a2].sort((x, y) => (x.displayName < y.displayName ? -1 : 1)).map((v) => v.id);
    expect(await ids({ sort: 'team', dir: 'desc' })).toEqual(cast.teamA.name > cast.teamB.name ? [...teamA, b.id] : [b.id, ...teamA]);
  });
});

describe('考核 per team', () => {
  it('counts each team’s records, with the totals', async () => {
    const { rows, totals } = await getAssessment(cast.leader, query({ by: 'team', sort: 'signingAmount', dir: 'desc' }), { today: TODAY });
    expect(rows.map((r) => r.id)).toEqual([cast.teamA.id, cast.teamB.id]);
    expect(rows[0]).toMatchObject({ name: cast.teamA.name, ...zero, meetings: 3, fixedPoint: 1, doorKnocking: 1, referral: 1, newLeads: 2, leadsAdvanced: 1, signings: 1, signingAmount: 6000, fundsInPlace: 1300, overdueFollowUps: 1 });
    expect(rows[1]).toMatchObject({ name: cast.teamB.name, ...zero, meetings: 3, otherMethod: 3, newLeads: 1, leadsAdvanced: 1, signings: 1, signingAmount: 1234.5, overdueFollowUps: 1 });
    expect(totals).toEqual({ meetings: 6, fixedPoint: 1, doorKnocking: 1, referral: 1, otherMethod: 3, newLeads: 3, leadsAdvanced: 2, signings: 2, signingAmount: 7234.5, fundsInPlace: 1300, overdueFollowUps: 2 });
    const asc = await getAssessment(cast.admin, query({ by: 'team', sort: 'signingAmount', dir: 'asc', teamId: cast.teamB.id }), { today: TODAY });
    expect(asc.rows.map((r) => r.id)).toEqual([cast.teamB.id]);
  });
});

describe('disabled officers', () => {
  it('stay listed for a period that holds something of theirs', async () => {
    const gone = await makeViewer('officer', cast.teamB, { disabled: true });
    const db = await getDb();
    const enterpriseId = (await insertEnterprise(cast.officerB, enterpriseInput('考核停用测试企业'))).id;
    await db.insert(meetings).values({ enterpriseId, teamId: cast.teamB.id, kind: 'call', occurredAt: sh('2023-05-05T10:00:00'), summary: '电话', createdBy: gone.id });
    const { rows } = await getAssessment(cast.leader, query({ from: '2023-01-01', to: '2023-12-31', sort: 'meetings', dir: 'desc' }), { today: TODAY });
    expect(rows[0].id).toBe(gone.id);
    expect(rows).toHaveLength(4);
    expect((await getAssessment(cast.leader, query({ from: '2022-01-01', to: '2022-12-31' }), { today: TODAY })).rows).toHaveLength(3);
  });
});

describe('who may see it', () => {
  it('refuses officers and liaisons (assessment.view), and audits an export', async () => {
    await expectDomainError(getAssessment(cast.officerA, query()), 'forbidden');
    await expectDomainError(getAssessment(cast.liaison, query()), 'forbidden');
    await expectDomainError(recordAssessmentExport(cast.officerB, { query: query(), rows: 0 }), 'forbidden');
    await recordAssessmentExport(cast.leader, { query: query(), rows: 3 });
    const db = await getDb();
    const [row] = await db.select({ actorId: auditLogs.actorId, changes: auditLogs.changes }).from(auditLogs).where(eq(auditLogs.entityType, 'assessment'));
    expect(row).toMatchObject({ actorId: cast.leader.id, changes: { format: 'xlsx', from: '2026-01-01', to: '2026-06-30', by: 'officer', rows: 3 } });
  });
});
