import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { listMyFollowUps } from '@/db/queries/follow-ups';
import { listMeetingsBetween } from '@/db/queries/meetings';
import { globalSearch } from '@/db/queries/search';
import { listTimeline } from '@/db/queries/timeline';
import { followUps, leads, meetings, users } from '@/db/schema';
import { DEMO_CHAINS } from '@/db/seed/chain-data';
import type { BenchCase } from '../measure';
import { leadOfficer } from '../zone';
import { viewerOf } from './leads';

// The longest timelines and the fullest follow-up lists: the worst inputs of each page, not the typical ones.
const TOP = 4;
// The last month of the generated activity (bench/lead-rows.ts ends it on 2026-06-01), local calendar month.
const MONTH = { from: new Date('2026-05-01T00:00:00+08:00'), to: new Date('2026-06-01T00:00:00+08:00') };
// The header box: two industry words, a city, a rare brand and two common 2-character person names (contacts).
const SEARCH_TERMS = ['汽车', '医药', '苏州', '瀚川', '王伟', '李静'];

/**
 * The meeting cases: a lead's timeline (the leads with most meetings, as their owner and as a leader), the home
 * page's follow-ups (the officers with most open ones), one team's calendar month, and the header search.
 */
export async function meetingCases(db: Db): Promise<BenchCase[]> {
  const leader = await viewerOf(db, 'bench-leader');
  const busyLeads = await db
    .select({ leadId: meetings.leadId, owner: users.username, n: count() })
    .from(meetings)
    .innerJoin(leads, eq(leads.id, meetings.leadId))
    .innerJoin(users, eq(users.id, leads.ownerId))
    .where(isNull(meetings.deletedAt))
    .groupBy(meetings.leadId, users.username)
    .orderBy(desc(count()))
    .limit(TOP);
  const timeline: BenchCase['calls'] = [];
  for (const l of busyLeads) {
    const owner = await viewerOf(db, l.owner);
    timeline.push({ label: `${l.owner}, ${l.n} meetings`, run: () => listTimeline(owner, { leadId: l.leadId! }) });
    timeline.push({ label: `leader, ${l.n} meetings`, run: () => listTimeline(leader, { leadId: l.leadId! }) });
  }

  const busyOwners = await db
    .select({ owner: users.username, n: count() })
    .from(followUps)
    .innerJoin(users, eq(users.id, followUps.ownerId))
    .where(and(isNull(followUps.doneAt), isNull(followUps.deletedAt)))
    .groupBy(users.username)
    .orderBy(desc(count()))
    .limit(TOP);
  const mine = await Promise.all(busyOwners.map(async (o) => ({ label: `${o.owner}, ${o.n} open`, viewer: await viewerOf(db, o.owner) })));

  const officers = await Promise.all(DEMO_CHAINS.map((_, c) => viewerOf(db, leadOfficer(c, 0))));
  const [{ n: inMonth }] = await db
    .select({ n: count() })
    .from(meetings)
    .where(sql`${meetings.occurredAt} >= ${MONTH.from.toISOString()}::timestamptz and ${meetings.occurredAt} < ${MONTH.to.toISOString()}::timestamptz`);
  console.log(`  note: ${inMonth.toLocaleString('en')} meetings in the calendar month, all teams`);

  return [
    { name: 'lead timeline', calls: timeline },
    { name: 'my follow-ups', calls: mine.map((m) => ({ label: m.label, run: () => listMyFollowUps(m.viewer) })) },
    { name: 'team calendar month', calls: officers.map((o) => ({ label: o.teamName ?? o.username, run: () => listMeetingsBetween(o, { ...MONTH, scope: 'team' }) })) },
    { name: 'global search 2-char', calls: SEARCH_TERMS.map((q) => ({ label: q, run: () => globalSearch(officers[0], q) })) },
  ];
}
