import 'server-only';
import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { meetingFacets } from '@/db/meeting-derived';
import { contacts, enterprises, followUps, leads, meetings, teams, users, type MeetingKind } from '@/db/schema';
import { enterpriseWriteScope, leadScope, teamRecordScope } from '@/db/scope';
import { DomainError } from '@/lib/errors';
import type { MeetingCreateInput, MeetingFilter } from '@/lib/validation/meetings';
import { writeAudit } from './audit';
import { decodeCursor, encodeCursor, timestampKey } from './cursor';
import { notify } from './notifications';
import { assertCan, type Viewer } from './viewer';

export const MEETINGS_PAGE_SIZE = 50;

/** A local date-time typed in the zone (Asia/Shanghai, UTC+8, no daylight saving). */
export function zoneDateTime(local: string): Date {
  return new Date(`${local}:00+08:00`);
}

/**
 * Logs a meeting (from a lead, an enterprise or a phone) in one transaction: the meeting, a new contact typed
 * inline, the next step as a follow-up, and the lead's last activity. Officers log for their own team; a
 * lead must be one the viewer may work.
 */
export async function logMeeting(viewer: Viewer, input: MeetingCreateInput): Promise<{ id: string; followUpId: string | null }> {
  assertCan(viewer, 'meetings.write');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [enterprise] = await tx
      .select({ id: enterprises.id, chainId: enterprises.chainId, editable: sql<boolean>`coalesce(${enterpriseWriteScope(viewer) ?? sql`true`}, false)` })
      .from(enterprises)
      .where(and(eq(enterprises.id, input.enterpriseId), isNull(enterprises.deletedAt)));
    if (!enterprise) throw new DomainError('notFound', 'enterpriseId');

    let teamId = viewer.teamId;
    if (input.leadId) {
      const [lead] = await tx
        .select({ teamId: leads.teamId, enterpriseId: leads.enterpriseId })
        .from(leads)
        .where(and(eq(leads.id, input.leadId), isNull(leads.deletedAt), leadScope(viewer)));
      if (!lead || lead.enterpriseId !== input.enterpriseId) throw new DomainError('notFound', 'leadId');
      teamId = lead.teamId;
    }
    if (!teamId) throw new DomainError('teamRequired', 'leadId');

    const contactIds = [...input.contactIds];
    if (input.newContactName) {
      // A new contact belongs in the library: only someone who may edit the enterprise adds one.
      if (!enterprise.editable) throw new DomainError('forbidden', 'newContactName');
      const [contact] = await tx
        .insert(contacts)
        .values({ enterpriseId: input.enterpriseId, name: input.newContactName, mobile: input.newContactMobile })
        .returning({ id: contacts.id });
      contactIds.push(contact.id);
      await writeAudit(tx, viewer, { action: 'create', entityType: 'contact', entityId: contact.id, changes: { name: input.newContactName, via: 'meeting' } });
    }
    if (input.contactIds.length) {
      const found = await tx
        .select({ id: contacts.id })
        .from(contacts)
        .where(and(inArray(contacts.id, input.contactIds), eq(contacts.enterpriseId, input.enterpriseId), isNull(contacts.erasedAt)));
      if (found.length !== input.contactIds.length) throw new DomainError('invalidChoice', 'contactIds');
    }
    const attendeeIds = [...new Set([viewer.id, ...input.attendeeIds])];
    const found = await tx.select({ id: users.id }).from(users).where(and(inArray(users.id, attendeeIds), isNull(users.disabledAt)));
    if (found.length !== attendeeIds.length) throw new DomainError('invalidChoice', 'attendeeIds');

    const occurredAt = zoneDateTime(input.occurredAt);
    const fields = {
      enterpriseId: input.enterpriseId,
      leadId: input.leadId,
      teamId,
      chainId: enterprise.chainId,
      kind: input.kind,
      occurredAt,
      place: input.place,
      summary: input.summary,
      outcome: input.outcome,
      attendeeIds,
      contactIds,
    };
    const [meeting] = await tx.insert(meetings).values({ ...fields, facets: meetingFacets(fields), createdBy: viewer.id }).returning({ id: meetings.id });
    await writeAudit(tx, viewer, { action: 'create', entityType: 'meeting', entityId: meeting.id, changes: { ...fields, occurredAt: occurredAt.toISOString() } });
    if (input.leadId) {
      await tx.update(leads).set({ lastActivityAt: sql`greatest(${leads.lastActivityAt}, ${occurredAt.toISOString()}::timestamptz)` }).where(eq(leads.id, input.leadId));
    }

    if (input.followUpId) {
      const [done] = await tx
        .update(followUps)
        .set({ doneAt: sql`now()`, doneBy: viewer.id, doneMeetingId: meeting.id, version: sql`${followUps.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(followUps.id, input.followUpId), isNull(followUps.doneAt), isNull(followUps.deletedAt), teamRecordScope(viewer, followUps)))
        .returning({ id: followUps.id });
      if (!done) throw new DomainError('notFound', 'followUpId');
      await writeAudit(tx, viewer, { action: 'done', entityType: 'followUp', entityId: done.id, changes: { meetingId: meeting.id } });
    }

    let followUpId: string | null = null;
    if (input.nextStep && input.nextStepDue) {
      const ownerId = input.nextStepOwnerId ?? viewer.id;
      const [owner] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, ownerId), isNull(users.disabledAt), sql`(${users.teamId} = ${teamId} or ${users.role} in ('leader', 'admin'))`));
      if (!owner) throw new DomainError('ownerNotInTeam', 'nextStepOwnerId');
      const [followUp] = await tx
        .insert(followUps)
        .values({ meetingId: meeting.id, leadId: input.leadId, enterpriseId: input.enterpriseId, teamId, ownerId, title: input.nextStep, dueDate: input.nextStepDue, createdBy: viewer.id })
        .returning({ id: followUps.id });
      followUpId = followUp.id;
      await writeAudit(tx, viewer, { action: 'create', entityType: 'followUp', entityId: followUp.id, changes: { title: input.nextStep, dueDate: input.nextStepDue, ownerId } });
      if (ownerId !== viewer.id) await notify(tx, [ownerId], 'followUpAssigned', { title: input.nextStep, due: input.nextStepDue }, '/dashboard');
    }
    return { id: meeting.id, followUpId };
  });
}

export interface MeetingRow {
  id: string;
  kind: MeetingKind;
  occurredAt: Date;
  place: string;
  summary: string;
  outcome: string;
  enterpriseId: string;
  enterpriseName: string;
  leadId: string | null;
  leadName: string | null;
  teamName: string;
  authorName: string | null;
}

const meetingColumns = {
  id: meetings.id,
  kind: meetings.kind,
  occurredAt: meetings.occurredAt,
  place: meetings.place,
  summary: meetings.summary,
  outcome: meetings.outcome,
  enterpriseId: meetings.enterpriseId,
  enterpriseName: enterprises.name,
  leadId: meetings.leadId,
  leadName: leads.projectName,
  teamName: teams.name,
  authorName: users.displayName,
};

async function selectMeetings(where: SQL | undefined, order: SQL[], limit: number) {
  const db = await getDb();
  return db
    .select({ ...meetingColumns, timeKey: timestampKey(meetings.occurredAt) })
    .from(meetings)
    .innerJoin(enterprises, eq(enterprises.id, meetings.enterpriseId))
    .innerJoin(teams, eq(teams.id, meetings.teamId))
    .leftJoin(leads, eq(leads.id, meetings.leadId))
    .leftJoin(users, eq(users.id, meetings.createdBy))
    .where(where)
    .orderBy(...order)
    .limit(limit);
}

/** /meetings: newest first with the URL's filters, keyset-paged. Officers see their team's meetings only. */
export async function listMeetings(viewer: Viewer, filter: MeetingFilter): Promise<{ rows: MeetingRow[]; next: string | null }> {
  assertCan(viewer, 'meetings.read');
  const facets = meetingFacets({ kind: filter.kind, teamId: filter.teamId, chainId: filter.chainId, enterpriseId: filter.enterpriseId, attendeeIds: filter.userId ? [filter.userId] : [] });
  const cursor = decodeCursor(filter.after, 2);
  const where = and(
    isNull(meetings.deletedAt),
    teamRecordScope(viewer, meetings),
    facets.length ? sql`${meetings.facets} @> ${sql.param(facets)}::text[]` : undefined,
    filter.from ? sql`${meetings.occurredAt} >= ${`${filter.from}T00:00:00+08:00`}::timestamptz` : undefined,
    filter.to ? sql`${meetings.occurredAt} < (${filter.to}::date + 1)::timestamp at time zone 'Asia/Shanghai'` : undefined,
    cursor ? sql`(${meetings.occurredAt}, ${meetings.id}) < (${cursor[0] as string}::timestamptz, ${cursor[1] as string}::uuid)` : undefined,
  );
  const rows = await selectMeetings(where, [sql`${meetings.occurredAt} desc nulls last`, sql`${meetings.id} desc nulls last`], MEETINGS_PAGE_SIZE + 1);
  const page = rows.slice(0, MEETINGS_PAGE_SIZE);
  const last = page[page.length - 1];
  return { rows: page.map(({ timeKey: _t, ...r }) => r), next: rows.length > MEETINGS_PAGE_SIZE && last ? encodeCursor([last.timeKey, last.id]) : null };
}

/** Meetings in a time window for the calendar: mine (logged or attended), my team's, or everyone's (leaders). */
export async function listMeetingsBetween(viewer: Viewer, range: { from: Date; to: Date; scope: 'me' | 'team' | 'all' }): Promise<MeetingRow[]> {
  assertCan(viewer, 'meetings.read');
  const scope =
    range.scope === 'me'
      ? sql`${meetings.facets} @> ${sql.param([`u:${viewer.id}`])}::text[]`
      : range.scope === 'team' && viewer.teamId
        ? eq(meetings.teamId, viewer.teamId)
        : undefined;
  const where = and(
    isNull(meetings.deletedAt),
    teamRecordScope(viewer, meetings),
    scope,
    sql`${meetings.occurredAt} >= ${range.from.toISOString()}::timestamptz and ${meetings.occurredAt} < ${range.to.toISOString()}::timestamptz`,
  );
  const rows = await selectMeetings(where, [sql`${meetings.occurredAt}`], 1000);
  return rows.map(({ timeKey: _t, ...r }) => r);
}

/** How many meetings a lead has (the 考察互访 gate); pass the transaction when inside one. */
export async function countLeadMeetings(q: Db | Tx, leadId: string): Promise<number> {
  const [row] = await q.select({ n: sql<number>`count(*)::int` }).from(meetings).where(and(eq(meetings.leadId, leadId), isNull(meetings.deletedAt)));
  return row.n;
}

/** The newest meetings of a lead or an enterprise, for its timeline. Scope as for every meeting read. */
export async function listMeetingsOf(viewer: Viewer, of: { leadId?: string; enterpriseId?: string }, limit = 50): Promise<MeetingRow[]> {
  assertCan(viewer, 'meetings.read');
  const where = and(
    isNull(meetings.deletedAt),
    teamRecordScope(viewer, meetings),
    of.leadId ? eq(meetings.leadId, of.leadId) : of.enterpriseId ? eq(meetings.enterpriseId, of.enterpriseId) : sql`false`,
  );
  const rows = await selectMeetings(where, [desc(meetings.occurredAt)], limit);
  return rows.map(({ timeKey: _t, ...r }) => r);
}
