import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLogs } from '@/db/schema';
import { expectDomainError } from '@/db/test-expect';
import { makeChainNode, makeNegotiatingLead, makeViewer, makeZoneViewers, signInput, withTestDb } from '@/db/test-utils';
import { supervisionCreateSchema, type SupervisionCreateInput } from '@/lib/validation/supervision';
import { signLead } from './projects';
import {
  closeSupervision,
  getSupervisionOrThrow,
  insertSupervision,
  listOverdueSupervision,
  listRecordSupervision,
  listSupervision,
  reopenSupervision,
  reportSupervisionProgress,
  updateSupervision,
} from './supervision';
import type { Viewer } from './viewer';

withTestDb();

let cast: Awaited<ReturnType<typeof makeZoneViewers>>;
let leadA: string;
let projectA: string;
let leadB: string;
let nodeId: string;

beforeAll(async () => {
  cast = await makeZoneViewers();
  ({ nodeId } = await makeChainNode(cast.admin, '督办测试链', '整车'));
  leadA = (await makeNegotiatingLead(cast.officerA, nodeId)).leadId;
  const signed = await makeNegotiatingLead(cast.officerA, nodeId);
  projectA = (await signLead(cast.officerA, signInput(signed))).id;
  leadB = (await makeNegotiatingLead(cast.officerB, nodeId)).leadId;
});

