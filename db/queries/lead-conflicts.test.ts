import { describe, expect, it } from 'vitest';
import { expectDomainError } from '@/db/test-expect';
import { enterpriseInput, leadInput, makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { insertEnterprise } from './enterprises';
import { listConflicts, resolveConflict } from './lead-conflicts';
import { getLeadOrThrow, insertLead, listLeadEvents } from './leads';

withTestDb();

const input = (enterpriseId: string, acknowledgeConflict = false) => leadInput(enterpriseId, { projectName: '撞单项目', acknowledgeConflict });

describe('conflicts list', () => {
  it('groups flagged leads per enterprise for leaders; a note clears them and is in the history', async () => {
    const [teamA, teamB] = [await makeTeam(), await makeTeam()];
    const [a, b] = [await makeViewer('officer', teamA), await makeViewer('officer', teamB)];
    const leader = await makeViewer('leader');
    const { id: enterpriseId } = await insertEnterprise(a, enterpriseInput('撞单列表有限公司'));
    const first = await insertLead(a, input(enterpriseId));
    const second = await insertLead(b, input(enterpriseId, true));

    const groups = await listConflicts(leader);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ enterpriseId, enterpriseName: '撞单列表有限公司' });
    expect(groups[0].leads.map((l) => l.id).sort()).toEqual([first.id, second.id].sort());

    await expectDomainError(listConflicts(a), 'forbidden');
    await expectDomainError(resolveConflict(a, enterpriseId, '自己解决'), 'forbidden');
    expect(await resolveConflict(leader, enterpriseId, '两队分工：甲队负责总部，乙队负责生产基地')).toEqual({ resolved: 2 });
    expect(await listConflicts(leader)).toEqual([]);
    expect((await getLeadOrThrow(a, first.id)).conflict).toBe(false);
    expect((await listLeadEvents(b, second.id)).map((e) => e.kind)).toContain('conflictResolved');
  });
});
