import { beforeAll, describe, expect, it } from 'vitest';
import { expectDomainError } from '@/db/test-expect';
import { enterpriseInput, makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { insertEnterprise } from './enterprises';
import { acceptIntake, declineIntake, listIntakeQueue, listMyIntake, submitIntake } from './intake';
import { getLeadOrThrow, moveLeadStage } from './leads';
import type { Viewer } from './viewer';

withTestDb();

let team: { id: string; name: string };
let officer: Viewer;
let otherOfficer: Viewer;
let leader: Viewer;
let liaison: Viewer;
let otherLiaison: Viewer;

const item = (enterpriseName: string) => ({ enterpriseName, uscc: null, contactName: '王经理', contactPhone: '13900001111', projectHint: '拟在区内新建电池包生产线' });

beforeAll(async () => {
  team = await makeTeam();
  officer = await makeViewer('officer', team);
  otherOfficer = await makeViewer('officer', await makeTeam());
  leader = await makeViewer('leader');
  liaison = await makeViewer('liaison');
  otherLiaison = await makeViewer('liaison');
});

describe('liaison intake', () => {
  it('a liaison submits and sees only their own items; others may not submit', async () => {
    await submitIntake(liaison, item('报送甲有限公司'));
    await submitIntake(otherLiaison, item('报送乙有限公司'));
    expect((await listMyIntake(liaison)).map((i) => i.enterpriseName)).toEqual(['报送甲有限公司']);
    await expectDomainError(submitIntake(officer, item('专员报送')), 'forbidden');
    await expectDomainError(listIntakeQueue(liaison), 'forbidden');
    await expectDomainError(listMyIntake(leader), 'forbidden');
  });

  it('a leader accepts into a team: the enterprise is created, a lead opens, and the liaison sees its stage', async () => {
    const { id } = await submitIntake(liaison, item('报送接收有限公司'));
    const queued = (await listIntakeQueue(leader)).find((i) => i.id === id)!;
    expect(queued.status).toBe('pending');
    const { leadId } = await acceptIntake(leader, { id, version: queued.version, teamId: team.id, ownerId: officer.id, enterpriseId: null });
    const lead = await getLeadOrThrow(officer, leadId);
    expect(lead).toMatchObject({ teamId: team.id, ownerId: officer.id, stage: 'lead', sourceMethod: 'department', enterpriseName: '报送接收有限公司' });
    await moveLeadStage(officer, leadId, 1, 'contacted', '');
    const mine = (await listMyIntake(liaison)).find((i) => i.id === id)!;
    expect(mine).toMatchObject({ status: 'accepted', leadStage: 'contacted' });
    await expectDomainError(acceptIntake(leader, { id, version: queued.version + 1, teamId: team.id, ownerId: officer.id, enterpriseId: null }), 'alreadyDecided');
  });

  it('links an existing enterprise; an officer accepts only into their own team', async () => {
    const existing = await insertEnterprise(officer, enterpriseInput('已有企业有限公司'));
    const { id } = await submitIntake(liaison, item('已有企业'));
    await expectDomainError(acceptIntake(otherOfficer, { id, version: 1, teamId: team.id, ownerId: officer.id, enterpriseId: existing.id }), 'forbidden');
    const { leadId } = await acceptIntake(officer, { id, version: 1, teamId: team.id, ownerId: officer.id, enterpriseId: existing.id });
    expect((await getLeadOrThrow(officer, leadId)).enterpriseId).toBe(existing.id);
  });

  it('declines with a reason the liaison sees; a stale version is refused', async () => {
    const { id } = await submitIntake(liaison, item('报送退回有限公司'));
    await expectDomainError(declineIntake(leader, id, 2, '重复报送'), 'conflict');
    await declineIntake(leader, id, 1, '重复报送');
    expect((await listMyIntake(liaison)).find((i) => i.id === id)).toMatchObject({ status: 'declined', declineReason: '重复报送', leadStage: null });
    await expectDomainError(declineIntake(liaison, id, 2, 'x'), 'forbidden');
  });
});
