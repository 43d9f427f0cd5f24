import { count, eq, ne, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { leadFacets } from '@/db/lead-derived';
import { getChainMap, listChains } from '@/db/queries/chains';
import { listConflicts } from '@/db/queries/lead-conflicts';
import { findActiveViewer } from '@/db/queries/viewer';
import { intakeItems, leadEvents, leads, users, type Lead, type LeadEvent } from '@/db/schema';
import { withTestDb } from '@/db/test-utils';
import { ACTIVE_STAGES, BOARD_STAGES, isStalled, missingForStage } from '@/lib/lead-stages';
import { seedDemo } from './demo';

withTestDb();

let rows: Lead[];
let events: LeadEvent[];

beforeAll(async () => {
  const db = await getDb();
  await seedDemo(db);
  // The pipeline: the signed leads came with their projects (demo-projects.test.ts checks those).
  rows = await db.select().from(leads).where(ne(leads.stage, 'signed'));
  events = await db.select().from(leadEvents).orderBy(leadEvents.at, leadEvents.id);
});

async function leaderViewer() {
  const db = await getDb();
  const [leader] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'leader'));
  return (await findActiveViewer(leader.id))!;
}

const tally = <T extends string>(items: T[]) => items.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<T, number>());

describe('demo leads', () => {
  it('has ~400 leads in every board stage and none signed, spread over teams, methods and actions', () => {
    expect(rows).toHaveLength(400);
    const stages = tally(rows.map((r) => r.stage));
    for (const stage of BOARD_STAGES) expect(stages.get(stage), stage).toBeGreaterThan(20);
    expect(stages.has('signed')).toBe(false);
    expect(new Set(rows.map((r) => r.teamId)).size).toBe(7);
    expect(new Set(rows.map((r) => r.sourceMethod).filter(Boolean)).size).toBe(6);
    expect(new Set(rows.map((r) => r.chainAction).filter(Boolean)).size).toBe(4);
    const amounts = rows.map((r) => r.intendedInvestment).filter((a) => a !== null);
    expect(Math.min(...amounts)).toBeGreaterThanOrEqual(500);
    expect(Math.max(...amounts)).toBeLessThanOrEqual(200_000);
    expect(amounts.filter((a) => a >= 5000).length / amounts.length).toBeGreaterThan(0.25);
    expect(rows.filter((r) => isStalled(r.stage, r.lastActivityAt)).length).toBeGreaterThan(30);
  });

  it('stores facets = leadFacets(row) on every lead', () => {
    for (const r of rows) expect(r.facets, r.id).toEqual(leadFacets(r));
  });

  it('meets the 深度洽谈 gate on every negotiating lead', () => {
    for (const r of rows.filter((l) => l.stage === 'negotiating')) expect(missingForStage({ ...r, meetings: null }, 'negotiating'), r.id).toEqual([]);
  });

  it('gives each lead a past history that ends in its stage and activity', () => {
    const now = Date.now();
    const since = now - 550 * 86_400_000;
    for (const r of rows) {
      const own = events.filter((e) => e.leadId === r.id);
      expect(['created', 'intakeAccepted'], r.id).toContain(own[0].kind);
      expect(own[0].at.getTime(), r.id).toBe(r.createdAt.getTime());
      const moves = own.filter((e) => e.kind === 'stage');
      expect(moves.at(-1)?.toStage ?? 'lead', r.id).toBe(r.stage);
      expect(r.stageChangedAt.getTime(), r.id).toBe((moves.at(-1) ?? own[0]).at.getTime());
      if (r.stage === 'on_hold' || r.stage === 'dropped') expect(r.stageReason, r.id).not.toBe('');
      // A 'conflict' event does not move activity (insertLead leaves the other team's lead as it was).
      expect(Math.max(...own.filter((e) => e.kind !== 'conflict').map((e) => e.at.getTime())), r.id).toBe(r.lastActivityAt.getTime());
      for (const e of own) expect(e.at.getTime()).toBeLessThan(now);
      expect(r.createdAt.getTime()).toBeGreaterThan(since);
    }
    expect(events.some((e) => e.kind === 'assigned')).toBe(true);
  });

  it('leaves every chain an uncovered gap, 车规级芯片 among them (e2e/chains.spec.ts opens it)', async () => {
    const leader = await leaderViewer();
    const chains = await listChains(leader);
    for (const chain of chains) expect(chain.gaps, chain.name).toBeGreaterThan(0);
    const auto = await getChainMap(leader, chains.find((c) => c.name === '汽车及零部件')!.id);
    expect(auto.nodes.find((n) => n.name === '车规级芯片')?.gap).toBe(true);
    expect(auto.suggestions.length).toBeGreaterThan(0);
  });

  it('has three 撞单, each two active leads of two teams, listed for a leader', async () => {
    const groups = await listConflicts(await leaderViewer());
    expect(groups).toHaveLength(3);
    for (const g of groups) {
      expect(g.leads).toHaveLength(2);
      expect(new Set(g.leads.map((l) => l.teamId)).size).toBe(2);
      for (const l of g.leads) {
        expect(ACTIVE_STAGES).toContain(l.stage);
        expect(events.filter((e) => e.leadId === l.id && e.kind === 'conflict')).toHaveLength(1);
      }
    }
  });

  it('has the liaison intake: mostly pending, one accepted with its lead, one declined with a reason', async () => {
    const db = await getDb();
    const items = await db.select().from(intakeItems);
    expect(tally(items.map((i) => i.status))).toEqual(new Map([['pending', 6], ['declined', 1], ['accepted', 1]]));
    const accepted = items.find((i) => i.status === 'accepted')!;
    expect(rows.find((r) => r.id === accepted.leadId)?.sourceMethod).toBe('department');
    expect(events.find((e) => e.leadId === accepted.leadId)?.kind).toBe('intakeAccepted');
    expect(items.find((i) => i.status === 'declined')?.declineReason).not.toBe('');
  });

  it('adds nothing when the demo is loaded again', async () => {
    const db = await getDb();
    await seedDemo(db);
    const [after] = await db.select({ leads: count() }).from(leads).where(ne(leads.stage, 'signed'));
    const [eventsAfter] = await db.select({ n: count() }).from(leadEvents);
    const [intakeAfter] = await db.select({ n: count() }).from(intakeItems);
    expect([after.leads, eventsAfter.n, intakeAfter.n]).toEqual([400, events.length, 8]);
    const officers = await db.select({ n: count() }).from(users).where(sql`${users.role} = 'officer'`);
    expect(officers[0].n).toBe(7);
  });
});
