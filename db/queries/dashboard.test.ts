import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { followUps, leadEvents, leads, meetings, projectMilestones } from '@/db/schema';
import { expectDomainError } from '@/db/test-expect';
import { enterpriseInput, leadInput, makeChainNode, makeNegotiatingLead, makeZoneViewers, signInput, withTestDb } from '@/db/test-utils';
import { insertNode } from './chains';
import { getBreakdown, getFunnel, getKpis, getOfficerFigures, getTeamLeague, getTrend, getWatchLists, yearElapsed } from './dashboard';
import { insertEnterprise } from './enterprises';
import { assignLead, insertLead, moveLeadStage } from './leads';
import { addProjectFunds, deleteProjectFunds } from './project-funds';
import { signLead } from './projects';
import { saveTarget } from './targets';
import type { Viewer } from './viewer';

withTestDb();

let cast: Awaited<ReturnType<typeof makeZoneViewers>>;
const ids: Record<string, string> = {};
const FAR = '2030-01-01';
// "Now" for every section: Thursday 2026-11-26 noon in the zone, day 330 of 365.
const NOW = new Date('2026-11-26T12:00:00+08:00');
const Y2026 = { year: 2026 };
const at = (iso: string) => new Date(iso);

/**
 * The fixed data set (times Asia/Shanghai). Chain 1 (nodes n1 missing, n2 weak, n3 strong), chain 2 (m1 missing).
 * Team A: lead a1 on n1 created 2025-12-31 23:30 (2025), stays 线索, stalled; lead a2 on n1 created 2026-01-01 00:10,
 *   contacted 01-05 00:10, dropped 03-01 00:10; project pA1 (chain 1, 8000 万元, major) signed 2026-03-10 — events
 *   contacted 01-10, site_visit 01-20, negotiating 02-01, signed 03-10 (10:00), meeting 03-01, funds 500 on 2026-01-01
 *   and 200 on 2025-12-31, construction 2026-03-15 verified; project pA2 (chain 1, 3000) signed 2025-12-31, all its
 *   events in 2025, meeting 2025-12-31 23:30, no funds, construction 2026-04-01 verified; follow-ups due 11-25 (open,
 *   on a1), 11-26 (open, not yet overdue), 11-01 (done).
 * Team B: lead b1 (no chain) created 2026-02-01; project pB1 (chain 2, 6000, major) signed 2026-01-01 — contacted
 *   2025-12-20, site_visit 2025-12-31 23:30, negotiating 2026-01-01 00:10, signed 2026-01-01 09:00, meeting 2026-01-01
 *   00:10, funds 1000 on 07-05 and 300 deleted, construction 07-01 NOT verified; project pB2 (chain 2, 2000, action 建)
 *   signed 2026-11-20 — contacted 05-01, site_visit 06-01, negotiating 09-01, signed 11-20, meeting 10-01, no funds,
 *   construction 06-01 verified (after spring), production planned 10-01 not reached (late); follow-up due 10-01 open.
 */
