import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { followUps } from '@/db/schema';
import { expectDomainError } from '@/db/test-expect';
import { enterpriseInput, leadInput, makeViewer, makeZoneViewers, withTestDb } from '@/db/test-utils';
import type { MeetingCreateInput } from '@/lib/validation/meetings';
import { insertEnterprise } from './enterprises';
import { countOverdueByTeam, listMyFollowUps, setFollowUpDone } from './follow-ups';
import { insertLead } from './leads';
import { logMeeting } from './meetings';
import type { Viewer } from './viewer';

withTestDb();

/** A zone date relative to today in Asia/Shanghai (UTC+8 all year), whatever the machine's time zone. */
const zoneDay = (offset: number) => new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

let teamA: { id: string; name: string };
let teamB: { id: string; name: string };
let officerA: Viewer;
let officerA2: Viewer;
let officerB: Viewer;
let leader: Viewer;
let admin: Viewer;
let enterpriseA: string;
let leadA: string;
let enterpriseB: string;

const meeting = (enterpriseId: string, leadId: string | null, nextStep: string, due: string, extra: Partial<MeetingCreateInput> = {}): MeetingCreateInput => ({
  enterpriseId,
  leadId,
  kind: 'visit_out',
  occurredAt: `${zoneDay(-1)}T10:00`,
  place: '',
  summary: '介绍园区用地与配套政策',
  outcome: '',
  attendeeIds: [],
  contactIds: [],
  newContactName: '',
  newContactMobile: '',
  nextStep,
  nextStepOwnerId: null,
  nextStepDue: due,
  ...extra,
});

async function followUp(viewer: Viewer, title: string, dueOffset: number, enterpriseId = enterpriseA, leadId: string | null = leadA) {
  const { followUpId } = await logMeeting(viewer, meeting(enterpriseId, leadId, title, zoneDay(dueOffset)));
  return followUpId!;
}

beforeAll(async () => {
  ({ teamA, teamB, officerA, officerA2, officerB, leader, admin } = await makeZoneViewers());
  enterpriseA = (await insertEnterprise(officerA, enterpriseInput('跟进测试甲有限公司'))).id;
  leadA = (await insertLead(officerA, leadInput(enterpriseA, { projectName: '跟进测试项目' }))).id;
  enterpriseB = (await insertEnterprise(officerB, enterpriseInput('跟进测试乙有限公司'))).id;
});

describe('my follow-ups', () => {
  it('buckets open follow-ups relative to today in Asia/Shanghai, overdue first, up to a week ahead', async () => {
    await followUp(officerA, '发送用地方案', 3);
    await followUp(officerA, '回访财务总监', -2);
    await followUp(officerA, '确认考察行程', 0);
    await followUp(officerA, '一周后的事', 7);
    await followUp(officerA, '下个月的事', 20);
    const rows = await listMyFollowUps(officerA);
    expect(rows.map((r) => [r.title, r.bucket])).toEqual([
      ['回访财务总监', 'overdue'],
      ['确认考察行程', 'today'],
      ['发送用地方案', 'week'],
      ['一周后的事', 'week'],
    ]);
    expect(rows[0]).toMatchObject({ enterpriseId: enterpriseA, enterpriseName: '跟进测试甲有限公司', leadId: leadA, leadName: '跟进测试项目', version: 1 });
    // Only the viewer's own: a teammate has none, and a leader's list is their own too.
    expect(await listMyFollowUps(officerA2)).toEqual([]);
    expect(await listMyFollowUps(leader)).toEqual([]);
  });

  it('lists a follow-up owned by a teammate only for that teammate', async () => {
    await logMeeting(officerA, meeting(enterpriseA, leadA, '替同事安排的回访', zoneDay(1), { nextStepOwnerId: officerA2.id }));
    expect((await listMyFollowUps(officerA2)).map((r) => r.title)).toEqual(['替同事安排的回访']);
    expect((await listMyFollowUps(officerA)).map((r) => r.title)).not.toContain('替同事安排的回访');
  });
});

describe('marking done', () => {
  it('marks done and undone with versions; a stale version is a conflict', async () => {
    const id = await followUp(officerA, '寄送招商手册', 1);
    await setFollowUpDone(officerA, id, 1, true);
    expect((await listMyFollowUps(officerA)).map((r) => r.id)).not.toContain(id);
    await expectDomainError(setFollowUpDone(officerA, id, 1, false), 'conflict');
    await setFollowUpDone(officerA, id, 2, false);
    expect((await listMyFollowUps(officerA)).find((r) => r.id === id)).toMatchObject({ version: 3 });
    const db = await getDb();
    const [row] = await db.select({ doneAt: followUps.doneAt, doneBy: followUps.doneBy }).from(followUps).where(eq(followUps.id, id));
    expect(row).toEqual({ doneAt: null, doneBy: null });
  });

  it('a teammate or a leader may mark it done; another team’s officer gets notFound; a liaison may not', async () => {
    const id = await followUp(officerA, '准备签约材料', 2);
    await expectDomainError(setFollowUpDone(officerB, id, 1, true), 'notFound');
    await expectDomainError(setFollowUpDone(await makeViewer('liaison'), id, 1, true), 'forbidden');
    // Leaders own next steps too, so they tick them off (here: done and undone again).
    await setFollowUpDone(leader, id, 1, true);
    await setFollowUpDone(leader, id, 2, false);
    await setFollowUpDone(officerA2, id, 3, true);
    const db = await getDb();
    const [row] = await db.select({ doneBy: followUps.doneBy, version: followUps.version }).from(followUps).where(eq(followUps.id, id));
    expect(row).toEqual({ doneBy: officerA2.id, version: 4 });
  });
});

describe('overdue per team', () => {
  it('counts open overdue follow-ups per team: leaders and admins all teams, an officer their own', async () => {
    await followUp(officerB, '乙队逾期事项', -5, enterpriseB, null);
    await followUp(officerB, '乙队未到期事项', 2, enterpriseB, null);
    const doneId = await followUp(officerB, '乙队已完成的逾期事项', -3, enterpriseB, null);
    await setFollowUpDone(officerB, doneId, 1, true);

    const all = await countOverdueByTeam(leader);
    expect(all).toEqual(expect.arrayContaining([{ teamId: teamA.id, teamName: teamA.name, overdue: 1 }, { teamId: teamB.id, teamName: teamB.name, overdue: 1 }]));
    expect(await countOverdueByTeam(admin)).toEqual(all);
    expect(await countOverdueByTeam(officerB)).toEqual([{ teamId: teamB.id, teamName: teamB.name, overdue: 1 }]);
    expect(await countOverdueByTeam(officerA)).toEqual([{ teamId: teamA.id, teamName: teamA.name, overdue: 1 }]);
  });
});
