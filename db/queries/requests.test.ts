import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLogs, enterpriseRequests } from '@/db/schema';
import { expectDomainError } from '@/db/test-expect';
import { makeChainNode, makeDepartment, makeNegotiatingLead, makeViewer, makeZoneViewers, signInput, withTestDb } from '@/db/test-utils';
import { zoneToday } from '@/lib/project-status';
import { isRequestOverdue } from '@/lib/request-flow';
import { requestCreateSchema, type RequestCreateInput } from '@/lib/validation/requests';
import { signLead } from './projects';
import {
  acceptRequest,
  confirmRequest,
  getRequestOrThrow,
  getRequestTarget,
  listRecordRequests,
  listRequests,
  raiseRequest,
  requestFiguresByDepartment,
  REQUESTS_PAGE_SIZE,
  resolveRequest,
  updateRequest,
} from './requests';
import type { Viewer } from './viewer';

withTestDb();

let cast: Awaited<ReturnType<typeof makeZoneViewers>>;
let projectA: string;
let enterpriseA: string;
let projectB: string;

beforeAll(async () => {
  cast = await makeZoneViewers();
  const { nodeId } = await makeChainNode(cast.admin, '诉求测试链', '整车');
  const signedA = await makeNegotiatingLead(cast.officerA, nodeId);
  projectA = (await signLead(cast.officerA, signInput(signedA))).id;
  enterpriseA = signedA.enterpriseId;
  const signedB = await makeNegotiatingLead(cast.officerB, nodeId);
  projectB = (await signLead(cast.officerB, signInput(signedB))).id;
});

const input = (extra: Partial<RequestCreateInput> = {}): RequestCreateInput => ({
  enterpriseId: null,
  projectId: projectA,
  category: 'land',
  urgency: 'urgent',
  description: '二期用地指标尚未落实，需协调土地供应计划',
  departmentId: cast.departmentA.id,
  deadline: '2099-12-31',
  ...extra,
});

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/** Raises a request on team A's project for department A and returns what each step needs. */
async function raised(extra: Partial<RequestCreateInput> = {}) {
  const { id } = await raiseRequest(cast.officerA, input(extra));
  return { id, version: 1 };
}

async function auditActions(id: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db.select({ action: auditLogs.action }).from(auditLogs).where(and(eq(auditLogs.entityType, 'request'), eq(auditLogs.entityId, id))).orderBy(auditLogs.id);
  return rows.map((r) => r.action);
}

describe('raising a request', () => {
  it('keeps it with the raising team, on the project and its enterprise, 待分派, with a history entry and an audit row', async () => {
    const { id } = await raised();
    const request = await getRequestOrThrow(cast.officerA, id);
    expect(request).toMatchObject({ projectId: projectA, enterpriseId: enterpriseA, teamId: cast.teamA.id, departmentId: cast.departmentA.id, state: 'pending', overdue: false, version: 1 });
    expect(request.history.map((h) => [h.step, h.fromState, h.toState])).toEqual([['raise', null, 'pending']]);
    expect(request).toMatchObject({ canEdit: true, canConfirm: false, canAccept: false, canResolve: false });
    expect(await auditActions(id)).toEqual(['create']);
  });

  it('lets an officer raise for an enterprise their team signed, but not for another team’s project', async () => {
    const { id } = await raiseRequest(cast.officerA, input({ projectId: null, enterpriseId: enterpriseA }));
    expect(await getRequestOrThrow(cast.officerA, id)).toMatchObject({ projectId: null, enterpriseId: enterpriseA, teamId: cast.teamA.id });
    await expectDomainError(raiseRequest(cast.officerA, input({ projectId: projectB })), 'notFound');
    await expectDomainError(getRequestTarget(cast.officerB, { projectId: projectA }), 'notFound');
  });

  it('refuses leaders and liaisons, an unknown department and a malformed form', async () => {
    await expectDomainError(raiseRequest(cast.leader, input()), 'forbidden');
    await expectDomainError(raiseRequest(cast.liaison, input()), 'forbidden');
    await expectDomainError(raiseRequest(cast.officerA, input({ departmentId: '00000000-0000-4000-8000-000000000000' })), 'invalidChoice', 'departmentId');
    const parsed = requestCreateSchema.safeParse({ projectId: '', enterpriseId: '', category: 'x', urgency: 'normal', description: ' ', departmentId: '', deadline: '2026-13-01' });
    expect(parsed.success).toBe(false);
    const fields = parsed.error!.issues.map((i) => i.path.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['category', 'description', 'departmentId', 'deadline']));
  });
});

