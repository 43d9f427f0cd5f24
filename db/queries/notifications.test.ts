import { beforeAll, describe, expect, it } from 'vitest';
import { enterpriseInput, leadInput, makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { insertEnterprise } from './enterprises';
import { acceptIntake, declineIntake, submitIntake } from './intake';
import { assignLead, insertLead } from './leads';
import { listNotifications, markNotificationsRead } from './notifications';
import type { Viewer } from './viewer';

withTestDb();

let team: { id: string; name: string };
let officer: Viewer;
let officer2: Viewer;
let leader: Viewer;
let liaison: Viewer;
let otherLiaison: Viewer;

const intakeItem = (enterpriseName: string) => ({ enterpriseName, uscc: null, contactName: '赵经理', contactPhone: '13900003333', projectHint: '拟新建氢能储运装备产线' });

beforeAll(async () => {
  team = await makeTeam();
  officer = await makeViewer('officer', team);
  officer2 = await makeViewer('officer', team);
  leader = await makeViewer('leader');
  liaison = await makeViewer('liaison');
  otherLiaison = await makeViewer('liaison');
});

describe('notifications', () => {
  it('a leader assigning a lead notifies the new owner only', async () => {
    const enterpriseId = (await insertEnterprise(officer, enterpriseInput('通知测试有限公司'))).id;
    const { id } = await insertLead(officer, leadInput(enterpriseId, { projectName: '通知测试项目' }));
    expect((await listNotifications(officer2)).unread).toBe(0);
    await assignLead(leader, id, 1, team.id, officer2.id);
    const { items, unread } = await listNotifications(officer2);
    expect(unread).toBe(1);
    expect(items).toEqual([expect.objectContaining({ kind: 'leadAssigned', data: { project: '通知测试项目' }, link: `/leads/${id}`, read: false })]);
    expect((await listNotifications(officer)).items).toEqual([]);
    expect((await listNotifications(leader)).items).toEqual([]);
  });

  it('accepting and declining intake items notifies the liaison who submitted them', async () => {
    const accepted = await submitIntake(liaison, intakeItem('报送通知甲有限公司'));
    const declined = await submitIntake(liaison, intakeItem('报送通知乙有限公司'));
    await acceptIntake(leader, { id: accepted.id, version: 1, teamId: team.id, ownerId: officer.id, enterpriseId: null });
    await declineIntake(leader, declined.id, 1, '已有专班在谈');
    const { items, unread } = await listNotifications(liaison);
    expect(unread).toBe(2);
    expect(items.map((n) => [n.kind, n.data])).toEqual(
      expect.arrayContaining([
        ['intakeAccepted', { enterprise: '报送通知甲有限公司' }],
        ['intakeDeclined', { enterprise: '报送通知乙有限公司', reason: '已有专班在谈' }],
      ]),
    );
    expect((await listNotifications(otherLiaison)).items).toEqual([]);
    // The owner the leader chose hears about the new lead too.
    expect((await listNotifications(officer)).items.map((n) => n.kind)).toContain('leadAssigned');
  });

  it('marks read only the viewer’s own notifications, by id or all', async () => {
    await submitIntake(otherLiaison, intakeItem('报送通知丙有限公司')).then(({ id }) => declineIntake(leader, id, 1, '信息不全'));
    const mine = await listNotifications(liaison);
    const theirs = await listNotifications(otherLiaison);
    expect(theirs.unread).toBe(1);

    // Someone else's ids are ignored, not marked.
    expect(await markNotificationsRead(liaison, [theirs.items[0].id])).toEqual({ marked: 0 });
    expect((await listNotifications(otherLiaison)).unread).toBe(1);

    expect(await markNotificationsRead(liaison, [mine.items[0].id])).toEqual({ marked: 1 });
    const after = await listNotifications(liaison);
    expect(after.unread).toBe(1);
    expect(after.items.find((n) => n.id === mine.items[0].id)?.read).toBe(true);

    expect(await markNotificationsRead(liaison, 'all')).toEqual({ marked: 1 });
    expect((await listNotifications(liaison)).unread).toBe(0);
    expect((await listNotifications(otherLiaison)).unread).toBe(1);
  });
});