beforeAll(async () => {
  cast = await makeZoneViewers();
  const db = await getDb();
  const chain1 = await makeChainNode(cast.admin, '看板测试链一', 'n1');
  const chain2 = await makeChainNode(cast.admin, '看板测试链二', 'm1');
  ids.chain1 = chain1.chainId;
  ids.chain2 = chain2.chainId;
  ids.n1 = chain1.nodeId;
  ids.m1 = chain2.nodeId;
  ids.n2 = (await insertNode(cast.admin, { chainId: chain1.chainId, name: 'n2', position: 'midstream', status: 'weak', keyProducts: '', sortOrder: 1 })).id;
  ids.n3 = (await insertNode(cast.admin, { chainId: chain1.chainId, name: 'n3', position: 'downstream', status: 'strong', keyProducts: '', sortOrder: 2 })).id;

  const sign = async (officer: Viewer, name: string, nodeId: string, extra: Parameters<typeof signInput>[1], lead: Parameters<typeof makeNegotiatingLead>[2] = {}) => {
    const l = await makeNegotiatingLead(officer, nodeId, { projectName: name, ...lead });
    ids[`${name}Lead`] = l.leadId;
    ids[name] = (await signLead(officer, signInput(l, { plannedStartOn: FAR, plannedProductionOn: FAR, ...extra }))).id;
  };
  await sign(cast.officerA, 'pA1', ids.n1, { signedOn: '2026-03-10', contractedInvestment: 8000 });
  await sign(cast.officerA, 'pA2', ids.n1, { signedOn: '2025-12-31', contractedInvestment: 3000 });
  await sign(cast.officerB, 'pB1', ids.m1, { signedOn: '2026-01-01', contractedInvestment: 6000 });
  await sign(cast.officerB, 'pB2', ids.m1, { signedOn: '2026-11-20', contractedInvestment: 2000 }, { chainAction: 'build' });
  const plainLead = async (officer: Viewer, name: string, nodeId: string | null) => {
    const enterpriseId = (await insertEnterprise(officer, enterpriseInput(`${name}看板企业`))).id;
    ids[`${name}Enterprise`] = enterpriseId;
    ids[name] = (await insertLead(officer, leadInput(enterpriseId, { projectName: `${name}看板线索`, nodeId }))).id;
  };
  await plainLead(cast.officerA, 'a1', ids.n1);
  await plainLead(cast.officerA, 'a2', ids.n1);
  await plainLead(cast.officerB, 'b1', null);
  await moveLeadStage(cast.officerA, ids.a2, 1, 'contacted', '');
  await moveLeadStage(cast.officerA, ids.a2, 2, 'dropped', '企业放弃');

  await addProjectFunds(cast.officerA, { projectId: ids.pA1, receivedOn: '2026-01-01', amount: 500, source: 'domestic', note: '' });
  await addProjectFunds(cast.officerA, { projectId: ids.pA1, receivedOn: '2025-12-31', amount: 200, source: 'domestic', note: '' });
  await addProjectFunds(cast.officerB, { projectId: ids.pB1, receivedOn: '2026-07-05', amount: 1000, source: 'domestic', note: '' });
  const deleted = await addProjectFunds(cast.officerB, { projectId: ids.pB1, receivedOn: '2026-08-01', amount: 300, source: 'domestic', note: '' });
  await deleteProjectFunds(cast.officerB, deleted.id, 1);

  // The data layer stamps now(): place every lead, stage event and meeting at its known time.
  await db.update(leads).set({ createdAt: at('2025-06-01T10:00:00+08:00'), lastActivityAt: at('2026-11-25T10:00:00+08:00') });
  await db.update(leads).set({ createdAt: at('2025-12-31T23:30:00+08:00'), lastActivityAt: at('2026-09-01T10:00:00+08:00') }).where(eq(leads.id, ids.a1));
  await db.update(leads).set({ createdAt: at('2026-01-01T00:10:00+08:00') }).where(eq(leads.id, ids.a2));
  await db.update(leads).set({ createdAt: at('2026-02-01T10:00:00+08:00') }).where(eq(leads.id, ids.b1));
  const stageAt = async (leadId: string, times: Record<string, string>) => {
    for (const [stage, iso] of Object.entries(times)) {
      await db.update(leadEvents).set({ at: at(iso) }).where(and(eq(leadEvents.leadId, leadId), eq(leadEvents.kind, 'stage'), sql`${leadEvents.toStage} = ${stage}`));
    }
  };
  await stageAt(ids.a2, { contacted: '2026-01-05T00:10:00+08:00', dropped: '2026-03-01T00:10:00+08:00' });
  await stageAt(ids.pA1Lead, { contacted: '2026-01-10T10:00:00+08:00', site_visit: '2026-01-20T10:00:00+08:00', negotiating: '2026-02-01T10:00:00+08:00', signed: '2026-03-10T10:00:00+08:00' });
  await stageAt(ids.pA2Lead, { contacted: '2025-10-01T10:00:00+08:00', site_visit: '2025-11-01T10:00:00+08:00', negotiating: '2025-12-01T10:00:00+08:00', signed: '2025-12-31T10:00:00+08:00' });
  await stageAt(ids.pB1Lead, { contacted: '2025-12-20T10:00:00+08:00', site_visit: '2025-12-31T23:30:00+08:00', negotiating: '2026-01-01T00:10:00+08:00', signed: '2026-01-01T09:00:00+08:00' });
  await stageAt(ids.pB2Lead, { contacted: '2026-05-01T10:00:00+08:00', site_visit: '2026-06-01T10:00:00+08:00', negotiating: '2026-09-01T10:00:00+08:00', signed: '2026-11-20T10:00:00+08:00' });
  const meetingAt = (leadId: string, iso: string) => db.update(meetings).set({ occurredAt: at(iso) }).where(eq(meetings.leadId, leadId));
  await meetingAt(ids.pA1Lead, '2026-03-01T10:00:00+08:00');
  await meetingAt(ids.pA2Lead, '2025-12-31T23:30:00+08:00');
  await meetingAt(ids.pB1Lead, '2026-01-01T00:10:00+08:00');
  await meetingAt(ids.pB2Lead, '2026-10-01T10:00:00+08:00');

  const milestone = (projectId: string, kind: 'construction' | 'production', set: Partial<typeof projectMilestones.$inferInsert>) =>
    db.update(projectMilestones).set(set).where(and(eq(projectMilestones.projectId, projectId), eq(projectMilestones.kind, kind)));
  const verified = { verifiedAt: at('2026-11-01T10:00:00+08:00'), verifiedBy: cast.leader.id };
  await milestone(ids.pA1, 'construction', { actualOn: '2026-03-15', ...verified });
  await milestone(ids.pA2, 'construction', { actualOn: '2026-04-01', ...verified });
  await milestone(ids.pB1, 'construction', { actualOn: '2026-07-01' });
  await milestone(ids.pB2, 'construction', { actualOn: '2026-06-01', ...verified });
  await milestone(ids.pB2, 'production', { plannedOn: '2026-10-01' });

  const followUp = (officer: Viewer, teamId: string, enterpriseId: string, leadId: string | null, title: string, dueDate: string, done = false) =>
    db.insert(followUps).values({ enterpriseId, leadId, teamId, ownerId: officer.id, title, dueDate, doneAt: done ? at('2026-11-01T10:00:00+08:00') : null }).returning({ id: followUps.id });
  ids.fuA = (await followUp(cast.officerA, cast.teamA.id, ids.a1Enterprise, ids.a1, '看板逾期A', '2026-11-25'))[0].id;
  await followUp(cast.officerA, cast.teamA.id, ids.a1Enterprise, ids.a1, '看板今日A', '2026-11-26');
  await followUp(cast.officerA, cast.teamA.id, ids.a1Enterprise, ids.a1, '看板已办A', '2026-11-01', true);
  ids.fuB = (await followUp(cast.officerB, cast.teamB.id, ids.b1Enterprise, ids.b1, '看板逾期B', '2026-10-01'))[0].id;

  const empty = { majorProjects: null, fundsInPlace: null, signings: null, signingAmount: null, newLeads: null, springStarts: null };
  await saveTarget(cast.leader, { year: 2026, teamId: null, version: 0, ...empty, majorProjects: 36, fundsInPlace: 840000, signings: 40, signingAmount: 500000, newLeads: 200, springStarts: 21 });
  await saveTarget(cast.leader, { year: 2026, teamId: cast.teamA.id, version: 0, ...empty, majorProjects: 4, fundsInPlace: 100000 });
});

