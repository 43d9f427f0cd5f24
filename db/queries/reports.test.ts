import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLogs, followUps, leadEvents, leads, meetings, projectMilestones } from '@/db/schema';
import { expectDomainError } from '@/db/test-expect';
import { enterpriseInput, leadInput, makeChainNode, makeNegotiatingLead, makeZoneViewers, signInput, withTestDb } from '@/db/test-utils';
import { parsePeriod } from '@/lib/report-period';
import { insertEnterprise } from './enterprises';
import { insertLead } from './leads';
import { addProjectFunds, deleteProjectFunds } from './project-funds';
import { signLead } from './projects';
import { getReport, recordReportExport, type ReportFigures } from './reports';
import type { Viewer } from './viewer';

withTestDb();

let cast: Awaited<ReturnType<typeof makeZoneViewers>>;
const W47 = parsePeriod('weekly', '2026-W47')!;
const W48 = parsePeriod('weekly', '2026-W48')!;
const NOV = parsePeriod('monthly', '2026-11')!;
// After both weeks: overdue figures are counted as of each week's end.
const LATER = '2026-12-10';
const ids: Record<string, string> = {};

const FAR = '2030-01-01';
const zero: ReportFigures = { newLeads: 0, meetings: 0, stageMoves: 0, signings: 0, signingAmount: 0, fundsInPlace: 0, constructionStarts: 0, overdueFollowUps: 0, lateMilestones: 0 };

/**
 * The small fixed data set (all times Asia/Shanghai; W47 = Mon 11-16 – Sun 11-22, W48 = Mon 11-23 – Sun 11-29):
 * team A: lead a1 created Sun 11-22 23:30 (W47), lead a2 Mon 11-23 00:10 (W48); project pA1 signed 11-24 for
 *   8000 万元 (4 stage moves and its meeting in W48, funds 500 on 11-24 and 100 on 11-16, construction actual
 *   11-24 verified, planned 11-10); project pA2 signed 11-25 for 2000 (meeting Sun 11-22 23:30 → W47; funds 50
 *   deleted; registration planned 11-15 never reached); follow-ups due 11-20 and 11-27, open.
 * team B: lead b1 created Sun 11-29 23:59 (W48), b2 Mon 11-30 00:00 (W49); project pB1 signed 11-20 for 3000
 *   (stage moves Sun 11-22 23:59 → W47, meeting Mon 11-23 00:10 → W48, funds 300 on Sun 11-29, construction
 *   actual 11-25 NOT verified, planned 11-01); follow-up due 11-21, done 11-25.
 */
