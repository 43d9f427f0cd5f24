import 'server-only';
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias, type PgUpdateSetSource, type SelectedFields } from 'drizzle-orm/pg-core';
import { getDb, type Db, type Tx } from '@/db';
import {
  departments,
  enterprises,
  enterpriseRequests,
  projects,
  requestEvents,
  teams,
  users,
  type EnterpriseRequest,
  type RequestCategory,
  type RequestState,
  type RequestStep,
  type RequestUrgency,
  type Satisfaction,
} from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { MOVE_SIDE, nextRequestState, OPEN_REQUEST_STATES, type RequestMove } from '@/lib/request-flow';
import type { RequestAcceptInput, RequestConfirmInput, RequestCreateInput, RequestFilter, RequestResolveInput, RequestUpdateInput } from '@/lib/validation/requests';
import { diff, writeAudit } from './audit';
import { decodeCursor, encodeCursor } from './cursor';
import { assertId } from './ids';
import { assertCan, type Viewer } from './viewer';

// Today in the zone, whatever the server's time zone.
const TODAY = sql`(now() at time zone 'Asia/Shanghai')::date`;
const OPEN = inArray(enterpriseRequests.state, [...OPEN_REQUEST_STATES]);
const OVERDUE = sql<boolean>`(${OPEN} and ${enterpriseRequests.deadline} < ${TODAY})`;

export const REQUESTS_PAGE_SIZE = 50;

/**
 * Which requests a viewer sees and acts on: leaders and admins all, officers those their team raised, liaisons
 * those assigned to their department. Used in the same statement as every read and write, so anything else
 * reads as "not found".
 */
function requestScope(viewer: Viewer): SQL | undefined {
  if (viewer.role === 'admin' || viewer.role === 'leader') return undefined;
  if (viewer.role === 'officer' && viewer.teamId) return eq(enterpriseRequests.teamId, viewer.teamId);
  if (viewer.role === 'liaison' && viewer.departmentId) return eq(enterpriseRequests.departmentId, viewer.departmentId);
  return sql`false`;
}

export interface RequestRow {
  id: string;
  version: number;
  category: RequestCategory;
  urgency: RequestUrgency;
  description: string;
  deadline: string;
  state: RequestState;
  overdue: boolean;
  satisfaction: Satisfaction | null;
  reopenCount: number;
  result: string;
  enterpriseId: string;
  enterpriseName: string;
  projectId: string | null;
  projectName: string | null;
  teamId: string;
  teamName: string;
  departmentId: string;
  departmentName: string;
  createdAt: Date;
}

const rowColumns = {
  id: enterpriseRequests.id,
  version: enterpriseRequests.version,
  category: enterpriseRequests.category,
  urgency: enterpriseRequests.urgency,
  description: enterpriseRequests.description,
  deadline: enterpriseRequests.deadline,
  state: enterpriseRequests.state,
  overdue: OVERDUE,
  satisfaction: enterpriseRequests.satisfaction,
  reopenCount: enterpriseRequests.reopenCount,
  result: enterpriseRequests.result,
  enterpriseId: enterpriseRequests.enterpriseId,
  enterpriseName: enterprises.name,
  projectId: enterpriseRequests.projectId,
  projectName: projects.name,
  teamId: enterpriseRequests.teamId,
  teamName: teams.name,
  departmentId: enterpriseRequests.departmentId,
  departmentName: departments.name,
  createdAt: enterpriseRequests.createdAt,
};

function rowsQuery<T extends SelectedFields>(db: Db, extra: T = {} as T) {
  return db
    .select({ ...rowColumns, ...extra })
    .from(enterpriseRequests)
    .innerJoin(enterprises, eq(enterprises.id, enterpriseRequests.enterpriseId))
    .innerJoin(teams, eq(teams.id, enterpriseRequests.teamId))
    .innerJoin(departments, eq(departments.id, enterpriseRequests.departmentId))
    .leftJoin(projects, eq(projects.id, enterpriseRequests.projectId));
}

function stateFilter(state: RequestFilter['state']): SQL | undefined {
  if (state === 'all') return undefined;
  if (state === 'open') return OPEN;
  if (state === 'overdue') return OVERDUE;
  return eq(enterpriseRequests.state, state);
}

