import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { meetingFacets } from '@/db/meeting-derived';
import { listMyFollowUps } from '@/db/queries/follow-ups';
import { findActiveViewer } from '@/db/queries/viewer';
import { followUps, leadEvents, leads, meetings, notes, notifications, users, type Meeting } from '@/db/schema';
import { withTestDb } from '@/db/test-utils';
import { PIPELINE, isStalled } from '@/lib/lead-stages';
import { seedDemo } from './demo';

withTestDb();

let rows: Meeting[];
let stalledBefore: number;

beforeAll(async () => {
  const db = await getDb();
  await seedDemo(db);
  rows = await db.select().from(meetings);
  stalledBefore = (await db.select().from(leads)).filter((l) => isStalled(l.stage, l.lastActivityAt)).length;
});

async function viewer(username: string) {
  const db = await getDb();
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return (await findActiveViewer(user.id))!;
}

describe('demo meetings', () => {
  it('has ~1,800 meetings over the last 18 months, mostly 外出拜访, in office hours (Asia/Shanghai)', () => {
    // ~1,600 on the pipeline's leads and ~250 on the leads of the signed projects (demo-projects.ts).
    expect(rows.length).toBeGreaterThan(1500);
    expect(rows.length).toBeLessThan(2000);
    const kinds = new Map<string, number>();
    for (const r of rows) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    expect(kinds.size).toBe(6);
    expect(Math.max(...kinds.values())).toBe(kinds.get('visit_out'));
    const now = Date.now();
    for (const r of rows) {
      expect(r.occurredAt.getTime()).toBeLessThan(now);
      expect(r.occurredAt.getTime()).toBeGreaterThan(now - 560 * 86_400_000);
      const hour = (r.occurredAt.getUTCHours() + 8) % 24;
      expect(hour, r.id).toBeGreaterThanOrEqual(9);
      expect(hour, r.id).toBeLessThan(18);
    }
  });

  it('stores facets = meetingFacets(row), with the lead owner among the attendees and the lead team', async () => {
    const db = await getDb();
    const owners = new Map((await db.select({ id: leads.id, ownerId: leads.ownerId, teamId: leads.teamId }).from(leads)).map((l) => [l.id, l]));
    for (const r of rows) {
      expect(r.facets, r.id).toEqual(meetingFacets(r));
      expect(r.attendeeIds).toContain(owners.get(r.leadId!)!.ownerId);
      expect(r.teamId).toBe(owners.get(r.leadId!)!.teamId);
      expect(r.summary).not.toMatch(/\{/);
    }
  });

  it('gives every lead that reached 考察互访 a meeting before it moved there, and keeps the stalled leads stalled', async () => {
    const db = await getDb();
    const moves = await db.select().from(leadEvents).where(eq(leadEvents.kind, 'stage'));
    const reachedAt = new Map<string, number>();
    for (const e of moves) {
      if (PIPELINE.indexOf(e.toStage!) >= PIPELINE.indexOf('site_visit') && (reachedAt.get(e.leadId) ?? Infinity) > e.at.getTime()) reachedAt.set(e.leadId, e.at.getTime());
    }
    expect(reachedAt.size).toBeGreaterThan(100);
    for (const [leadId, at] of reachedAt) expect(rows.some((m) => m.leadId === leadId && m.occurredAt.getTime() < at), leadId).toBe(true);
    const all = await db.select().from(leads);
    for (const l of all) for (const m of rows.filter((r) => r.leadId === l.id)) expect(m.occurredAt.getTime()).toBeLessThanOrEqual(l.lastActivityAt.getTime());
    expect(stalledBefore).toBeGreaterThan(30);
  });

  it("fills the printed officers' home page with overdue, today and this week's follow-ups", async () => {
    for (const username of ['officer', 'officer2']) {
      const mine = await listMyFollowUps(await viewer(username));
      const buckets = new Set(mine.map((f) => f.bucket));
      for (const b of ['overdue', 'today', 'week']) expect(buckets.has(b as never), `${username} ${b}`).toBe(true);
    }
    const db = await getDb();
    const all = await db.select().from(followUps);
    const open = all.filter((f) => !f.doneAt);
    expect(open.length).toBeGreaterThan(100);
    expect(open.length).toBeLessThan(140);
    expect(all.length - open.length).toBeGreaterThan(50);
  });

  it('has notes and unread notifications for the printed officers and the liaison', async () => {
    const db = await getDb();
    const [n] = await db.select({ n: count() }).from(notes);
    expect(n.n).toBeGreaterThan(40);
    const bell = await db.select({ kind: notifications.kind, username: users.username }).from(notifications).innerJoin(users, eq(users.id, notifications.userId));
    const kindsOf = (u: string) => new Set(bell.filter((b) => b.username === u).map((b) => b.kind));
    expect([...kindsOf('officer')].sort()).toEqual(['followUpAssigned', 'leadAssigned', 'leadConflict']);
    expect(kindsOf('officer2').has('followUpAssigned')).toBe(true);
    expect([...kindsOf('liaison')].sort()).toEqual(['intakeAccepted', 'intakeDeclined']);
  });

  it('adds nothing when the demo is loaded again', async () => {
    const db = await getDb();
    const before = await Promise.all([meetings, followUps, notes, notifications].map((t) => db.select({ n: count() }).from(t)));
    await seedDemo(db);
    const after = await Promise.all([meetings, followUps, notes, notifications].map((t) => db.select({ n: count() }).from(t)));
    expect(after).toEqual(before);
  });
});