const input = (extra: Partial<SupervisionCreateInput> = {}): SupervisionCreateInput => ({
  leadId: null,
  projectId: null,
  teamId: null,
  assigneeId: null,
  title: '本周内对接企业，落实用地需求',
  deadline: '2099-12-31',
  ...extra,
});

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('supervision', () => {
  it('lets a leader assign on a lead and on a project, to the record’s team by default', async () => {
    const onLead = await insertSupervision(cast.leader, input({ leadId: leadA }));
    const onProject = await insertSupervision(cast.leader, input({ projectId: projectA, assigneeId: cast.officerA.id }));
    const lead = await getSupervisionOrThrow(cast.leader, onLead.id);
    expect(lead).toMatchObject({ leadId: leadA, projectId: null, teamId: cast.teamA.id, state: 'open', overdue: false, version: 1, canManage: true, canReport: false, updates: [] });
    const project = await getSupervisionOrThrow(cast.officerA, onProject.id);
    expect(project).toMatchObject({ projectId: projectA, teamId: cast.teamA.id, assigneeId: cast.officerA.id, canReport: true, canManage: false });
    expect(project.recordName).not.toBe('');
    expect(ids(await listSupervision(cast.officerA))).toEqual(expect.arrayContaining([onLead.id, onProject.id]));
  });

  it('lets the team’s officers report progress and keeps the history', async () => {
    const { id } = await insertSupervision(cast.leader, input({ leadId: leadA }));
    expect(await reportSupervisionProgress(cast.officerA, { id, version: 1, note: '已约企业下周面谈' })).toEqual({ version: 2 });
    // No officer named: any officer of the team may report.
    expect(await reportSupervisionProgress(cast.officerA2, { id, version: 2, note: '用地指标已报自然资源局' })).toEqual({ version: 3 });
    const item = await getSupervisionOrThrow(cast.leader, id);
    expect(item.updates.map((u) => [u.note, u.authorName])).toEqual([
      ['用地指标已报自然资源局', cast.officerA2.displayName],
      ['已约企业下周面谈', cast.officerA.displayName],
    ]);
    expect(item.lastProgressNote).toBe('用地指标已报自然资源局');
    const row = (await listSupervision(cast.leader)).find((r) => r.id === id);
    expect(row?.lastProgressAt).toBeInstanceOf(Date);
  });

  it('lets only the named officer report when one is named', async () => {
    const { id } = await insertSupervision(cast.leader, input({ projectId: projectA, assigneeId: cast.officerA.id }));
    await expectDomainError(reportSupervisionProgress(cast.officerA2, { id, version: 1, note: '代为报告' }), 'forbidden');
    await reportSupervisionProgress(cast.officerA, { id, version: 1, note: '开工手续办理中' });
  });

  it('lists a record’s items for its page: in scope, open ones first, none for a liaison or a bad id', async () => {
    // A lead of its own: the other cases look at their records' items only.
    const { leadId: leadA2 } = await makeNegotiatingLead(cast.officerA, nodeId);
    const open = await insertSupervision(cast.leader, input({ leadId: leadA2, title: '逐项落实', deadline: '2099-01-01' }));
    const later = await insertSupervision(cast.leader, input({ leadId: leadA2, title: '再次对接', deadline: '2099-06-01' }));
    const closed = await insertSupervision(cast.leader, input({ leadId: leadA2, title: '已办结的一项' }));
    await closeSupervision(cast.leader, { id: closed.id, version: 1, remark: '已落实' });
    const onProject = await insertSupervision(cast.leader, input({ projectId: projectA }));
    expect(ids(await listRecordSupervision(cast.leader, { leadId: leadA2 }))).toEqual([open.id, later.id, closed.id]);
    expect(ids(await listRecordSupervision(cast.officerA2, { leadId: leadA2 }))).toEqual([open.id, later.id, closed.id]);
    expect(await listRecordSupervision(cast.officerB, { leadId: leadA2 })).toEqual([]);
    expect(await listRecordSupervision(cast.liaison, { leadId: leadA2 })).toEqual([]);
    expect(ids(await listRecordSupervision(cast.officerA, { projectId: projectA }))).toContain(onProject.id);
    expect(await listRecordSupervision(cast.officerB, { projectId: projectA })).toEqual([]);
    expect(ids(await listRecordSupervision(cast.leader, { projectId: projectA }))).not.toContain(open.id);
    await expectDomainError(listRecordSupervision(cast.leader, { leadId: 'not-a-uuid' }), 'notFound');
  });

  it('hides another team’s items from an officer (not found), everywhere', async () => {
    const { id } = await insertSupervision(cast.leader, input({ leadId: leadA, deadline: '2020-01-01' }));
    await expectDomainError(getSupervisionOrThrow(cast.officerB, id), 'notFound');
    await expectDomainError(reportSupervisionProgress(cast.officerB, { id, version: 1, note: '越权' }), 'notFound');
    expect(ids(await listSupervision(cast.officerB))).not.toContain(id);
    expect(ids((await listOverdueSupervision(cast.officerB, { limit: 50 })).items)).not.toContain(id);
    expect(ids(await listSupervision(cast.officerB, { teamId: cast.teamA.id }))).toEqual([]);
  });

  it('refuses assigning, closing and reopening to officers, and everything to liaisons', async () => {
    const { id } = await insertSupervision(cast.leader, input({ leadId: leadA }));
    await expectDomainError(insertSupervision(cast.officerA, input({ leadId: leadA })), 'forbidden');
    await expectDomainError(closeSupervision(cast.officerA, { id, version: 1, remark: '' }), 'forbidden');
    await expectDomainError(reopenSupervision(cast.officerA, { id, version: 1, remark: '' }), 'forbidden');
    await expectDomainError(updateSupervision(cast.officerA, { id, version: 1, title: '改', deadline: '2099-01-01', assigneeId: null }), 'forbidden');
    await expectDomainError(listSupervision(cast.liaison), 'forbidden');
    await expectDomainError(getSupervisionOrThrow(cast.liaison, id), 'forbidden');
    await expectDomainError(reportSupervisionProgress(cast.liaison, { id, version: 1, note: 'x' }), 'forbidden');
    await expectDomainError(insertSupervision(cast.liaison, input({ leadId: leadA })), 'forbidden');
    // Leaders supervise; they do not report on their own instruction.
    await expectDomainError(reportSupervisionProgress(cast.leader, { id, version: 1, note: 'x' }), 'forbidden');
    expect(await listOverdueSupervision(cast.liaison)).toEqual({ count: 0, items: [] });
  });

  it('closes with a remark, reopens, and refuses a stale version', async () => {
    const { id } = await insertSupervision(cast.leader, input({ projectId: projectA }));
    await reportSupervisionProgress(cast.officerA, { id, version: 1, note: '已完成' });
    // The leader's page still shows version 1: someone reported since.
    await expectDomainError(closeSupervision(cast.leader, { id, version: 1, remark: '办结' }), 'conflict');
    expect(await closeSupervision(cast.leader, { id, version: 2, remark: '已落实，办结' })).toEqual({ version: 3 });
    const closed = await getSupervisionOrThrow(cast.officerA, id);
    expect(closed).toMatchObject({ state: 'closed', closingRemark: '已落实，办结', closedByName: cast.leader.displayName, canReport: false });
    await expectDomainError(reportSupervisionProgress(cast.officerA, { id, version: 3, note: '补充' }), 'invalid');
    await expectDomainError(closeSupervision(cast.admin, { id, version: 3, remark: '' }), 'invalid');
    expect(await reopenSupervision(cast.admin, { id, version: 3, remark: '仍需跟进' })).toEqual({ version: 4 });
    expect(await getSupervisionOrThrow(cast.leader, id)).toMatchObject({ state: 'open', closedAt: null, closingRemark: '' });
    await expectDomainError(reportSupervisionProgress(cast.officerA, { id, version: 3, note: '旧页面' }), 'conflict');

    const db = await getDb();
    const audit = await db.select({ action: auditLogs.action }).from(auditLogs).where(eq(auditLogs.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(['create', 'progress', 'close', 'reopen']);
  });

  it('edits the instruction, deadline and officer, and audits the change', async () => {
    const { id } = await insertSupervision(cast.leader, input({ leadId: leadA }));
    expect(await updateSupervision(cast.leader, { id, version: 1, title: '两周内落实', deadline: '2099-06-30', assigneeId: cast.officerA2.id })).toEqual({ version: 2 });
    expect(await getSupervisionOrThrow(cast.leader, id)).toMatchObject({ title: '两周内落实', deadline: '2099-06-30', assigneeId: cast.officerA2.id });
    await expectDomainError(updateSupervision(cast.leader, { id, version: 2, title: '两周内落实', deadline: '2099-06-30', assigneeId: cast.officerB.id }), 'ownerNotInTeam', 'assigneeId');
    const db = await getDb();
    const audit = await db.select({ action: auditLogs.action, changes: auditLogs.changes }).from(auditLogs).where(eq(auditLogs.entityId, id));
    expect(audit[1]).toMatchObject({ action: 'update', changes: { deadline: ['2099-12-31', '2099-06-30'] } });
  });

  it('computes overdue as open with a deadline before today, in scope, with a count', async () => {
    const past = await insertSupervision(cast.leader, input({ leadId: leadA, deadline: '2021-03-01' }));
    const older = await insertSupervision(cast.leader, input({ projectId: projectA, deadline: '2019-05-01' }));
    const future = await insertSupervision(cast.leader, input({ leadId: leadA, deadline: '2099-01-01' }));
    const otherTeam = await insertSupervision(cast.leader, input({ leadId: leadB, deadline: '2021-01-01' }));

    const mine = await listOverdueSupervision(cast.officerA, { limit: 1 });
    const all = await listOverdueSupervision(cast.officerA, { limit: 100 });
    expect(mine.items).toHaveLength(1);
    expect(mine.count).toBe(all.items.length);
    expect(ids(all.items)).toEqual(expect.arrayContaining([past.id, older.id]));
    expect(ids(all.items)).not.toContain(future.id);
    expect(ids(all.items)).not.toContain(otherTeam.id);
    // Longest overdue first.
    expect(mine.items[0].deadline <= '2019-05-01').toBe(true);
    expect(all.items.every((r) => r.overdue && r.state === 'open')).toBe(true);

    const leaderView = await listOverdueSupervision(cast.leader, { limit: 100 });
    expect(ids(leaderView.items)).toEqual(expect.arrayContaining([past.id, older.id, otherTeam.id]));
    expect(ids(await listSupervision(cast.officerA, { state: 'overdue' }))).toEqual(expect.arrayContaining([past.id, older.id]));
    expect(ids(await listSupervision(cast.officerA, { state: 'overdue' }))).not.toContain(future.id);

    // Closing takes it off the overdue list, although its deadline has passed.
    await closeSupervision(cast.leader, { id: past.id, version: 1, remark: '' });
    expect(ids((await listOverdueSupervision(cast.leader, { limit: 100 })).items)).not.toContain(past.id);
    expect(ids(await listSupervision(cast.leader, { state: 'closed' }))).toContain(past.id);
    expect(ids(await listSupervision(cast.leader, { state: 'open', teamId: cast.teamB.id }))).toEqual([otherTeam.id]);
  });

  it('requires exactly one of lead and project, and a real record, team and officer', async () => {
    const form = { title: '督办', deadline: '2099-01-01', teamId: '', assigneeId: '' };
    expect(supervisionCreateSchema.safeParse({ ...form, leadId: '', projectId: '' }).success).toBe(false);
    expect(supervisionCreateSchema.safeParse({ ...form, leadId: leadA, projectId: projectA }).success).toBe(false);
    expect(supervisionCreateSchema.safeParse({ ...form, leadId: leadA, projectId: '' }).success).toBe(true);
    expect(supervisionCreateSchema.safeParse({ ...form, leadId: '', projectId: projectA, deadline: '2099-13-01' }).success).toBe(false);
    await expectDomainError(insertSupervision(cast.leader, input()), 'required', 'leadId');
    await expectDomainError(insertSupervision(cast.leader, input({ leadId: leadA, projectId: projectA })), 'required', 'leadId');
    await expectDomainError(insertSupervision(cast.leader, input({ leadId: '00000000-0000-4000-8000-000000000000' })), 'notFound');
    await expectDomainError(insertSupervision(cast.leader, input({ leadId: leadA, teamId: '00000000-0000-4000-8000-000000000000' })), 'invalidChoice', 'teamId');
    await expectDomainError(insertSupervision(cast.leader, input({ leadId: leadA, assigneeId: cast.officerB.id })), 'ownerNotInTeam', 'assigneeId');
    // Another team may be given the item: then its officers see it and the record's team does not.
    const { id } = await insertSupervision(cast.leader, input({ leadId: leadA, teamId: cast.teamB.id, assigneeId: cast.officerB.id }));
    expect((await getSupervisionOrThrow(cast.officerB, id)).canReport).toBe(true);
    await expectDomainError(getSupervisionOrThrow(cast.officerA, id), 'notFound');
  });

  it('gives an officer without a team nothing', async () => {
    const loner: Viewer = await makeViewer('officer', null);
    expect(await listSupervision(loner)).toEqual([]);
    expect((await listOverdueSupervision(loner)).count).toBe(0);
  });
});
