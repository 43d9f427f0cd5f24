import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db';
import { meetingFacets } from '@/db/meeting-derived';
import { chains, contacts, enterprises, followUps, intakeItems, leadEvents, leads, meetings, notes, notifications, users, type LeadStage, type MeetingKind } from '@/db/schema';
import { PIPELINE } from '@/lib/lead-stages';
import { pick, rowRng, type Rng } from '@/lib/random';
import { FOLLOW_UP_TITLES, KIND_WEIGHTS, NOTES, OUTCOMES, PLACES, SUMMARIES, phaseOf } from './demo-meeting-data';

const SEED = 0x3ee7d3e0;
// One rowRng stream per purpose (as in demo-leads.ts), so changing one kind of draw does not reshuffle the others.
const STREAM = { count: 1, meeting: 2, followUp: 3, note: 4, id: 5 } as const;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Asia/Shanghai has no daylight saving: local time is always UTC+8.
const SHANGHAI = 8 * HOUR;

/** Meetings per lead by the furthest pipeline stage it reached (lo, hi): ~1,500 over the 400 demo leads. */
const MEETINGS_BY_REACH: readonly (readonly [number, number])[] = [[0, 3], [2, 5], [3, 7], [5, 10]];
/** Open follow-ups per owner: the two printed officers fill the demo home page, the other teams get a few. */
const OPEN_FOR_PRINTED = 45;
const OPEN_FOR_OTHERS = 6;
const PRINTED_OFFICERS = ['officer', 'officer2'];
// The home page's buckets in turn, so every owner has each of them whatever day the demo is loaded.
const BUCKETS = ['overdue', 'today', 'week', 'overdue', 'week', 'later', 'today', 'week'] as const;
/** Open follow-ups come from the meetings of the last RECENT_DAYS, done ones from older meetings. */
const RECENT_DAYS = 40;
const DONE_FOLLOW_UPS = 80;
// Every eighth lead has a note: ~50.
const NOTE_EVERY = 8;

type LeadRef = { id: string; projectName: string; enterpriseId: string; teamId: string; ownerId: string; stage: LeadStage; conflict: boolean; createdAt: Date; lastActivityAt: Date };
type MeetingRow = typeof meetings.$inferInsert & { id: string; occurredAt: Date; kind: MeetingKind; leadId: string; teamId: string; enterpriseId: string };

const between = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const localMidnight = (ms: number) => Math.floor((ms + SHANGHAI) / DAY) * DAY - SHANGHAI;
const localDate = (ms: number) => new Date(ms + SHANGHAI).toISOString().slice(0, 10);

function weighted<T>(rng: Rng, entries: readonly (readonly [T, number])[]): T {
  let r = rng() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of entries) if ((r -= w) < 0) return value;
  return entries[entries.length - 1][0];
}

