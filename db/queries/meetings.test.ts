import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { contacts, followUps, leads, meetings, notifications } from '@/db/schema';
import { expectDomainError } from '@/db/test-expect';
import { enterpriseInput, leadInput, makeZoneViewers, withTestDb } from '@/db/test-utils';
import { meetingCreateSchema } from '@/lib/validation/meetings';
import { insertEnterprise } from './enterprises';
import { getLeadOrThrow, insertLead } from './leads';
import { listMeetings, listMeetingsOf, logMeeting } from './meetings';
import { addNote } from './notes';
import { listTimeline } from './timeline';
import type { Viewer } from './viewer';

withTestDb();

let teamA: { id: string; name: string };
let teamB: { id: string; name: string };
let officerA: Viewer;
let officerA2: Viewer;
let officerB: Viewer;
let leader: Viewer;
let admin: Viewer;
let liaison: Viewer;
// Team A's enterprise and lead, worked by officerA.
let enterpriseA: string;
let leadA: string;

/** A meeting as the form posts it (through the same schema, so defaults are the real ones). */
function meeting(extra: Record<string, unknown> = {}) {
  return meetingCreateSchema.parse({ enterpriseId: enterpriseA, leadId: leadA, kind: 'visit_out', occurredAt: '2026-03-10T10:00', summary: '洽谈线束扩产', ...extra });
}

beforeAll(async () => {
  ({ teamA, teamB, officerA, officerA2, officerB, leader, admin, liaison } = await makeZoneViewers());
  enterpriseA = (await insertEnterprise(officerA, enterpriseInput('拜访测试汽车电子有限公司'))).id;
  leadA = (await insertLead(officerA, leadInput(enterpriseA))).id;
});