beforeAll(async () => {
  cast = await makeZoneViewers();
  const { nodeId } = await makeChainNode(cast.admin, '报表测试链', '电芯');
  const db = await getDb();
  const sign = async (officer: Viewer, name: string, extra: Parameters<typeof signInput>[1]) => {
    const lead = await makeNegotiatingLead(officer, nodeId, { projectName: name });
    ids[`${name}Lead`] = lead.leadId;
    ids[`${name}Enterprise`] = lead.enterpriseId;
    ids[name] = (await signLead(officer, signInput(lead, { plannedStartOn: FAR, plannedProductionOn: FAR, ...extra }))).id;
  };
  await sign(cast.officerA, 'pA1', { signedOn: '2026-11-24', contractedInvestment: 8000, plannedStartOn: '2026-11-10' });
  await sign(cast.officerA, 'pA2', { signedOn: '2026-11-25', contractedInvestment: 2000 });
  await sign(cast.officerB, 'pB1', { signedOn: '2026-11-20', contractedInvestment: 3000, plannedStartOn: '2026-11-01' });
  const plainLead = async (officer: Viewer, name: string) => {
    const enterpriseId = (await insertEnterprise(officer, enterpriseInput(`${name}报表企业`))).id;
    ids[name] = (await insertLead(officer, leadInput(enterpriseId, { projectName: name }))).id;
  };
  await plainLead(cast.officerA, 'a1');
  await plainLead(cast.officerA, 'a2');
  await plainLead(cast.officerB, 'b1');
  await plainLead(cast.officerB, 'b2');

  await addProjectFunds(cast.officerA, { projectId: ids.pA1, receivedOn: '2026-11-24', amount: 500, source: 'domestic', note: '' });
  await addProjectFunds(cast.officerA, { projectId: ids.pA1, receivedOn: '2026-11-16', amount: 100, source: 'domestic', note: '' });
  const dropped = await addProjectFunds(cast.officerA, { projectId: ids.pA2, receivedOn: '2026-11-24', amount: 50, source: 'domestic', note: '' });
  await deleteProjectFunds(cast.officerA, dropped.id, 1);
  await addProjectFunds(cast.officerB, { projectId: ids.pB1, receivedOn: '2026-11-29', amount: 300, source: 'domestic', note: '' });

  // The data layer stamps now() (which falls inside W48): move everything out of the way, then place each record.
  await db.update(leads).set({ createdAt: new Date('2026-01-05T10:00:00+08:00') });
  await db.update(leadEvents).set({ at: new Date('2026-01-05T10:00:00+08:00') });
  await db.update(meetings).set({ occurredAt: new Date('2026-01-05T10:00:00+08:00') });
  const at = (iso: string) => new Date(iso);
  await db.update(leads).set({ createdAt: at('2026-11-22T23:30:00+08:00') }).where(eq(leads.id, ids.a1));
  await db.update(leads).set({ createdAt: at('2026-11-23T00:10:00+08:00') }).where(eq(leads.id, ids.a2));
  await db.update(leads).set({ createdAt: at('2026-11-29T23:59:00+08:00') }).where(eq(leads.id, ids.b1));
  await db.update(leads).set({ createdAt: at('2026-11-30T00:00:00+08:00') }).where(eq(leads.id, ids.b2));
  await db.update(leadEvents).set({ at: at('2026-11-23T10:00:00+08:00') }).where(eq(leadEvents.leadId, ids.pA1Lead));
  await db.update(leadEvents).set({ at: at('2026-11-22T23:59:00+08:00') }).where(eq(leadEvents.leadId, ids.pB1Lead));
  await db.update(meetings).set({ occurredAt: at('2026-11-24T10:00:00+08:00') }).where(eq(meetings.leadId, ids.pA1Lead));
  await db.update(meetings).set({ occurredAt: at('2026-11-22T23:30:00+08:00') }).where(eq(meetings.leadId, ids.pA2Lead));
  await db.update(meetings).set({ occurredAt: at('2026-11-23T00:10:00+08:00') }).where(eq(meetings.leadId, ids.pB1Lead));

  const milestone = (project: string, kind: 'construction' | 'registered') => sql`${projectMilestones.projectId} = ${ids[project]} and ${projectMilestones.kind} = ${kind}`;
  await db.update(projectMilestones).set({ actualOn: '2026-11-24', verifiedAt: sql`now()`, verifiedBy: cast.leader.id }).where(milestone('pA1', 'construction'));
  await db.update(projectMilestones).set({ plannedOn: '2026-11-15' }).where(milestone('pA2', 'registered'));
  await db.update(projectMilestones).set({ actualOn: '2026-11-25' }).where(milestone('pB1', 'construction'));

  await db.insert(followUps).values([
    { enterpriseId: ids.pA1Enterprise, teamId: cast.teamA.id, ownerId: cast.officerA.id, title: 'A 逾期', dueDate: '2026-11-20' },
    { enterpriseId: ids.pA1Enterprise, teamId: cast.teamA.id, ownerId: cast.officerA.id, title: 'A 周末到期', dueDate: '2026-11-27' },
    { enterpriseId: ids.pB1Enterprise, teamId: cast.teamB.id, ownerId: cast.officerB.id, title: 'B 已办', dueDate: '2026-11-21', doneAt: at('2026-11-25T10:00:00+08:00') },
  ]);
});

const row = (report: Awaited<ReturnType<typeof getReport>>, teamId: string) => report.teams.find((t) => t.teamId === teamId);