describe('the flow', () => {
  it('walks 待分派 → 办理中 → 已办结 → 已确认, each step by its own side, each in the history and the audit log', async () => {
    const r = await raised();
    await acceptRequest(cast.liaison, { id: r.id, version: 1, note: '已受理，安排专人对接' });
    await resolveRequest(cast.liaison, { id: r.id, version: 2, result: '已纳入年度土地供应计划' });
    const done = await getRequestOrThrow(cast.officerA, r.id);
    expect(done).toMatchObject({ state: 'resolved', result: '已纳入年度土地供应计划', canConfirm: true, canEdit: false });
    await confirmRequest(cast.officerA, { id: r.id, version: 3, satisfaction: 'satisfied', note: '企业表示满意', deadline: null });
    const closed = await getRequestOrThrow(cast.leader, r.id);
    expect(closed).toMatchObject({ state: 'confirmed', satisfaction: 'satisfied', reopenCount: 0, version: 4, canAccept: false, canResolve: false, canConfirm: false });
    expect(closed.history.map((h) => `${h.step}:${h.fromState ?? ''}>${h.toState}`)).toEqual(['raise:>pending', 'accept:pending>in_progress', 'resolve:in_progress>resolved', 'confirm:resolved>confirmed']);
    expect(closed.history.map((h) => h.actorName)).toEqual([cast.officerA.displayName, cast.liaison.displayName, cast.liaison.displayName, cast.officerA.displayName]);
    expect(await auditActions(r.id)).toEqual(['create', 'accept', 'resolve', 'confirm']);
  });

  it('reopens on 不满意: back to 办理中 with the same department, a new deadline if given, and counted', async () => {
    const r = await raised({ deadline: '2099-01-01' });
    await acceptRequest(cast.liaison, { id: r.id, version: 1, note: '' });
    await resolveRequest(cast.liaison, { id: r.id, version: 2, result: '已答复' });
    await confirmRequest(cast.officerA, { id: r.id, version: 3, satisfaction: 'unsatisfied', note: '企业认为未解决', deadline: '2099-06-30' });
    const reopened = await getRequestOrThrow(cast.liaison, r.id);
    expect(reopened).toMatchObject({ state: 'in_progress', satisfaction: 'unsatisfied', reopenCount: 1, deadline: '2099-06-30', departmentId: cast.departmentA.id, canResolve: true });
    expect(reopened.history.at(-1)).toMatchObject({ step: 'confirm', fromState: 'resolved', toState: 'in_progress', satisfaction: 'unsatisfied', note: '企业认为未解决' });
    expect(await auditActions(r.id)).toEqual(['create', 'accept', 'resolve', 'reopen']);
    // The second round ends like the first.
    await resolveRequest(cast.liaison, { id: r.id, version: 4, result: '已现场协调解决' });
    await confirmRequest(cast.officerA, { id: r.id, version: 5, satisfaction: 'basically', note: '', deadline: null });
    expect(await getRequestOrThrow(cast.officerA, r.id)).toMatchObject({ state: 'confirmed', satisfaction: 'basically', reopenCount: 1 });
  });

  it('refuses to skip or repeat a step, and changes nothing when it does', async () => {
    const r = await raised();
    await expectDomainError(resolveRequest(cast.liaison, { id: r.id, version: 1, result: '跳过受理' }), 'requestStep');
    await expectDomainError(confirmRequest(cast.officerA, { id: r.id, version: 1, satisfaction: 'satisfied', note: '', deadline: null }), 'requestStep');
    await acceptRequest(cast.liaison, { id: r.id, version: 1, note: '' });
    await expectDomainError(acceptRequest(cast.liaison, { id: r.id, version: 2, note: '' }), 'requestStep');
    await expectDomainError(confirmRequest(cast.officerA, { id: r.id, version: 2, satisfaction: 'satisfied', note: '', deadline: null }), 'requestStep');
    const after = await getRequestOrThrow(cast.officerA, r.id);
    expect(after).toMatchObject({ state: 'in_progress', version: 2 });
    expect(after.history).toHaveLength(2);
  });

  it('lets only the right side move each step', async () => {
    const r = await raised();
    // Accepting and reporting are the department's: not the officer's, the leader's, or another department's liaison's.
    await expectDomainError(acceptRequest(cast.officerA, { id: r.id, version: 1, note: '' }), 'forbidden');
    await expectDomainError(acceptRequest(cast.leader, { id: r.id, version: 1, note: '' }), 'forbidden');
    await expectDomainError(acceptRequest(cast.liaisonB, { id: r.id, version: 1, note: '' }), 'notFound');
    await acceptRequest(cast.liaison, { id: r.id, version: 1, note: '' });
    await expectDomainError(resolveRequest(cast.officerA, { id: r.id, version: 2, result: '自行办结' }), 'forbidden');
    await expectDomainError(resolveRequest(cast.liaisonB, { id: r.id, version: 2, result: '越权办结' }), 'notFound');
    await resolveRequest(cast.liaison, { id: r.id, version: 2, result: '已办结' });
    // Confirming is the raising team's: not the department's, the leader's, or another team's officer's.
    await expectDomainError(confirmRequest(cast.liaison, { id: r.id, version: 3, satisfaction: 'satisfied', note: '', deadline: null }), 'forbidden');
    await expectDomainError(confirmRequest(cast.leader, { id: r.id, version: 3, satisfaction: 'satisfied', note: '', deadline: null }), 'forbidden');
    await expectDomainError(confirmRequest(cast.officerB, { id: r.id, version: 3, satisfaction: 'satisfied', note: '', deadline: null }), 'notFound');
    // Another officer of the same team may confirm (the team keeps the request).
    await confirmRequest(cast.officerA2, { id: r.id, version: 3, satisfaction: 'satisfied', note: '', deadline: null });
    expect((await getRequestOrThrow(cast.admin, r.id)).state).toBe('confirmed');
  });

  it('lets an admin stand in for either side', async () => {
    const r = await raiseRequest(cast.admin, input());
    await acceptRequest(cast.admin, { id: r.id, version: 1, note: '' });
    await resolveRequest(cast.admin, { id: r.id, version: 2, result: '已办结' });
    await confirmRequest(cast.admin, { id: r.id, version: 3, satisfaction: 'satisfied', note: '', deadline: null });
    expect(await getRequestOrThrow(cast.admin, r.id)).toMatchObject({ state: 'confirmed', teamId: cast.teamA.id });
  });

  it('refuses a stale version with "changed by someone else"', async () => {
    const r = await raised();
    await acceptRequest(cast.liaison, { id: r.id, version: 1, note: '' });
    await expectDomainError(acceptRequest(cast.admin, { id: r.id, version: 1, note: '' }), 'conflict');
    await expectDomainError(updateRequest(cast.officerA, { ...input(), id: r.id, version: 1 }), 'conflict');
  });
});