describe('getKpis', () => {
  it('counts the zone’s year against the zone’s targets (verified starts only, Shanghai year boundaries, deleted funds out)', async () => {
    const kpis = await getKpis(cast.leader, Y2026, { now: NOW });
    expect(kpis.figures).toEqual({ majorStarts: 1, springStarts: 2, signings: 3, signingAmount: 16000, fundsInPlace: 1500, newLeads: 2 });
    expect(kpis.targets).toEqual({ majorProjects: 36, fundsInPlace: 840000, signings: 40, signingAmount: 500000, newLeads: 200, springStarts: 21 });
    expect(kpis.elapsed).toBeCloseTo(330 / 365, 10);
  });

  it('cuts by team (with the team’s targets) and by chain', async () => {
    const a = await getKpis(cast.leader, { ...Y2026, teamId: cast.teamA.id }, { now: NOW });
    expect(a.figures).toEqual({ majorStarts: 1, springStarts: 2, signings: 1, signingAmount: 8000, fundsInPlace: 500, newLeads: 1 });
    expect(a.targets.majorProjects).toBe(4);
    expect(a.targets.signings).toBeNull();
    const b = await getKpis(cast.leader, { ...Y2026, teamId: cast.teamB.id }, { now: NOW });
    expect(b.figures).toEqual({ majorStarts: 0, springStarts: 0, signings: 2, signingAmount: 8000, fundsInPlace: 1000, newLeads: 1 });
    expect(b.targets.majorProjects).toBeNull();
    const chain1 = await getKpis(cast.leader, { ...Y2026, chainId: ids.chain1 }, { now: NOW });
    expect(chain1.figures).toEqual({ majorStarts: 1, springStarts: 2, signings: 1, signingAmount: 8000, fundsInPlace: 500, newLeads: 1 });
    const chain2 = await getKpis(cast.leader, { ...Y2026, chainId: ids.chain2 }, { now: NOW });
    expect(chain2.figures).toEqual({ majorStarts: 0, springStarts: 0, signings: 2, signingAmount: 8000, fundsInPlace: 1000, newLeads: 0 });
  });

  it('counts 2025 on its own: the 12-31 signing, funds and the 23:30 lead', async () => {
    const kpis = await getKpis(cast.leader, { year: 2025 }, { now: NOW });
    expect(kpis.figures).toEqual({ majorStarts: 0, springStarts: 0, signings: 1, signingAmount: 3000, fundsInPlace: 200, newLeads: 5 });
    expect(kpis.elapsed).toBe(1);
  });

  it('holds an officer to their own team, whatever team they ask for; liaisons may not look', async () => {
    const kpis = await getKpis(cast.officerA, { ...Y2026, teamId: cast.teamB.id }, { now: NOW });
    expect(kpis.figures).toEqual({ majorStarts: 1, springStarts: 2, signings: 1, signingAmount: 8000, fundsInPlace: 500, newLeads: 1 });
    expect(kpis.targets.majorProjects).toBe(4);
    await expectDomainError(getKpis(cast.liaison, Y2026), 'forbidden');
  });
});