describe('logging a meeting', () => {
  it('stores it for the lead’s team, makes the next step a follow-up for its owner, and tells the owner', async () => {
    const { id, followUpId } = await logMeeting(
      officerA,
      meeting({ place: '苏州', outcome: '同意考察', attendeeIds: [officerA2.id], nextStep: '寄送政策材料', nextStepOwnerId: officerA2.id, nextStepDue: '2026-03-20' }),
    );
    const db = await getDb();
    const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
    expect(row).toMatchObject({ teamId: teamA.id, leadId: leadA, kind: 'visit_out', place: '苏州', createdBy: officerA.id });
    expect(row.occurredAt.toISOString()).toBe('2026-03-10T02:00:00.000Z');
    // The viewer is always an attendee.
    expect(row.attendeeIds.sort()).toEqual([officerA.id, officerA2.id].sort());
    expect(followUpId).not.toBeNull();
    const [followUp] = await db.select().from(followUps).where(eq(followUps.id, followUpId!));
    expect(followUp).toMatchObject({ meetingId: id, ownerId: officerA2.id, teamId: teamA.id, title: '寄送政策材料', dueDate: '2026-03-20', doneAt: null });
    const sent = await db.select().from(notifications).where(eq(notifications.userId, officerA2.id));
    expect(sent.map((n) => n.kind)).toContain('followUpAssigned');
  });

  it('defaults the next step’s owner to the viewer, and makes none without a next step', async () => {
    const db = await getDb();
    const own = await logMeeting(officerA, meeting({ nextStep: '电话回访', nextStepDue: '2026-03-25' }));
    expect((await db.select().from(followUps).where(eq(followUps.id, own.followUpId!)))[0].ownerId).toBe(officerA.id);
    expect((await logMeeting(officerA, meeting())).followUpId).toBeNull();
  });

  it('closes the follow-up it does, with a pointer to itself; another team’s follow-up is not found', async () => {
    const db = await getDb();
    const first = await logMeeting(officerA, meeting({ nextStep: '寄送材料', nextStepDue: '2026-03-26' }));
    const second = await logMeeting(officerA, meeting({ followUpId: first.followUpId }));
    const [row] = await db.select().from(followUps).where(eq(followUps.id, first.followUpId!));
    expect(row).toMatchObject({ doneMeetingId: second.id, doneBy: officerA.id });
    expect(row.doneAt).not.toBeNull();
    const open = await logMeeting(officerA, meeting({ nextStep: '再次拜访', nextStepDue: '2026-03-27' }));
    const otherLead = (await insertLead(officerB, leadInput((await insertEnterprise(officerB, enterpriseInput('乙队拜访企业'))).id))).id;
    const otherEnterprise = (await getLeadOrThrow(officerB, otherLead)).enterpriseId;
    await expectDomainError(logMeeting(officerB, meeting({ enterpriseId: otherEnterprise, leadId: otherLead, followUpId: open.followUpId })), 'notFound', 'followUpId');
  });

  it('refuses a next-step owner from another team', async () => {
    await expectDomainError(logMeeting(officerA, meeting({ nextStep: '跟进', nextStepOwnerId: officerB.id, nextStepDue: '2026-03-20' })), 'ownerNotInTeam', 'nextStepOwnerId');
  });

  it('moves the lead’s last activity forward, never back', async () => {
    const before = (await getLeadOrThrow(officerA, leadA)).lastActivityAt;
    await logMeeting(officerA, meeting({ occurredAt: '2099-01-01T09:00' }));
    const after = (await getLeadOrThrow(officerA, leadA)).lastActivityAt;
    expect(after.toISOString()).toBe('2099-01-01T01:00:00.000Z');
    expect(after.getTime()).toBeGreaterThan(new Date(before).getTime());
    await logMeeting(officerA, meeting({ occurredAt: '2020-01-01T09:00' }));
    expect((await getLeadOrThrow(officerA, leadA)).lastActivityAt.toISOString()).toBe('2099-01-01T01:00:00.000Z');
  });

  it('treats another team’s lead as not found for an officer', async () => {
    await expectDomainError(logMeeting(officerB, meeting()), 'notFound', 'leadId');
    await expectDomainError(logMeeting(officerA, meeting({ leadId: leadA, enterpriseId: (await insertEnterprise(officerB, enterpriseInput('别家企业'))).id })), 'notFound', 'leadId');
  });

  it('adds a new contact inline only for someone who may edit the enterprise', async () => {
    const db = await getDb();
    const { id } = await logMeeting(officerA, meeting({ newContactName: '王总', newContactMobile: '13800001111' }));
    const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
    const [contact] = await db.select().from(contacts).where(eq(contacts.id, row.contactIds[0]));
    expect(contact).toMatchObject({ enterpriseId: enterpriseA, name: '王总', mobile: '13800001111' });
    // Team B may log a meeting with team A's enterprise (the library is shared) but not add to its contacts.
    await expectDomainError(logMeeting(officerB, meeting({ leadId: null, newContactName: '李总' })), 'forbidden', 'newContactName');
    expect((await logMeeting(officerB, meeting({ leadId: null }))).id).toBeTruthy();
  });

  it('refuses contacts of another enterprise', async () => {
    const other = (await insertEnterprise(officerA, enterpriseInput('另一家企业'))).id;
    const { id } = await logMeeting(officerA, meeting({ enterpriseId: other, leadId: null, newContactName: '赵总' }));
    const db = await getDb();
    const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
    await expectDomainError(logMeeting(officerA, meeting({ contactIds: row.contactIds })), 'invalidChoice', 'contactIds');
  });

  it('is forbidden to liaisons and leaders', async () => {
    await expectDomainError(logMeeting(liaison, meeting()), 'forbidden');
    await expectDomainError(logMeeting(leader, meeting()), 'forbidden');
    await expectDomainError(listMeetings(liaison, {}), 'forbidden');
    await expectDomainError(listTimeline(liaison, { leadId: leadA }), 'forbidden');
  });

  it('lets an admin log on any team’s lead, kept by that team', async () => {
    const { id } = await logMeeting(admin, meeting());
    const db = await getDb();
    expect((await db.select({ teamId: meetings.teamId }).from(meetings).where(eq(meetings.id, id)))[0].teamId).toBe(teamA.id);
  });
});