describe('editing', () => {
  it('lets the raising team correct a 待分派 request, department included; not once accepted', async () => {
    const r = await raised();
    await updateRequest(cast.officerA, { ...input({ departmentId: cast.departmentB.id, category: 'approval' }), id: r.id, version: 1 });
    const moved = await getRequestOrThrow(cast.liaisonB, r.id);
    expect(moved).toMatchObject({ departmentId: cast.departmentB.id, category: 'approval', version: 2 });
    expect(moved.history.at(-1)).toMatchObject({ step: 'edit', fromState: 'pending', toState: 'pending' });
    await expectDomainError(getRequestOrThrow(cast.liaison, r.id), 'notFound');
    await expectDomainError(updateRequest(cast.officerB, { ...input(), id: r.id, version: 2 }), 'notFound');
    await expectDomainError(updateRequest(cast.liaisonB, { ...input(), id: r.id, version: 2 }), 'forbidden');
    await acceptRequest(cast.liaisonB, { id: r.id, version: 2, note: '' });
    await expectDomainError(updateRequest(cast.officerA, { ...input(), id: r.id, version: 3 }), 'requestStep');
    expect(await auditActions(r.id)).toEqual(['create', 'update', 'accept']);
  });
});

describe('scope', () => {
  let ofTeamA: string;
  let ofTeamB: string;
  let ofDepartmentB: string;

  beforeAll(async () => {
    ofTeamA = (await raised()).id;
    ofTeamB = (await raiseRequest(cast.officerB, input({ projectId: projectB }))).id;
    ofDepartmentB = (await raised({ departmentId: cast.departmentB.id })).id;
  });

  const seen = async (viewer: Viewer) => ids((await listRequests(viewer, { state: 'all' })).rows);

  it('shows officers their team’s requests, liaisons their department’s, leaders and admins all', async () => {
    expect(await seen(cast.officerA)).toEqual(expect.arrayContaining([ofTeamA, ofDepartmentB]));
    expect(await seen(cast.officerA)).not.toContain(ofTeamB);
    expect(await seen(cast.officerB)).toEqual(expect.arrayContaining([ofTeamB]));
    expect(await seen(cast.officerB)).not.toContain(ofTeamA);
    expect(await seen(cast.liaison)).toEqual(expect.arrayContaining([ofTeamA, ofTeamB]));
    expect(await seen(cast.liaison)).not.toContain(ofDepartmentB);
    expect(await seen(cast.liaisonB)).toContain(ofDepartmentB);
    expect(await seen(cast.liaisonB)).not.toContain(ofTeamA);
    for (const viewer of [cast.leader, cast.admin]) expect(await seen(viewer)).toEqual(expect.arrayContaining([ofTeamA, ofTeamB, ofDepartmentB]));
  });

  it('treats another team’s or department’s id as not found, on every read', async () => {
    await expectDomainError(getRequestOrThrow(cast.officerB, ofTeamA), 'notFound');
    await expectDomainError(getRequestOrThrow(cast.liaisonB, ofTeamA), 'notFound');
    await expectDomainError(getRequestOrThrow(cast.liaison, ofDepartmentB), 'notFound');
    await expectDomainError(getRequestOrThrow(cast.officerA, 'not-a-uuid'), 'notFound');
    expect(ids(await listRecordRequests(cast.officerB, { projectId: projectA }))).toEqual([]);
    expect(ids(await listRecordRequests(cast.officerA, { projectId: projectA }))).toEqual(expect.arrayContaining([ofTeamA, ofDepartmentB]));
    expect(ids(await listRecordRequests(cast.officerA, { enterpriseId: enterpriseA }))).toContain(ofTeamA);
  });

  it('gives a liaison without a department nothing', async () => {
    const loose = await makeViewer('liaison');
    expect(await seen(loose)).toEqual([]);
    await expectDomainError(getRequestOrThrow(loose, ofTeamA), 'notFound');
  });
});