describe('yearElapsed', () => {
  it('is the share of days gone by, inclusive of today', () => {
    expect(yearElapsed(2026, '2026-01-01')).toBeCloseTo(1 / 365, 10);
    expect(yearElapsed(2026, '2026-12-31')).toBe(1);
    expect(yearElapsed(2024, '2024-12-31')).toBe(1);
    expect(yearElapsed(2025, '2026-03-01')).toBe(1);
    expect(yearElapsed(2027, '2026-03-01')).toBe(0);
  });
});

describe('getFunnel', () => {
  it('counts current stages, the year’s entries and conversions, and median days per stage', async () => {
    const funnel = await getFunnel(cast.leader, Y2026);
    expect(funnel.onHold).toBe(0);
    expect(funnel.dropped).toBe(1);
    const byStage = Object.fromEntries(funnel.steps.map((s) => [s.stage, s]));
    expect(funnel.steps.map((s) => s.stage)).toEqual(['lead', 'contacted', 'site_visit', 'negotiating', 'signed']);
    expect(byStage.lead).toMatchObject({ current: 2, entered: 2, advanced: 1, conversion: 0.5, medianDays: 4 });
    expect(byStage.contacted).toMatchObject({ current: 0, entered: 3, advanced: 2, medianDays: 31 });
    expect(byStage.contacted.conversion).toBeCloseTo(2 / 3, 10);
    expect(byStage.site_visit).toMatchObject({ current: 0, entered: 2, advanced: 2, conversion: 1, medianDays: 52 });
    expect(byStage.negotiating).toMatchObject({ current: 0, entered: 3, advanced: 3, conversion: 1, medianDays: 37 });
    expect(byStage.signed).toMatchObject({ current: 4, entered: 3, advanced: null, conversion: null, medianDays: null });
  });

  it('cuts by team and chain; officers see their team’s', async () => {
    const officer = await getFunnel(cast.officerA, Y2026);
    const leader = await getFunnel(cast.leader, { ...Y2026, teamId: cast.teamA.id });
    expect(officer).toEqual(leader);
    const byStage = Object.fromEntries(officer.steps.map((s) => [s.stage, s]));
    // Team A: a1 (线索, created 2025), a2 (dropped), pA1 and pA2 (签约).
    expect(byStage.lead).toMatchObject({ current: 1, entered: 1, advanced: 1, medianDays: 4 });
    expect(byStage.contacted).toMatchObject({ entered: 2, advanced: 1 });
    expect(byStage.signed).toMatchObject({ current: 2, entered: 1 });
    const chain2 = Object.fromEntries((await getFunnel(cast.leader, { ...Y2026, chainId: ids.chain2 })).steps.map((s) => [s.stage, s]));
    expect(chain2.lead).toMatchObject({ current: 0, entered: 0, conversion: null });
    // Stays of 80 days 8 h 50 min and of under a day count as 80 and 0 whole days; the median of two is their mean.
    expect(chain2.negotiating).toMatchObject({ entered: 2, advanced: 2, medianDays: (80 + 0) / 2 });
  });
});