/**
 * One page of 企业诉求 in the viewer's scope. Open work runs by deadline, nearest first; finished and mixed lists
 * run latest deadline first. Keyset paging on (deadline, id), which the scope indexes cover.
 */
export async function listRequests(viewer: Viewer, filter: RequestFilter): Promise<{ rows: RequestRow[]; next: string | null }> {
  assertCan(viewer, 'requests.read');
  const db = await getDb();
  const ascending = filter.state === 'open' || filter.state === 'overdue' || filter.state === 'pending' || filter.state === 'in_progress';
  const cursor = decodeCursor(filter.after, 2);
  const key = sql`(${enterpriseRequests.deadline}, ${enterpriseRequests.id})`;
  const after = cursor ? sql`${key} ${ascending ? sql`>` : sql`<`} (${cursor[0] as string}::date, ${cursor[1] as string}::uuid)` : undefined;
  const order = ascending ? [asc(enterpriseRequests.deadline), asc(enterpriseRequests.id)] : [desc(enterpriseRequests.deadline), desc(enterpriseRequests.id)];
  const rows = await rowsQuery(db)
    .where(
      and(
        requestScope(viewer),
        stateFilter(filter.state),
        filter.departmentId ? eq(enterpriseRequests.departmentId, filter.departmentId) : undefined,
        filter.teamId ? eq(enterpriseRequests.teamId, filter.teamId) : undefined,
        filter.category ? eq(enterpriseRequests.category, filter.category) : undefined,
        after,
      ),
    )
    .orderBy(...order)
    .limit(REQUESTS_PAGE_SIZE + 1);
  const page = rows.slice(0, REQUESTS_PAGE_SIZE);
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > REQUESTS_PAGE_SIZE ? encodeCursor([last.deadline, last.id]) : null };
}

/** The requests of one enterprise or signed project, in the viewer's scope: open ones first by deadline. */
export async function listRecordRequests(viewer: Viewer, ref: { enterpriseId: string } | { projectId: string }): Promise<RequestRow[]> {
  assertCan(viewer, 'requests.read');
  const [column, id] = 'enterpriseId' in ref ? [enterpriseRequests.enterpriseId, ref.enterpriseId] : [enterpriseRequests.projectId, ref.projectId];
  assertId(id);
  const db = await getDb();
  return rowsQuery(db)
    .where(and(requestScope(viewer), eq(column, id)))
    .orderBy(sql`${OPEN} desc`, asc(enterpriseRequests.deadline), asc(enterpriseRequests.id))
    .limit(100);
}

export interface RequestHistoryEntry {
  id: number;
  step: RequestStep;
  fromState: RequestState | null;
  toState: RequestState;
  note: string;
  satisfaction: Satisfaction | null;
  actorName: string;
  at: Date;
}

export interface RequestDetail extends RequestRow {
  raisedByName: string;
  departmentPhone: string;
  history: RequestHistoryEntry[];
  /** What the viewer may do now: the department's moves, the raising team's moves. */
  canAccept: boolean;
  canResolve: boolean;
  canConfirm: boolean;
  canEdit: boolean;
}

const raisers = alias(users, 'raisers');

/** One request with its history (oldest first). Outside the viewer's scope it is "not found". */
export async function getRequestOrThrow(viewer: Viewer, id: string): Promise<RequestDetail> {
  assertCan(viewer, 'requests.read');
  assertId(id);
  const db = await getDb();
  const [row] = await rowsQuery(db, { raisedByName: raisers.displayName, departmentPhone: departments.phone })
    .innerJoin(raisers, eq(raisers.id, enterpriseRequests.raisedBy))
    .where(and(eq(enterpriseRequests.id, id), requestScope(viewer)));
  if (!row) throw new DomainError('notFound');
  const history = await db
    .select({
      id: requestEvents.id,
      step: requestEvents.step,
      fromState: requestEvents.fromState,
      toState: requestEvents.toState,
      note: requestEvents.note,
      satisfaction: requestEvents.satisfaction,
      actorName: users.displayName,
      at: requestEvents.at,
    })
    .from(requestEvents)
    .innerJoin(users, eq(users.id, requestEvents.actorId))
    .where(eq(requestEvents.requestId, id))
    .orderBy(asc(requestEvents.at), asc(requestEvents.id));
  const may = (move: RequestMove) => maySide(viewer, row, MOVE_SIDE[move]) && nextRequestState(row.state, move, 'satisfied') !== null;
  return {
    ...row,
    history,
    canAccept: may('accept'),
    canResolve: may('resolve'),
    canConfirm: may('confirm'),
    canEdit: maySide(viewer, row, 'team') && row.state === 'pending',
  };
}

