import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { followUps, notes, users } from '@/db/schema';
import { teamRecordScope } from '@/db/scope';
import { listLeadEvents, type LeadEventRow } from './leads';
import { listMeetingsOf, type MeetingRow } from './meetings';
import { assertCan, type Viewer } from './viewer';

export type TimelineItem =
  | { kind: 'meeting'; at: Date; meeting: MeetingRow }
  | { kind: 'event'; at: Date; event: LeadEventRow }
  | { kind: 'note'; at: Date; id: string; body: string; authorName: string }
  | { kind: 'followUp'; at: Date; id: string; title: string; dueDate: string; ownerName: string; done: boolean };

const LIMIT = 50;

/**
 * A lead's or an enterprise's timeline, newest first: meetings, stage changes and assignments (leads),
 * notes, follow-ups set and done. Each source is one indexed query of its newest rows, all in the viewer's scope.
 */
export async function listTimeline(viewer: Viewer, of: { leadId: string } | { enterpriseId: string }): Promise<TimelineItem[]> {
  assertCan(viewer, 'meetings.read');
  const db = await getDb();
  const byLead = 'leadId' in of;
  const noteWhere = and(byLead ? eq(notes.leadId, of.leadId) : eq(notes.enterpriseId, of.enterpriseId), isNull(notes.deletedAt), teamRecordScope(viewer, notes));
  const followWhere = and(byLead ? eq(followUps.leadId, of.leadId) : eq(followUps.enterpriseId, of.enterpriseId), isNull(followUps.deletedAt), teamRecordScope(viewer, followUps));
  const [meetingRows, events, noteRows, followRows] = await Promise.all([
    listMeetingsOf(viewer, of, LIMIT),
    byLead ? listLeadEvents(viewer, of.leadId) : Promise.resolve([]),
    db
      .select({ id: notes.id, body: notes.body, at: notes.createdAt, authorName: users.displayName })
      .from(notes)
      .innerJoin(users, eq(users.id, notes.authorId))
      .where(noteWhere)
      .orderBy(desc(notes.createdAt))
      .limit(LIMIT),
    db
      .select({ id: followUps.id, title: followUps.title, dueDate: followUps.dueDate, at: followUps.createdAt, doneAt: followUps.doneAt, ownerName: users.displayName })
      .from(followUps)
      .innerJoin(users, eq(users.id, followUps.ownerId))
      .where(followWhere)
      .orderBy(desc(followUps.createdAt))
      .limit(LIMIT),
  ]);
  const items: TimelineItem[] = [
    ...meetingRows.map((meeting) => ({ kind: 'meeting' as const, at: meeting.occurredAt, meeting })),
    ...events.map((event) => ({ kind: 'event' as const, at: event.at, event })),
    ...noteRows.map((n) => ({ kind: 'note' as const, at: n.at, id: n.id, body: n.body, authorName: n.authorName })),
    ...followRows.map((f) => ({ kind: 'followUp' as const, at: f.doneAt ?? f.at, id: f.id, title: f.title, dueDate: f.dueDate, ownerName: f.ownerName, done: f.doneAt !== null })),
  ];
  return items.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, 100);
}