describe('overdue and the list', () => {
  it('marks requests past their deadline before 已办结 as overdue, filters and pages them', async () => {
    const late = await raised({ deadline: '2020-01-01' });
    const lateInProgress = await raised({ deadline: '2020-01-02' });
    await acceptRequest(cast.liaison, { id: lateInProgress.id, version: 1, note: '' });
    const lateButDone = await raised({ deadline: '2020-01-03' });
    await acceptRequest(cast.liaison, { id: lateButDone.id, version: 1, note: '' });
    await resolveRequest(cast.liaison, { id: lateButDone.id, version: 2, result: '已办结' });

    const overdue = (await listRequests(cast.officerA, { state: 'overdue' })).rows;
    expect(ids(overdue)).toEqual(expect.arrayContaining([late.id, lateInProgress.id]));
    expect(ids(overdue)).not.toContain(lateButDone.id);
    expect(overdue.every((r) => r.overdue)).toBe(true);
    // The list's SQL flag agrees with the rule in lib/request-flow.ts on every row, whatever its state.
    const today = zoneToday();
    const all = (await listRequests(cast.officerA, { state: 'all' })).rows;
    expect(all.map((r) => r.overdue)).toEqual(all.map((r) => isRequestOverdue(r.state, r.deadline, today)));
    expect((await getRequestOrThrow(cast.officerA, lateButDone.id)).overdue).toBe(false);
    expect((await listRequests(cast.officerA, { state: 'resolved' })).rows.every((r) => r.state === 'resolved')).toBe(true);
    expect((await listRequests(cast.officerA, { state: 'open', category: 'finance' })).rows).toEqual([]);
  });

  it('pages by deadline with a cursor, without gaps or repeats', async () => {
    for (let i = 0; i < 55; i++) await raised({ deadline: `2098-01-${String((i % 28) + 1).padStart(2, '0')}`, category: 'talent' });
    const first = await listRequests(cast.officerA, { state: 'open', category: 'talent' });
    expect(first.rows).toHaveLength(REQUESTS_PAGE_SIZE);
    expect(first.next).not.toBeNull();
    const second = await listRequests(cast.officerA, { state: 'open', category: 'talent', after: first.next! });
    expect(second.rows).toHaveLength(5);
    expect(second.next).toBeNull();
    const all = [...first.rows, ...second.rows];
    expect(new Set(ids(all)).size).toBe(55);
    expect(all.map((r) => r.deadline)).toEqual([...all.map((r) => r.deadline)].sort());
  });
});