/** The department's side is its liaisons; the team's side is its officers; admins stand in for either. */
function maySide(viewer: Viewer, row: Pick<EnterpriseRequest, 'teamId' | 'departmentId'>, side: 'department' | 'team'): boolean {
  if (viewer.role === 'admin') return true;
  if (side === 'department') return viewer.role === 'liaison' && viewer.departmentId === row.departmentId;
  return viewer.role === 'officer' && viewer.teamId === row.teamId;
}

export interface RequestTarget {
  enterpriseId: string;
  projectId: string | null;
  name: string;
  teamId: string;
  teamName: string;
}

/**
 * The enterprise or signed project a request is raised for, with the team that will keep it. Officers raise for
 * their own team's projects and for enterprises their team keeps or has signed; admins for any record with a team.
 */
async function findTarget(db: Db | Tx, viewer: Viewer, ref: { enterpriseId?: string | null; projectId?: string | null }): Promise<RequestTarget> {
  const officerTeam = viewer.role === 'officer' ? viewer.teamId : null;
  if (viewer.role === 'officer' && !officerTeam) throw new DomainError('notFound');
  if (ref.projectId) {
    assertId(ref.projectId);
    const [row] = await db
      .select({ enterpriseId: projects.enterpriseId, projectId: projects.id, name: projects.name, teamId: projects.teamId, teamName: teams.name })
      .from(projects)
      .innerJoin(teams, eq(teams.id, projects.teamId))
      .where(and(eq(projects.id, ref.projectId), isNull(projects.deletedAt), officerTeam ? eq(projects.teamId, officerTeam) : undefined));
    if (!row) throw new DomainError('notFound');
    return row;
  }
  if (!ref.enterpriseId) throw new DomainError('notFound');
  assertId(ref.enterpriseId);
  const [row] = await db
    .select({ enterpriseId: enterprises.id, name: enterprises.name, teamId: enterprises.teamId })
    .from(enterprises)
    .where(and(eq(enterprises.id, ref.enterpriseId), isNull(enterprises.deletedAt)));
  if (!row) throw new DomainError('notFound');
  const teamId = officerTeam ?? row.teamId;
  if (!teamId) throw new DomainError('teamRequired', 'enterpriseId');
  if (officerTeam && row.teamId !== officerTeam) {
    const [signed] = await db
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.enterpriseId, row.enterpriseId), eq(projects.teamId, officerTeam), isNull(projects.deletedAt)))
      .limit(1);
    if (!signed) throw new DomainError('notFound');
  }
  const [team] = await db.select({ name: teams.name }).from(teams).where(eq(teams.id, teamId));
  return { enterpriseId: row.enterpriseId, projectId: null, name: row.name, teamId, teamName: team.name };
}

/** The record a new request would be about, for the form. */
export async function getRequestTarget(viewer: Viewer, ref: { enterpriseId?: string | null; projectId?: string | null }): Promise<RequestTarget> {
  assertCan(viewer, 'requests.raise');
  return findTarget(await getDb(), viewer, ref);
}

async function assertDepartment(tx: Tx, departmentId: string): Promise<void> {
  const [department] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId));
  if (!department) throw new DomainError('invalidChoice', 'departmentId');
}