describe('getBreakdown', () => {
  it('splits active leads, signings, 签约额 and funds by chain and by chain action', async () => {
    const { chains, actions } = await getBreakdown(cast.leader, Y2026);
    expect(chains.find((c) => c.chainId === ids.chain1)).toMatchObject({ activeLeads: 1, signings: 1, signingAmount: 8000, fundsInPlace: 500 });
    expect(chains.find((c) => c.chainId === ids.chain2)).toMatchObject({ activeLeads: 0, signings: 2, signingAmount: 8000, fundsInPlace: 1000 });
    expect(actions).toEqual([
      { action: 'supplement', activeLeads: 0, signings: 0, signingAmount: 0, fundsInPlace: 0 },
      { action: 'extend', activeLeads: 0, signings: 2, signingAmount: 14000, fundsInPlace: 1500 },
      { action: 'upgrade', activeLeads: 0, signings: 0, signingAmount: 0, fundsInPlace: 0 },
      { action: 'build', activeLeads: 0, signings: 1, signingAmount: 2000, fundsInPlace: 0 },
      { action: null, activeLeads: 2, signings: 0, signingAmount: 0, fundsInPlace: 0 },
    ]);
    const teamB = await getBreakdown(cast.officerB, { ...Y2026, chainId: ids.chain1 });
    expect(teamB.chains).toEqual([{ chainId: ids.chain1, chainName: '看板测试链一', activeLeads: 0, signings: 0, signingAmount: 0, fundsInPlace: 0 }]);
  });
});

describe('getTeamLeague', () => {
  it('has one row per team with hand-computed figures, sortable', async () => {
    const rows = await getTeamLeague(cast.leader, Y2026, 'meetings', { now: NOW });
    const a = { teamId: cast.teamA.id, teamName: cast.teamA.name, activeLeads: 1, meetings: 1, signings: 1, signingAmount: 8000, fundsInPlace: 500, overdueFollowUps: 1 };
    const b = { teamId: cast.teamB.id, teamName: cast.teamB.name, activeLeads: 1, meetings: 2, signings: 2, signingAmount: 8000, fundsInPlace: 1000, overdueFollowUps: 1 };
    expect(rows).toEqual([b, a]);
    expect(await getTeamLeague(cast.leader, Y2026, 'team', { now: NOW })).toEqual([a, b].sort((x, y) => x.teamName.localeCompare(y.teamName)));
    expect((await getTeamLeague(cast.leader, Y2026, 'fundsInPlace', { now: NOW }))[0].teamId).toBe(cast.teamB.id);
    // A chain cut: chain 1's follow-ups are those on its leads (a1's), its meetings none (the enterprises have no chain).
    const chain1 = await getTeamLeague(cast.leader, { ...Y2026, chainId: ids.chain1 }, 'team', { now: NOW });
    expect(chain1.find((r) => r.teamId === cast.teamA.id)).toEqual({ ...a, meetings: 0 });
    expect(chain1.find((r) => r.teamId === cast.teamB.id)).toEqual({ ...b, activeLeads: 0, meetings: 0, signings: 0, signingAmount: 0, fundsInPlace: 0, overdueFollowUps: 0 });
    expect(await getTeamLeague(cast.officerA, Y2026, 'team', { now: NOW })).toEqual([a]);
  });
});

