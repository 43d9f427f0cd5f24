import type { SQL } from 'drizzle-orm';
import type { Db } from '@/db';
import { meetingFacets } from '@/db/meeting-derived';
import type { BenchLead } from './lead-rows';
import { LIST_SEPARATOR, list, loadInBatches, unnestInsert, type Column } from './load';
import type { LeadRefs } from './load-leads';
import { followUpRows, meetingRows, type BenchFollowUp, type BenchMeeting } from './meeting-rows';

const PROGRESS_EVERY = 200_000;
const uuids = (name: string) => `${list(name)}::uuid[]`;

/** The meeting's foreign keys in this database: the lead's team and owner, the enterprise's chain. */
function idsOf(l: BenchLead, refs: LeadRefs) {
  return {
    teamId: refs.teamIds[l.team]!,
    ownerId: refs.ownerIds[l.team][l.owner],
    chainId: l.enterpriseChain === null ? null : refs.chainIds[l.enterpriseChain],
  };
}

function meetingInsert(rows: BenchMeeting[], refs: LeadRefs): SQL {
  const keys = rows.map((r) => idsOf(r.lead, refs));
  const col = (name: string, type: string, value: (r: BenchMeeting, k: number) => unknown, select?: string): Column => ({ name, type, values: rows.map(value), select });
  return unnestInsert(
    'meetings',
    [
      col('id', 'uuid', (r) => r.id),
      col('enterprise_id', 'uuid', (r) => r.lead.enterpriseId),
      col('lead_id', 'uuid', (r) => r.lead.id),
      col('team_id', 'uuid', (_, k) => keys[k].teamId),
      col('chain_id', 'uuid', (_, k) => keys[k].chainId),
      // Enums travel as text[] (see enterpriseInsert in load.ts).
      col('kind', 'text', (r) => r.kind, 'kind::meeting_kind'),
      col('occurred_at', 'timestamptz', (r) => r.occurredAt),
      col('place', 'text', (r) => r.place),
      col('summary', 'text', (r) => r.summary),
      col('outcome', 'text', (r) => r.outcome),
      // The lead's owner attended, as logMeeting always adds the author.
      col('attendee_ids', 'text', (_, k) => keys[k].ownerId, uuids('attendee_ids')),
      col('contact_ids', 'text', (r) => r.contactIds.join(LIST_SEPARATOR), uuids('contact_ids')),
      col('created_by', 'uuid', (_, k) => keys[k].ownerId),
      col('created_at', 'timestamptz', (r) => r.occurredAt),
      // The same derivation the data layer stores on every save.
      col(
        'facets',
        'text',
        (r, k) => meetingFacets({ kind: r.kind, teamId: keys[k].teamId, chainId: keys[k].chainId, enterpriseId: r.lead.enterpriseId, attendeeIds: [keys[k].ownerId] }).join(LIST_SEPARATOR),
        list('facets'),
      ),
    ],
    { updated_at: 'created_at' },
  );
}

function followUpInsert(rows: BenchFollowUp[], refs: LeadRefs): SQL {
  const keys = rows.map((r) => idsOf(r.meeting.lead, refs));
  const col = (name: string, type: string, value: (r: BenchFollowUp, k: number) => unknown): Column => ({ name, type, values: rows.map(value) });
  return unnestInsert(
    'follow_ups',
    [
      col('id', 'uuid', (r) => r.id),
      col('meeting_id', 'uuid', (r) => r.meeting.id),
      col('lead_id', 'uuid', (r) => r.meeting.lead.id),
      col('enterprise_id', 'uuid', (r) => r.meeting.lead.enterpriseId),
      col('team_id', 'uuid', (_, k) => keys[k].teamId),
      col('owner_id', 'uuid', (_, k) => keys[k].ownerId),
      col('title', 'text', (r) => r.title),
      col('due_date', 'date', (r) => r.dueDate),
      col('done_at', 'timestamptz', (r) => r.doneAt),
      col('done_by', 'uuid', (r, k) => (r.doneAt ? keys[k].ownerId : null)),
      col('created_by', 'uuid', (_, k) => keys[k].ownerId),
      col('created_at', 'timestamptz', (r) => r.meeting.occurredAt),
    ],
    { updated_at: 'coalesce(done_at, created_at)' },
  );
}

/** Inserts `count` meetings on the generated leads, then one follow-up per ten meetings; returns the follow-up count. */
export async function loadMeetings(db: Db, count: number, leads: number, enterprises: number, followUps: number, refs: LeadRefs): Promise<number> {
  await loadInBatches(db, {
    count,
    label: 'meetings',
    progressEvery: PROGRESS_EVERY,
    row: meetingRows(leads, enterprises),
    statements: (rows) => [meetingInsert(rows, refs)],
    children: () => 0,
  });
  await loadInBatches(db, {
    count: followUps,
    label: 'follow-ups',
    progressEvery: PROGRESS_EVERY,
    row: followUpRows(meetingRows(leads, enterprises)),
    statements: (rows) => [followUpInsert(rows, refs)],
    children: () => 0,
  });
  return followUps;
}