describe('weekly and monthly reports', () => {
  it('counts W48 per team and for the zone, Sunday-night and Monday-midnight records in their own week', async () => {
    const report = await getReport(cast.leader, W48, { today: LATER });
    expect(report).toMatchObject({ overdueAsOf: '2026-11-30', running: false });
    expect(row(report, cast.teamA.id)).toEqual({
      teamId: cast.teamA.id, teamName: cast.teamA.name,
      newLeads: 1, meetings: 1, stageMoves: 4, signings: 2, signingAmount: 10000, fundsInPlace: 500, constructionStarts: 1, overdueFollowUps: 2, lateMilestones: 1,
    });
    expect(row(report, cast.teamB.id)).toEqual({
      teamId: cast.teamB.id, teamName: cast.teamB.name,
      ...zero, newLeads: 1, meetings: 1, fundsInPlace: 300,
    });
    expect(report.zone).toEqual({ newLeads: 2, meetings: 2, stageMoves: 4, signings: 2, signingAmount: 10000, fundsInPlace: 800, constructionStarts: 1, overdueFollowUps: 2, lateMilestones: 1 });
    expect(report.topProjects).toEqual([
      { id: ids.pA1, name: 'pA1', enterpriseName: expect.any(String), teamName: cast.teamA.name, signedOn: '2026-11-24', contractedInvestment: 8000 },
      { id: ids.pA2, name: 'pA2', enterpriseName: expect.any(String), teamName: cast.teamA.name, signedOn: '2026-11-25', contractedInvestment: 2000 },
    ]);
  });

  it('counts W47 with overdue items as of its end, including those closed later', async () => {
    const report = await getReport(cast.admin, W47, { today: LATER });
    expect(report).toMatchObject({ overdueAsOf: '2026-11-23', running: false });
    expect(row(report, cast.teamA.id)).toMatchObject({ ...zero, newLeads: 1, meetings: 1, fundsInPlace: 100, overdueFollowUps: 1, lateMilestones: 2 });
    expect(row(report, cast.teamB.id)).toMatchObject({ ...zero, stageMoves: 4, signings: 1, signingAmount: 3000, overdueFollowUps: 1, lateMilestones: 1 });
    expect(report.zone).toEqual({ ...zero, newLeads: 1, meetings: 1, stageMoves: 4, signings: 1, signingAmount: 3000, fundsInPlace: 100, overdueFollowUps: 2, lateMilestones: 3 });
    expect(report.topProjects.map((p) => p.id)).toEqual([ids.pB1]);
  });

  it('counts overdue items as of today while the week is running', async () => {
    const report = await getReport(cast.leader, W48, { today: '2026-11-26' });
    expect(report).toMatchObject({ overdueAsOf: '2026-11-26', running: true });
    expect(row(report, cast.teamA.id)).toMatchObject({ overdueFollowUps: 1, lateMilestones: 1 });
    expect(report.zone).toMatchObject({ overdueFollowUps: 1, lateMilestones: 1 });
  });

  it('adds the weeks up into the month (b2, created Monday 11-30 in W49, is still November)', async () => {
    const report = await getReport(cast.leader, NOV, { today: LATER });
    expect(report.overdueAsOf).toBe('2026-12-01');
    expect(report.zone).toEqual({ newLeads: 4, meetings: 3, stageMoves: 8, signings: 3, signingAmount: 13000, fundsInPlace: 900, constructionStarts: 1, overdueFollowUps: 2, lateMilestones: 1 });
  });

  it('shows an officer their own team only, without the zone', async () => {
    const report = await getReport(cast.officerB, W48, { today: LATER });
    expect(report.teams.map((t) => t.teamId)).toEqual([cast.teamB.id]);
    expect(report.teams[0]).toMatchObject({ newLeads: 1, meetings: 1, fundsInPlace: 300, signings: 0 });
    expect(report.zone).toBeNull();
    expect(report.topProjects).toEqual([]);
    expect((await getReport(cast.officerA, W47, { today: LATER })).topProjects).toEqual([]);
  });

  it('refuses liaisons and audits an export', async () => {
    await expectDomainError(getReport(cast.liaison, W48), 'forbidden');
    await expectDomainError(recordReportExport(cast.liaison, W48), 'forbidden');
    await recordReportExport(cast.officerA, W48);
    const db = await getDb();
    const audit = await db.select().from(auditLogs).where(eq(auditLogs.entityType, 'report'));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: cast.officerA.id, action: 'export', entityId: '2026-W48', changes: { kind: 'weekly', from: '2026-11-23', to: '2026-11-30', format: 'xlsx' } });
  });
});