describe('getTrend', () => {
  it('gives 12 months of this year and last year', async () => {
    const points = await getTrend(cast.leader, Y2026);
    expect(points).toHaveLength(12);
    const zero = { signings: 0, signingAmount: 0, fundsInPlace: 0, lastSignings: 0, lastSigningAmount: 0, lastFundsInPlace: 0 };
    const expected = points.map((p) => ({ ...zero, month: p.month }));
    expected[0] = { ...expected[0], signings: 1, signingAmount: 6000, fundsInPlace: 500 };
    expected[2] = { ...expected[2], signings: 1, signingAmount: 8000 };
    expected[6] = { ...expected[6], fundsInPlace: 1000 };
    expected[10] = { ...expected[10], signings: 1, signingAmount: 2000 };
    expected[11] = { ...expected[11], lastSignings: 1, lastSigningAmount: 3000, lastFundsInPlace: 200 };
    expect(points).toEqual(expected);
    expect(points.map((p) => p.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const officerB = await getTrend(cast.officerB, Y2026);
    expect(officerB[2].signingAmount).toBe(0);
    expect(officerB[11].lastSigningAmount).toBe(0);
  });
});

describe('getWatchLists', () => {
  it('lists overdue follow-ups, late milestones, stalled leads, uncovered gaps and the year’s signings', async () => {
    const lists = await getWatchLists(cast.leader, Y2026, { now: NOW });
    expect(lists.overdueFollowUps.map((f) => f.id)).toEqual([ids.fuB, ids.fuA]);
    expect(lists.overdueFollowUps[1]).toMatchObject({ leadId: ids.a1, enterpriseId: ids.a1Enterprise, dueDate: '2026-11-25' });
    expect(lists.lateMilestones.map((m) => [m.projectId, m.kind, m.plannedOn])).toEqual([[ids.pB2, 'production', '2026-10-01']]);
    expect(lists.stalledLeads.map((l) => l.id)).toEqual([ids.a1]);
    expect(lists.chainGaps.map((g) => g.nodeId).sort()).toEqual([ids.n2, ids.m1].sort());
    expect(lists.latestSignings.map((p) => p.id)).toEqual([ids.pB2, ids.pA1, ids.pB1]);

    const chain1 = await getWatchLists(cast.leader, { ...Y2026, chainId: ids.chain1 }, { now: NOW });
    expect(chain1.overdueFollowUps.map((f) => f.id)).toEqual([ids.fuA]);
    expect(chain1.chainGaps.map((g) => g.nodeId)).toEqual([ids.n2]);
    expect(chain1.latestSignings.map((p) => p.id)).toEqual([ids.pA1]);
    expect(chain1.lateMilestones).toEqual([]);

    const officerA = await getWatchLists(cast.officerA, Y2026, { now: NOW });
    expect(officerA.overdueFollowUps.map((f) => f.id)).toEqual([ids.fuA]);
    expect(officerA.lateMilestones).toEqual([]);
    expect(officerA.latestSignings.map((p) => p.id)).toEqual([ids.pA1]);
  });
});

describe('getOfficerFigures', () => {
  it('counts the officer’s own leads, meetings, signings and funds in the year', async () => {
    expect(await getOfficerFigures(cast.officerA, 2026)).toEqual({ newLeads: 1, meetings: 1, signings: 1, signingAmount: 8000, fundsInPlace: 500 });
    expect(await getOfficerFigures(cast.officerA2, 2026)).toEqual({ newLeads: 0, meetings: 0, signings: 0, signingAmount: 0, fundsInPlace: 0 });
    expect(await getOfficerFigures(cast.officerB, 2026)).toEqual({ newLeads: 1, meetings: 2, signings: 2, signingAmount: 8000, fundsInPlace: 1000 });
  });
});

/** Every rollup row with a non-zero figure, in one order: what the triggers kept, to compare with a rebuild. */
async function rollupSnapshot() {
  const db = await getDb();
  const { rows } = await db.execute(sql`
    select 'daily' as t, to_jsonb(d) as row from daily_figures d
      where (new_leads, stage_moves, meetings, signings, signing_amount, funds_in_place, construction_starts) <> (0, 0, 0, 0, 0, 0, 0)
    union all select 'monthly', to_jsonb(m) from monthly_figures m
      where (new_leads, stage_moves, meetings, signings, signing_amount, funds_in_place, construction_starts) <> (0, 0, 0, 0, 0, 0, 0)
    union all select 'funnel', to_jsonb(f) from funnel_cohorts f where leads <> 0
    union all select 'counts', to_jsonb(c) from lead_counts c where leads <> 0
    order by 1, 2`);
  return rows;
}

describe('rollups', () => {
  it('hold what a rebuild from the business tables gives, after every kind of write the fixture made', async () => {
    const kept = await rollupSnapshot();
    expect(kept.length).toBeGreaterThan(20);
    await (await getDb()).execute(sql`select rebuild_rollups()`);
    expect(await rollupSnapshot()).toEqual(kept);
  });

  it('move a lead’s figures, cohorts and count with it when it changes team', async () => {
    const db = await getDb();
    const before = await getTeamLeague(cast.leader, Y2026, 'team', { now: NOW });
    const [lead] = await db.select({ version: leads.version }).from(leads).where(eq(leads.id, ids.b1));
    await assignLead(cast.leader, ids.b1, lead.version, cast.teamA.id, cast.officerA.id);
    const after = await getTeamLeague(cast.leader, Y2026, 'team', { now: NOW });
    const active = (rows: typeof before, teamId: string) => rows.find((r) => r.teamId === teamId)!.activeLeads;
    expect(active(after, cast.teamA.id)).toBe(active(before, cast.teamA.id) + 1);
    expect(active(after, cast.teamB.id)).toBe(active(before, cast.teamB.id) - 1);
    const kept = await rollupSnapshot();
    await db.execute(sql`select rebuild_rollups()`);
    expect(await rollupSnapshot()).toEqual(kept);
  });
});