/** 提出诉求: an officer records an enterprise's problem for a department, 待分派 until the department accepts. */
export async function raiseRequest(viewer: Viewer, input: RequestCreateInput): Promise<{ id: string }> {
  assertCan(viewer, 'requests.raise');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const target = await findTarget(tx, viewer, input);
    await assertDepartment(tx, input.departmentId);
    const fields = {
      enterpriseId: target.enterpriseId,
      projectId: target.projectId,
      teamId: target.teamId,
      departmentId: input.departmentId,
      category: input.category,
      urgency: input.urgency,
      description: input.description,
      deadline: input.deadline,
    };
    const [created] = await tx.insert(enterpriseRequests).values({ ...fields, raisedBy: viewer.id }).returning({ id: enterpriseRequests.id });
    await tx.insert(requestEvents).values({ requestId: created.id, actorId: viewer.id, step: 'raise', toState: 'pending' });
    await writeAudit(tx, viewer, { action: 'create', entityType: 'request', entityId: created.id, changes: fields });
    return created;
  });
}

/** Locks a request in the viewer's scope at the version their page loaded; out of scope is "not found". */
async function lockRequest(tx: Tx, viewer: Viewer, id: string, version: number): Promise<EnterpriseRequest> {
  assertId(id);
  const [row] = await tx
    .select()
    .from(enterpriseRequests)
    .where(and(eq(enterpriseRequests.id, id), requestScope(viewer)))
    .for('update');
  if (!row) throw new DomainError('notFound');
  if (row.version !== version) throw new DomainError('conflict');
  return row;
}

/** 修改诉求: the raising team corrects it — department included — while no department has accepted it. */
export async function updateRequest(viewer: Viewer, input: RequestUpdateInput): Promise<{ version: number }> {
  assertCan(viewer, 'requests.raise');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { id, version } = input;
    const patch = { category: input.category, urgency: input.urgency, description: input.description, departmentId: input.departmentId, deadline: input.deadline };
    const row = await lockRequest(tx, viewer, id, version);
    if (!maySide(viewer, row, 'team')) throw new DomainError('forbidden');
    if (row.state !== 'pending') throw new DomainError('requestStep');
    await assertDepartment(tx, patch.departmentId);
    const changes = diff(row, patch);
    if (Object.keys(changes).length === 0) return { version };
    await tx.update(enterpriseRequests).set({ ...patch, version: version + 1, updatedAt: sql`now()` }).where(eq(enterpriseRequests.id, id));
    await tx.insert(requestEvents).values({ requestId: id, actorId: viewer.id, step: 'edit', fromState: 'pending', toState: 'pending', note: Object.keys(changes).join(', ') });
    await writeAudit(tx, viewer, { action: 'update', entityType: 'request', entityId: id, changes });
    return { version: version + 1 };
  });
}

/** 受理: the department takes the request on (待分派 → 办理中). */
export function acceptRequest(viewer: Viewer, input: RequestAcceptInput): Promise<{ version: number }> {
  return moveRequest(viewer, input, 'accept', { note: input.note, set: { acceptedAt: sql`now()` } });
}

/** 办结: the department reports what it did (办理中 → 已办结). */
export function resolveRequest(viewer: Viewer, input: RequestResolveInput): Promise<{ version: number }> {
  return moveRequest(viewer, input, 'resolve', { note: input.result, set: { result: input.result, resolvedAt: sql`now()` } });
}

/**
 * 确认: the raising team records the enterprise's verdict (已办结 → 已确认). 不满意 reopens it (→ 办理中, with the same
 * department), optionally with a new deadline.
 */
export function confirmRequest(viewer: Viewer, input: RequestConfirmInput): Promise<{ version: number }> {
  const reopen = input.satisfaction === 'unsatisfied';
  return moveRequest(viewer, input, 'confirm', {
    note: input.note,
    satisfaction: input.satisfaction,
    set: {
      satisfaction: input.satisfaction,
      confirmedAt: sql`now()`,
      ...(reopen && { reopenCount: sql`${enterpriseRequests.reopenCount} + 1`, ...(input.deadline && { deadline: input.deadline }) }),
    },
  });
}

type RequestPatch = PgUpdateSetSource<typeof enterpriseRequests>;