/** A deterministic version-4-shaped uuid; 'ee7' + purpose + serial up front keeps ids unique and recognisable. */
function demoUuid(purpose: number, serial: number): string {
  const rng = rowRng(SEED, STREAM.id, purpose * 100_000 + serial);
  const hex = `ee7${purpose}${serial.toString(16).padStart(4, '0')}${Array.from({ length: 24 }, () => Math.floor(rng() * 16).toString(16)).join('')}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(rng() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A half-hour office slot (09:00–17:30 local) strictly between lo and hi; the midpoint when the window has none. */
function officeSlot(rng: Rng, lo: number, hi: number): number {
  const days = Math.round((localMidnight(hi) - localMidnight(lo)) / DAY);
  for (let k = 0; k < 12; k++) {
    const t = localMidnight(lo) + between(rng, 0, days) * DAY + 9 * HOUR + between(rng, 0, 17) * 30 * MINUTE;
    if (t > lo && t < hi) return t;
  }
  return Math.round((lo + hi) / 2);
}

const shortName = (name: string) => name.replace(/（[^）]*）/g, '').replace(/(股份)?有限(责任)?公司$/, '');
const fill = (text: string, v: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');

/**
 * ~1,500 meetings on the demo leads, ~120 open and 80 done follow-ups, ~50 notes and a few unread notifications.
 * Every meeting lies inside its lead's recorded history (creation … last activity), so no stalled lead gets a
 * recent meeting and last_activity_at stays as the lead history set it; a lead that reached 考察互访 has a meeting
 * before that stage change (the gate). Deterministic (lib/random.ts, dates as offsets from the day of seeding);
 * idempotent: it seeds only a database without any meeting, as people's meetings must not mix with invented ones.
 */
export async function seedDemoMeetings(tx: Tx, now = new Date()): Promise<void> {
  if ((await tx.select({ id: meetings.id }).from(meetings).limit(1)).length > 0) return;
  const leadRows: LeadRef[] = await tx
    .select({ id: leads.id, projectName: leads.projectName, enterpriseId: leads.enterpriseId, teamId: leads.teamId, ownerId: leads.ownerId, stage: leads.stage, conflict: leads.conflict, createdAt: leads.createdAt, lastActivityAt: leads.lastActivityAt })
    .from(leads)
    .orderBy(asc(leads.id));
  if (leadRows.length === 0) return;
  const ids = leadRows.map((l) => l.id);
  const moves = await tx.select({ leadId: leadEvents.leadId, at: leadEvents.at, toStage: leadEvents.toStage }).from(leadEvents).where(sql`${leadEvents.kind} = 'stage' and ${inArray(leadEvents.leadId, ids)}`).orderBy(asc(leadEvents.at), asc(leadEvents.id));
  const firms = await tx.select({ id: enterprises.id, name: enterprises.name, city: enterprises.city, chainId: enterprises.chainId, chain: chains.name }).from(enterprises).leftJoin(chains, eq(chains.id, enterprises.chainId)).where(inArray(enterprises.id, [...new Set(leadRows.map((l) => l.enterpriseId))]));
  const people = await tx.select({ id: contacts.id, enterpriseId: contacts.enterpriseId, name: contacts.name, isPrimary: contacts.isPrimary }).from(contacts).where(inArray(contacts.enterpriseId, firms.map((f) => f.id))).orderBy(asc(contacts.enterpriseId), sql`${contacts.isPrimary} desc`, asc(contacts.mobile));
  const staff = new Map((await tx.select({ id: users.id, username: users.username }).from(users)).map((u) => [u.username, u.id]));
  const firmOf = new Map(firms.map((f) => [f.id, f]));
  const movesOf = (leadId: string) => moves.filter((m) => m.leadId === leadId);
  const today = localMidnight(now.getTime());
  const leaderId = staff.get('leader') ?? null;

  const planned: MeetingRow[] = [];
  for (const [serial, lead] of leadRows.entries()) {
    const firm = firmOf.get(lead.enterpriseId)!;
    const own = movesOf(lead.id);
    const stageAt = (t: number) => own.filter((m) => m.at.getTime() <= t).at(-1)?.toStage ?? 'lead';
    const reached = Math.max(0, ...own.map((m) => PIPELINE.indexOf(m.toStage!)));
    const rng = rowRng(SEED, STREAM.count, serial);
    const [lo, hi] = MEETINGS_BY_REACH[reached] ?? MEETINGS_BY_REACH[0];
    const created = lead.createdAt.getTime();
    const last = lead.lastActivityAt.getTime();
    const times: number[] = [];
    // The 考察互访 gate: at least one logged meeting before the lead first moved there.
    const siteVisit = own.find((m) => m.toStage === 'site_visit')?.at.getTime();
    if (siteVisit !== undefined) times.push(officeSlot(rng, created, siteVisit));
    // Most active leads' latest activity was a meeting: it is logged at that very moment.
    if (!['on_hold', 'dropped'].includes(lead.stage) && rng() < 0.6 && last > created) times.push(last);
    for (let n = between(rng, lo, hi) - times.length; n > 0; n--) times.push(officeSlot(rng, created, last));
    times.sort((a, b) => a - b);

    const names = people.filter((p) => p.enterpriseId === firm.id);
    for (const t of times) {
      const m = rowRng(SEED, STREAM.meeting, planned.length);
      const phase = phaseOf(stageAt(t));
      const kind = weighted(m, KIND_WEIGHTS[phase]);
      const met = names.filter((p, k) => k === 0 || m() < 0.3);
      const vars = { firm: shortName(firm.name), project: lead.projectName, contact: met[0] ? `${met[0].name}` : '企业负责人', city: firm.city || '企业所在地', chain: firm.chain ?? '' };
      // A leader joins some later-stage talks and site visits (领导会见), as the zone's leaders do.
      const withLeader = leaderId !== null && phase !== 'early' && m() < 0.2;
      const attendeeIds = withLeader ? [lead.ownerId, leaderId] : [lead.ownerId];
      const fields = { enterpriseId: lead.enterpriseId, leadId: lead.id, teamId: lead.teamId, chainId: firm.chainId, kind, attendeeIds };
      planned.push({
        ...fields,
        id: demoUuid(1, planned.length),
        occurredAt: new Date(t),
        place: fill(pick(m, PLACES[kind]), vars),
        summary: fill(pick(m, SUMMARIES[kind][phase]), vars),
        outcome: pick(m, OUTCOMES[phase]),
        contactIds: met.map((p) => p.id),
        facets: meetingFacets(fields),
        createdBy: lead.ownerId,
        createdAt: new Date(t),
        updatedAt: new Date(t),
      });
    }
  }
  // Oldest first, as they would have been logged.
  planned.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  for (let k = 0; k < planned.length; k += 500) await tx.insert(meetings).values(planned.slice(k, k + 500));
  // A no-op by construction (every meeting lies within its lead's history) but the rule logMeeting follows.
  await tx.execute(sql`update ${leads} l set last_activity_at = m.latest from (select lead_id, max(occurred_at) as latest from ${meetings} group by lead_id) m where m.lead_id = l.id and m.latest > l.last_activity_at`);

  const leadOf = new Map(leadRows.map((l) => [l.id, l]));
  const planFollowUps = followUpPlan(planned, leadOf, staff, today, now);
  if (planFollowUps.length) await tx.insert(followUps).values(planFollowUps);
  const noteRows = leadRows.filter((_, k) => k % NOTE_EVERY === 3).map((lead, k) => {
    const rng = rowRng(SEED, STREAM.note, k);
    const at = new Date(officeSlot(rng, lead.createdAt.getTime(), lead.lastActivityAt.getTime()));
    return { id: demoUuid(3, k), leadId: lead.id, enterpriseId: lead.enterpriseId, teamId: lead.teamId, authorId: lead.ownerId, body: pick(rng, NOTES), createdAt: at, updatedAt: at };
  });
  if (noteRows.length) await tx.insert(notes).values(noteRows);
  const bell = await notificationPlan(tx, leadRows, planFollowUps, staff, now);
  if (bell.length) await tx.insert(notifications).values(bell);
  await tx.execute(sql`analyze ${meetings}, ${followUps}, ${notes}`);
}

type FollowUpRow = typeof followUps.$inferInsert & { dueDate: string; ownerId: string };

/** Open follow-ups on recent meetings in the home page's buckets, and done ones on older meetings. */
function followUpPlan(planned: MeetingRow[], leadOf: Map<string, LeadRef>, staff: Map<string, string>, today: number, now: Date): FollowUpRow[] {
  const printed = new Set(PRINTED_OFFICERS.map((u) => staff.get(u)).filter(Boolean));
  const active = (m: MeetingRow) => !['on_hold', 'dropped'].includes(leadOf.get(m.leadId)!.stage);
  const recent = planned.filter((m) => active(m) && m.occurredAt.getTime() >= today - RECENT_DAYS * DAY);
  const rows: FollowUpRow[] = [];
  const byOwner = new Map<string, MeetingRow[]>();
  for (const m of recent) byOwner.set(leadOf.get(m.leadId)!.ownerId, [...(byOwner.get(leadOf.get(m.leadId)!.ownerId) ?? []), m]);
  for (const [ownerId, list] of [...byOwner.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    // Oldest first, so the overdue slots fall on meetings old enough to have a due date in the past.
    list.slice(0, printed.has(ownerId) ? OPEN_FOR_PRINTED : OPEN_FOR_OTHERS).forEach((m, k) => {
      const rng = rowRng(SEED, STREAM.followUp, rows.length);
      const ago = Math.round((today - localMidnight(m.occurredAt.getTime())) / DAY);
      let bucket: (typeof BUCKETS)[number] = BUCKETS[k % BUCKETS.length];
      if (bucket === 'overdue' && ago < 2) bucket = 'week';
      const offset = bucket === 'overdue' ? -between(rng, 1, Math.min(10, ago - 1)) : bucket === 'today' ? 0 : bucket === 'week' ? between(rng, 1, 7) : between(rng, 8, 30);
      rows.push(followUpRow(rows.length, m, leadOf, ownerId, localDate(today + offset * DAY + 12 * HOUR), null, FOLLOW_UP_TITLES[phaseOf(leadOf.get(m.leadId)!.stage)], rng));
    });
  }
  // Done ones: every n-th older meeting, done by the due date (or just before now).
  const older = planned.filter((m) => m.occurredAt.getTime() < today - RECENT_DAYS * DAY);
  const step = Math.max(1, Math.floor(older.length / DONE_FOLLOW_UPS));
  let done = 0;
  for (let k = 0; k < older.length && done < DONE_FOLLOW_UPS; k += step, done++) {
    const m = older[k];
    const rng = rowRng(SEED, STREAM.followUp, rows.length);
    const due = localMidnight(m.occurredAt.getTime()) + between(rng, 3, 14) * DAY;
    const doneAt = new Date(Math.min(due - between(rng, 0, 2) * DAY + 16 * HOUR, now.getTime() - HOUR));
    rows.push(followUpRow(rows.length, m, leadOf, leadOf.get(m.leadId)!.ownerId, localDate(due + 12 * HOUR), doneAt, FOLLOW_UP_TITLES.early.concat(FOLLOW_UP_TITLES.visit, FOLLOW_UP_TITLES.talks), rng));
  }
  return rows;
}

function followUpRow(serial: number, m: MeetingRow, leadOf: Map<string, LeadRef>, ownerId: string, dueDate: string, doneAt: Date | null, titles: string[], rng: Rng): FollowUpRow {
  const lead = leadOf.get(m.leadId)!;
  return {
    id: demoUuid(2, serial),
    meetingId: m.id,
    leadId: lead.id,
    enterpriseId: lead.enterpriseId,
    teamId: lead.teamId,
    ownerId,
    title: pick(rng, titles),
    dueDate,
    doneAt,
    doneBy: doneAt ? ownerId : null,
    createdBy: m.createdBy,
    createdAt: m.occurredAt,
    updatedAt: doneAt ?? m.occurredAt,
    version: doneAt ? 2 : 1,
  };
}

/**
 * The bell: 撞单 warnings to the owner who was there first, a lead and two follow-ups assigned to each printed
 * officer by the leader, and the liaison's intake decisions — all unread, as if the demo users had just logged in.
 */
async function notificationPlan(tx: Tx, leadRows: LeadRef[], open: FollowUpRow[], staff: Map<string, string>, now: Date): Promise<(typeof notifications.$inferInsert)[]> {
  const rows: (typeof notifications.$inferInsert)[] = [];
  const byFirm = new Map<string, LeadRef[]>();
  for (const l of leadRows.filter((r) => r.conflict)) byFirm.set(l.enterpriseId, [...(byFirm.get(l.enterpriseId) ?? []), l]);
  for (const pair of byFirm.values()) {
    const [first, second] = [...pair].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    if (second) rows.push({ userId: first.ownerId, kind: 'leadConflict', data: { project: second.projectName }, link: `/leads/${first.id}`, createdAt: second.createdAt });
  }
  for (const username of PRINTED_OFFICERS) {
    const ownerId = staff.get(username);
    if (!ownerId) continue;
    const newest = leadRows.filter((l) => l.ownerId === ownerId).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
    if (newest) rows.push({ userId: ownerId, kind: 'leadAssigned', data: { project: newest.projectName }, link: `/leads/${newest.id}`, createdAt: newest.createdAt });
    for (const f of open.filter((r) => r.ownerId === ownerId && !r.doneAt).slice(-2)) {
      rows.push({ userId: ownerId, kind: 'followUpAssigned', data: { title: f.title, due: f.dueDate }, link: '/dashboard', createdAt: new Date(Math.min(now.getTime() - HOUR, (f.createdAt as Date).getTime() + HOUR)) });
    }
  }
  const liaisonId = staff.get('liaison');
  if (liaisonId) {
    const decided = await tx.select().from(intakeItems).where(sql`${intakeItems.submittedBy} = ${liaisonId} and ${intakeItems.status} <> 'pending'`).orderBy(asc(intakeItems.decidedAt));
    for (const item of decided) {
      const data: Record<string, string> = item.status === 'accepted' ? { enterprise: item.enterpriseName } : { enterprise: item.enterpriseName, reason: item.declineReason };
      rows.push({ userId: liaisonId, kind: item.status === 'accepted' ? 'intakeAccepted' : 'intakeDeclined', data, link: '/leads/intake', createdAt: item.decidedAt ?? item.updatedAt });
    }
  }
  return rows;
}
