import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { projectFacets } from '@/db/project-derived';
import { listProjectBoard } from '@/db/queries/project-list';
import { findActiveViewer } from '@/db/queries/viewer';
import { auditLogs, leadEvents, leads, meetings, projectFunds, projectMilestones, projects, users, type Project, type ProjectFunds, type ProjectMilestone } from '@/db/schema';
import { withTestDb } from '@/db/test-utils';
import { PIPELINE } from '@/lib/lead-stages';
import { isLate, nextDueOn, projectStatus, zoneToday } from '@/lib/project-status';
import { seedDemo } from './demo';
import { DEMO_PROJECT_COUNT, demoOccasions } from './demo-projects';

withTestDb();

let rows: Project[];
let milestones: ProjectMilestone[];
let funds: ProjectFunds[];
const today = zoneToday();

beforeAll(async () => {
  const db = await getDb();
  await seedDemo(db);
  rows = await db.select().from(projects);
  milestones = await db.select().from(projectMilestones);
  funds = await db.select().from(projectFunds);
});

async function viewer(username: string) {
  const db = await getDb();
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return (await findActiveViewer(user.id))!;
}

const tally = <T extends string>(items: T[]) => items.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<T, number>());

describe('demo projects', () => {
  it('has ~60 signed projects, a third major, at two 集中签约 occasions and on their own', () => {
    expect(rows).toHaveLength(DEMO_PROJECT_COUNT);
    expect(rows.filter((p) => p.major)).toHaveLength(DEMO_PROJECT_COUNT / 3);
    expect(rows.some((p) => p.contractedInvestment === 5000 && p.major)).toBe(true);
    const occasions = tally(rows.map((p) => p.occasion));
    expect([...occasions.keys()].sort()).toEqual(['', ...demoOccasions(Date.parse(`${today}T00:00:00+08:00`)).map((o) => o.name)].sort());
    for (const n of occasions.values()) expect(n).toBeGreaterThan(10);
    expect(new Set(rows.map((p) => p.teamId)).size).toBeGreaterThan(4);
    for (const p of rows) {
      expect(p.signedOn < today, p.name).toBe(true);
      if (p.fixedAssetInvestment !== null) expect(p.fixedAssetInvestment).toBeLessThanOrEqual(p.contractedInvestment);
    }
  });

  it('keeps status, next due date, funds in place and facets as the data layer derives them', () => {
    for (const p of rows) {
      const own = milestones.filter((m) => m.projectId === p.id);
      expect(own.map((m) => m.kind).sort(), p.name).toEqual(['construction', 'land', 'production', 'registered']);
      expect(p.status, p.name).toBe(projectStatus(own));
      expect(p.nextDueOn, p.name).toBe(nextDueOn(own));
      const total = funds.filter((f) => f.projectId === p.id).reduce((s, f) => s + f.amount, 0);
      expect(p.fundsInPlace, p.name).toBeCloseTo(total, 2);
      expect(p.facets, p.name).toEqual(projectFacets(p));
    }
  });

  it('fills every wall-chart column, with late milestones and actual dates waiting for 核验', () => {
    const statuses = tally(rows.map((p) => p.status));
    for (const status of ['signed', 'building', 'producing'] as const) expect(statuses.get(status), status).toBeGreaterThanOrEqual(8);
    expect(milestones.filter((m) => isLate(m, today)).length).toBeGreaterThanOrEqual(8);
    const reached = milestones.filter((m) => m.actualOn);
    const verified = reached.filter((m) => m.verifiedAt);
    expect(verified.length / reached.length).toBeGreaterThan(0.4);
    expect(reached.length - verified.length).toBeGreaterThan(10);
    for (const m of milestones) {
      if (m.actualOn) expect(m.actualOn < today, m.id).toBe(true);
      if (m.verifiedAt) expect(m.verifiedAt.getTime()).toBeLessThan(Date.now());
      if (m.verifiedAt) expect(m.verifiedAt.toISOString().slice(0, 10) >= m.actualOn!, m.id).toBe(true);
    }
  });

  it('has funds in place over two calendar years, none before signing or after today', () => {
    const signedOn = new Map(rows.map((p) => [p.id, p.signedOn]));
    expect(funds.length).toBeGreaterThan(80);
    expect(new Set(funds.map((f) => f.receivedOn.slice(0, 4))).size).toBe(2);
    for (const f of funds) {
      expect(f.receivedOn >= signedOn.get(f.projectId)!, f.id).toBe(true);
      expect(f.receivedOn < today, f.id).toBe(true);
    }
  });

  it('signed each project from its own lead in 深度洽谈, with the history and the meetings that got it there', async () => {
    const db = await getDb();
    const signedLeads = await db.select().from(leads).where(eq(leads.stage, 'signed'));
    expect(signedLeads).toHaveLength(DEMO_PROJECT_COUNT);
    const events = await db.select().from(leadEvents).orderBy(leadEvents.at, leadEvents.id);
    const leadMeetings = await db.select({ leadId: meetings.leadId, at: meetings.occurredAt }).from(meetings);
    for (const p of rows) {
      const lead = signedLeads.find((l) => l.id === p.leadId)!;
      expect([lead.enterpriseId, lead.teamId, lead.ownerId, lead.chainId, lead.nodeId, lead.chainAction]).toEqual([p.enterpriseId, p.teamId, p.ownerId, p.chainId, p.nodeId, p.chainAction]);
      const moves = events.filter((e) => e.leadId === lead.id && e.kind === 'stage');
      expect(moves.map((e) => e.toStage)).toEqual([...PIPELINE.slice(1), 'signed']);
      const signing = moves.at(-1)!;
      expect(signing.data).toEqual({ projectId: p.id });
      expect(signing.at.toISOString() >= `${p.signedOn}`).toBe(true);
      expect(lead.stageChangedAt.getTime()).toBe(signing.at.getTime());
      expect(p.createdAt.getTime()).toBe(signing.at.getTime());
      expect(lead.lastActivityAt.getTime()).toBeGreaterThanOrEqual(signing.at.getTime());
      expect(lead.lastActivityAt.getTime()).toBeLessThan(Date.now());
      // The 考察互访 gate: a meeting before the lead moved there.
      const siteVisit = moves.find((e) => e.toStage === 'site_visit')!.at.getTime();
      const own = leadMeetings.filter((m) => m.leadId === lead.id);
      expect(own.some((m) => m.at.getTime() < siteVisit), p.name).toBe(true);
      for (const m of own) expect(m.at.getTime()).toBeLessThan(signing.at.getTime());
    }
  });

  it('dates the audit trail when the records were made', async () => {
    const db = await getDb();
    const trail = await db.select().from(auditLogs);
    expect(trail.filter((a) => a.entityType === 'project')).toHaveLength(DEMO_PROJECT_COUNT);
    expect(trail.filter((a) => a.entityType === 'projectMilestone' && a.action === 'verify').length).toBe(milestones.filter((m) => m.verifiedAt).length);
    const recent = trail.filter((a) => Date.now() - a.at.getTime() < 60_000);
    expect(recent).toEqual([]);
  });

  it('shows a leader every project and an officer their team’s on the wall chart', async () => {
    const leader = await listProjectBoard(await viewer('leader'), {});
    expect(leader.reduce((s, c) => s + c.count, 0)).toBe(DEMO_PROJECT_COUNT);
    const officer = await viewer('officer');
    const own = await listProjectBoard(officer, {});
    expect(own.reduce((s, c) => s + c.count, 0)).toBe(rows.filter((p) => p.teamId === officer.teamId).length);
    expect(own.reduce((s, c) => s + c.count, 0)).toBeGreaterThan(0);
  });

  it('adds nothing when the demo is loaded again', async () => {
    const db = await getDb();
    const tables = [projects, projectMilestones, projectFunds, leads, meetings, auditLogs];
    const before = await Promise.all(tables.map((t) => db.select({ n: count() }).from(t)));
    await seedDemo(db);
    const after = await Promise.all(tables.map((t) => db.select({ n: count() }).from(t)));
    expect(after).toEqual(before);
  });
});