/** One step of the flow: the right side, from the right state, with its history entry and audit row, in one transaction. */
async function moveRequest(
  viewer: Viewer,
  input: { id: string; version: number },
  move: RequestMove,
  step: { note: string; satisfaction?: Satisfaction; set: RequestPatch },
): Promise<{ version: number }> {
  const side = MOVE_SIDE[move];
  assertCan(viewer, side === 'department' ? 'requests.handle' : 'requests.raise');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const row = await lockRequest(tx, viewer, input.id, input.version);
    if (!maySide(viewer, row, side)) throw new DomainError('forbidden');
    const next = nextRequestState(row.state, move, step.satisfaction);
    if (!next) throw new DomainError('requestStep');
    await tx
      .update(enterpriseRequests)
      .set({ ...step.set, state: next, version: row.version + 1, updatedAt: sql`now()` })
      .where(eq(enterpriseRequests.id, row.id));
    await tx.insert(requestEvents).values({ requestId: row.id, actorId: viewer.id, step: move, fromState: row.state, toState: next, note: step.note, satisfaction: step.satisfaction ?? null });
    const reopened = move === 'confirm' && next === 'in_progress';
    await writeAudit(tx, viewer, {
      action: reopened ? 'reopen' : move,
      entityType: 'request',
      entityId: row.id,
      changes: { state: [row.state, next], note: step.note, ...(step.satisfaction && { satisfaction: step.satisfaction }) },
    });
    return { version: row.version + 1 };
  });
}

export interface DepartmentRequestFigures {
  departmentId: string;
  departmentName: string;
  open: number;
  overdue: number;
  /** Raised → 已办结, in days, over the requests now 已办结 or 已确认; null when none. */
  avgDaysToClose: number | null;
  /** 满意 + 基本满意 over every verdict given (a 不满意 that reopened counts too); null when none. */
  satisfactionRate: number | null;
  verdicts: number;
}

/**
 * 闭环 per department, in the viewer's scope: open and overdue requests, average days to close, satisfaction rate.
 * Departments without any request in scope are left out. One grouped statement over a covering index: every
 * 不满意 verdict reopened the request (reopen_count) and a request is 已确认 only after a 满意 or 基本满意 one, so
 * the verdicts need no history join.
 */
export async function requestFiguresByDepartment(viewer: Viewer): Promise<DepartmentRequestFigures[]> {
  assertCan(viewer, 'requests.read');
  const db = await getDb();
  const confirmed = sql`${enterpriseRequests.state} = 'confirmed'`;
  // Aggregated per department id first, so only the dozen result rows meet the departments table.
  const figures = db
    .select({
      departmentId: enterpriseRequests.departmentId,
      open: sql<number>`(count(*) filter (where ${OPEN}))::int`.as('open'),
      overdue: sql<number>`(count(*) filter (where ${OVERDUE}))::int`.as('overdue'),
      // date_part gives a double: averaging numeric epochs costs more than the scan.
      avgDaysToClose: sql<number | null>`avg(date_part('epoch', ${enterpriseRequests.resolvedAt} - ${enterpriseRequests.createdAt})) filter (where ${enterpriseRequests.state} in ('resolved', 'confirmed')) / 86400`.as('avg_days'),
      verdicts: sql<number>`(sum(${enterpriseRequests.reopenCount}) + count(*) filter (where ${confirmed}))::int`.as('verdicts'),
      satisfied: sql<number>`(count(*) filter (where ${confirmed}))::int`.as('satisfied'),
    })
    .from(enterpriseRequests)
    .where(requestScope(viewer))
    .groupBy(enterpriseRequests.departmentId)
    .as('figures');
  const rows = await db
    .select({
      departmentId: figures.departmentId,
      departmentName: departments.name,
      open: figures.open,
      overdue: figures.overdue,
      avgDaysToClose: figures.avgDaysToClose,
      verdicts: figures.verdicts,
      satisfied: figures.satisfied,
    })
    .from(figures)
    .innerJoin(departments, eq(departments.id, figures.departmentId))
    .orderBy(desc(figures.overdue), desc(figures.open), asc(departments.name));
  return rows.map(({ satisfied, avgDaysToClose, ...row }) => ({
    ...row,
    avgDaysToClose: avgDaysToClose === null ? null : Math.round(Number(avgDaysToClose) * 10) / 10,
    satisfactionRate: row.verdicts > 0 ? satisfied / row.verdicts : null,
  }));
}