describe('figures per department', () => {
  it('counts open, overdue, average days to close and the satisfaction rate per department, in scope', async () => {
    const department = await makeDepartment();
    const liaison = await makeViewer('liaison', null, { department });
    const own = (extra: Partial<RequestCreateInput> = {}) => raised({ departmentId: department.id, ...extra });
    await own({ deadline: '2020-01-01' }); // open, overdue
    await own(); // open
    const done = await own();
    await acceptRequest(liaison, { id: done.id, version: 1, note: '' });
    await resolveRequest(liaison, { id: done.id, version: 2, result: '已办结' });
    await confirmRequest(cast.officerA, { id: done.id, version: 3, satisfaction: 'unsatisfied', note: '', deadline: null });
    await resolveRequest(liaison, { id: done.id, version: 4, result: '再次办结' });
    await confirmRequest(cast.officerA, { id: done.id, version: 5, satisfaction: 'satisfied', note: '', deadline: null });
    // Raised ten days before it was reported done.
    const db = await getDb();
    await db.update(enterpriseRequests).set({ createdAt: sql`${enterpriseRequests.resolvedAt} - interval '10 days'` }).where(eq(enterpriseRequests.id, done.id));

    const row = (await requestFiguresByDepartment(cast.leader)).find((f) => f.departmentId === department.id);
    expect(row).toEqual({ departmentId: department.id, departmentName: department.name, open: 2, overdue: 1, avgDaysToClose: 10, satisfactionRate: 0.5, verdicts: 2 });
    // The department's liaison sees only their row; another team's officer sees none of it.
    expect((await requestFiguresByDepartment(liaison)).map((f) => f.departmentId)).toEqual([department.id]);
    expect((await requestFiguresByDepartment(cast.officerB)).find((f) => f.departmentId === department.id)).toBeUndefined();
  });
});