describe('reading meetings', () => {
  it('never shows team A’s meetings to team B, in any list or timeline', async () => {
    const mine = await listMeetings(officerA, {});
    expect(mine.rows.length).toBeGreaterThan(0);
    const theirs = await listMeetings(officerB, {});
    expect(theirs.rows.every((r) => r.teamName === teamB.name)).toBe(true);
    expect(await listMeetingsOf(officerB, { leadId: leadA })).toEqual([]);
    expect((await listMeetingsOf(officerB, { enterpriseId: enterpriseA })).every((r) => r.teamName === teamB.name)).toBe(true);
    await expectDomainError(listTimeline(officerB, { leadId: leadA }), 'notFound');
    const enterpriseTimeline = await listTimeline(officerB, { enterpriseId: enterpriseA });
    expect(enterpriseTimeline.filter((i) => i.kind === 'meeting').every((i) => i.kind === 'meeting' && i.meeting.teamName === teamB.name)).toBe(true);
    expect(enterpriseTimeline.some((i) => i.kind === 'followUp')).toBe(false);
    // Leaders see every team's.
    expect((await listMeetings(leader, { enterpriseId: enterpriseA })).rows.map((r) => r.teamName)).toEqual(expect.arrayContaining([teamA.name, teamB.name]));
  });

  it('shows a lead’s timeline newest first: meetings, events, notes and follow-ups', async () => {
    await addNote(officerA, { enterpriseId: enterpriseA, leadId: leadA, body: '内部讨论：优先推进' });
    const items = await listTimeline(officerA, { leadId: leadA });
    expect(new Set(items.map((i) => i.kind))).toEqual(new Set(['meeting', 'event', 'note', 'followUp']));
    const times = items.map((i) => i.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    await expectDomainError(addNote(officerB, { enterpriseId: enterpriseA, leadId: leadA, body: '越权' }), 'notFound');
    expect((await listTimeline(officerB, { enterpriseId: enterpriseA })).some((i) => i.kind === 'note')).toBe(false);
  });

  it('filters by kind, date range (zone days) and attendee', async () => {
    const e = (await insertEnterprise(officerA2, enterpriseInput('筛选测试有限公司'))).id;
    const at = (occurredAt: string, kind = 'visit_out', extra: Record<string, unknown> = {}) =>
      logMeeting(officerA2, meeting({ enterpriseId: e, leadId: null, occurredAt, kind, ...extra }));
    await at('2025-06-01T00:30', 'call');
    await at('2025-06-01T23:30', 'visit_out', { attendeeIds: [officerA.id] });
    await at('2025-06-02T08:00', 'video');
    const list = (filter: Parameters<typeof listMeetings>[1]) => listMeetings(officerA2, { enterpriseId: e, ...filter }).then((r) => r.rows.map((m) => m.kind));
    expect(await list({})).toEqual(['video', 'visit_out', 'call']);
    expect(await list({ kind: 'call' })).toEqual(['call']);
    // 00:30 and 23:30 Shanghai time are both on 1 June, though 00:30 is 31 May in UTC.
    expect(await list({ from: '2025-06-01', to: '2025-06-01' })).toEqual(['visit_out', 'call']);
    expect(await list({ from: '2025-06-02' })).toEqual(['video']);
    expect(await list({ userId: officerA.id })).toEqual(['visit_out']);
    expect(await listMeetings(officerB, { enterpriseId: e })).toEqual({ rows: [], next: null });
  });

  it('pages by keyset without gaps or repeats, rows of one instant included', async () => {
    const e = (await insertEnterprise(officerA2, enterpriseInput('分页测试有限公司'))).id;
    for (let i = 0; i < 55; i++) await logMeeting(officerA2, meeting({ enterpriseId: e, leadId: null, occurredAt: i < 10 ? '2024-01-01T09:00' : `2024-02-${String((i % 28) + 1).padStart(2, '0')}T10:00` }));
    const first = await listMeetings(officerA2, { enterpriseId: e });
    expect(first.rows).toHaveLength(50);
    expect(first.next).not.toBeNull();
    const second = await listMeetings(officerA2, { enterpriseId: e, after: first.next! });
    expect(second.rows).toHaveLength(5);
    expect(second.next).toBeNull();
    const ids = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(55);
  });
});

describe('the lead row', () => {
  it('is untouched by a meeting without a lead', async () => {
    const db = await getDb();
    const [before] = await db.select({ at: leads.lastActivityAt }).from(leads).where(eq(leads.id, leadA));
    await logMeeting(officerA, meeting({ leadId: null, occurredAt: '2100-01-01T00:00' }));
    const [after] = await db.select({ at: leads.lastActivityAt }).from(leads).where(eq(leads.id, leadA));
    expect(after.at).toEqual(before.at);
  });
});
