import 'server-only';
import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { alias, type SelectedFields } from 'drizzle-orm/pg-core';
import { getDb, type Tx } from '@/db';
import { leads, projects, supervisionItems, supervisionUpdates, teams, users, type SupervisionItem, type SupervisionState } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import type { SupervisionCloseInput, SupervisionCreateInput, SupervisionFilter, SupervisionProgressInput, SupervisionUpdateInput } from '@/lib/validation/supervision';
import { diff, writeAudit } from './audit';
import { assertId } from './ids';
import { assertCan, type Viewer } from './viewer';

// Today in the zone, whatever the server's time zone.
const TODAY = sql`(now() at time zone 'Asia/Shanghai')::date`;
const OVERDUE = sql<boolean>`(${supervisionItems.state} = 'open' and ${supervisionItems.deadline} < ${TODAY})`;

/**
 * Which supervision items a viewer sees: leaders and admins all, officers those assigned to their team
 * (whichever team keeps the record), liaisons none. Used in the same statement as every read and write.
 */
function supervisionScope(viewer: Viewer): SQL | undefined {
  if (viewer.role === 'admin' || viewer.role === 'leader') return undefined;
  if (viewer.role === 'officer' && viewer.teamId) return eq(supervisionItems.teamId, viewer.teamId);
  return sql`false`;
}

const assignees = alias(users, 'assignees');

export interface SupervisionRow {
  id: string;
  version: number;
  title: string;
  deadline: string;
  state: SupervisionState;
  overdue: boolean;
  leadId: string | null;
  projectId: string | null;
  /** The lead's project name or the signed project's name. */
  recordName: string;
  teamId: string;
  teamName: string;
  assigneeId: string | null;
  assigneeName: string | null;
  lastProgressAt: Date | null;
  lastProgressNote: string;
  createdAt: Date;
}

const rowColumns = {
  id: supervisionItems.id,
  version: supervisionItems.version,
  title: supervisionItems.title,
  deadline: supervisionItems.deadline,
  state: supervisionItems.state,
  overdue: OVERDUE,
  leadId: supervisionItems.leadId,
  projectId: supervisionItems.projectId,
  recordName: sql<string>`coalesce(${projects.name}, ${leads.projectName}, '')`,
  teamId: supervisionItems.teamId,
  teamName: teams.name,
  assigneeId: supervisionItems.assigneeId,
  assigneeName: assignees.displayName,
  lastProgressAt: supervisionItems.lastProgressAt,
  lastProgressNote: supervisionItems.lastProgressNote,
  createdAt: supervisionItems.createdAt,
};

function rowsQuery<T extends SelectedFields>(db: Awaited<ReturnType<typeof getDb>>, extra: T = {} as T) {
  return db
    .select({ ...rowColumns, ...extra })
    .from(supervisionItems)
    .innerJoin(teams, eq(teams.id, supervisionItems.teamId))
    .leftJoin(leads, eq(leads.id, supervisionItems.leadId))
    .leftJoin(projects, eq(projects.id, supervisionItems.projectId))
    .leftJoin(assignees, eq(assignees.id, supervisionItems.assigneeId));
}

// Open items first, the nearest deadline first; then the closed ones, latest first.
const LIST_ORDER = [sql`${supervisionItems.state} = 'closed'`, sql`case when ${supervisionItems.state} = 'open' then ${supervisionItems.deadline} end asc`, desc(supervisionItems.updatedAt), desc(supervisionItems.id)];

function stateFilter(state: SupervisionFilter['state']): SQL | undefined {
  if (state === 'overdue') return OVERDUE;
  if (state) return eq(supervisionItems.state, state);
  return undefined;
}

/**
 * 督办事项 in the viewer's scope (officers: their team's), open ones first by deadline, then the closed
 * ones latest first. At most 500 rows: the list is a working list, not an archive.
 */
export async function listSupervision(viewer: Viewer, filter: SupervisionFilter = {}): Promise<SupervisionRow[]> {
  assertCan(viewer, 'supervision.read');
  const db = await getDb();
  return rowsQuery(db)
    .where(and(supervisionScope(viewer), stateFilter(filter.state), filter.teamId ? eq(supervisionItems.teamId, filter.teamId) : undefined))
    .orderBy(...LIST_ORDER)
    .limit(500);
}

/**
 * The 督办事项 on one lead or signed project, in the viewer's scope and in the list's order, for the record's
 * page. Liaisons have none.
 */
export async function listRecordSupervision(viewer: Viewer, ref: { leadId: string } | { projectId: string }): Promise<SupervisionRow[]> {
  if (viewer.role === 'liaison') return [];
  assertCan(viewer, 'supervision.read');
  const db = await getDb();
  const [column, id] = 'leadId' in ref ? [supervisionItems.leadId, ref.leadId] : [supervisionItems.projectId, ref.projectId];
  assertId(id);
  return rowsQuery(db).where(and(supervisionScope(viewer), eq(column, id))).orderBy(...LIST_ORDER).limit(100);
}

/**
 * 逾期督办 in the viewer's scope, for the dashboard and the officer's home: how many, and the first `limit`
 * by deadline (the longest overdue first). Liaisons have none.
 */
export async function listOverdueSupervision(viewer: Viewer, { limit = 5 }: { limit?: number } = {}): Promise<{ count: number; items: SupervisionRow[] }> {
  if (viewer.role === 'liaison') return { count: 0, items: [] };
  assertCan(viewer, 'supervision.read');
  const db = await getDb();
  // One statement: the window count is taken over every matching row, before the limit.
  const rows = await rowsQuery(db, { total: sql<number>`(count(*) over ())::int` })
    .where(and(supervisionScope(viewer), OVERDUE))
    .orderBy(asc(supervisionItems.deadline), asc(supervisionItems.id))
    .limit(Math.max(1, Math.min(limit, 100)));
  return { count: rows[0]?.total ?? 0, items: rows.map(({ total: _total, ...row }) => row) };
}

export interface SupervisionProgress {
  id: string;
  note: string;
  authorName: string;
  createdAt: Date;
}

export interface SupervisionDetail extends SupervisionRow {
  closingRemark: string;
  closedAt: Date | null;
  closedByName: string | null;
  createdByName: string | null;
  updates: SupervisionProgress[];
  /** The viewer may report progress (the assignee, or any officer of the team when no one is named; admins). */
  canReport: boolean;
  /** The viewer may close, reopen and edit it (leaders and admins). */
  canManage: boolean;
}

const closers = alias(users, 'closers');
const creators = alias(users, 'creators');

/** One supervision item with its history. Outside the viewer's scope it is "not found". */
export async function getSupervisionOrThrow(viewer: Viewer, id: string): Promise<SupervisionDetail> {
  assertCan(viewer, 'supervision.read');
  assertId(id);
  const db = await getDb();
  const [row] = await rowsQuery(db, { closingRemark: supervisionItems.closingRemark, closedAt: supervisionItems.closedAt, closedByName: closers.displayName, createdByName: creators.displayName })
    .leftJoin(closers, eq(closers.id, supervisionItems.closedBy))
    .leftJoin(creators, eq(creators.id, supervisionItems.createdBy))
    .where(and(eq(supervisionItems.id, id), supervisionScope(viewer)));
  if (!row) throw new DomainError('notFound');
  const updates = await db
    .select({ id: supervisionUpdates.id, note: supervisionUpdates.note, authorName: users.displayName, createdAt: supervisionUpdates.createdAt })
    .from(supervisionUpdates)
    .innerJoin(users, eq(users.id, supervisionUpdates.authorId))
    .where(eq(supervisionUpdates.itemId, id))
    .orderBy(desc(supervisionUpdates.createdAt), desc(supervisionUpdates.id));
  return {
    ...row,
    updates,
    canReport: row.state === 'open' && mayReport(viewer, row),
    canManage: viewer.role === 'admin' || viewer.role === 'leader',
  };
}

function mayReport(viewer: Viewer, item: Pick<SupervisionItem, 'teamId' | 'assigneeId'>): boolean {
  if (viewer.role === 'admin') return true;
  if (viewer.role !== 'officer' || viewer.teamId !== item.teamId) return false;
  return item.assigneeId === null || item.assigneeId === viewer.id;
}

/** The record the item is about, with the team that keeps it; a deleted or unknown one is "not found". */
async function findRecord(tx: Tx, input: { leadId: string | null; projectId: string | null }): Promise<{ teamId: string }> {
  const [record] = input.leadId
    ? await tx.select({ teamId: leads.teamId }).from(leads).where(and(eq(leads.id, input.leadId), isNull(leads.deletedAt)))
    : await tx.select({ teamId: projects.teamId }).from(projects).where(and(eq(projects.id, input.projectId!), isNull(projects.deletedAt)));
  if (!record) throw new DomainError('notFound');
  return record;
}

/** The named assignee must be an active officer of the team the item goes to. */
async function assertAssignee(tx: Tx, teamId: string, assigneeId: string | null): Promise<void> {
  if (!assigneeId) return;
  const [user] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, assigneeId), eq(users.teamId, teamId), eq(users.role, 'officer'), isNull(users.disabledAt)));
  if (!user) throw new DomainError('ownerNotInTeam', 'assigneeId');
}

/**
 * 交办: a leader (or admin) assigns a supervision item on one lead or one signed project to a team —
 * the record's own team unless another is chosen — and optionally one of its officers.
 */
export async function insertSupervision(viewer: Viewer, input: SupervisionCreateInput): Promise<{ id: string }> {
  assertCan(viewer, 'supervision.assign');
  // The form's rule again, for callers that skip it: exactly one record.
  if ((input.leadId === null) === (input.projectId === null)) throw new DomainError('required', 'leadId');
  if (input.leadId) assertId(input.leadId);
  if (input.projectId) assertId(input.projectId);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const record = await findRecord(tx, input);
    const teamId = input.teamId ?? record.teamId;
    if (input.teamId) {
      const [team] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.id, input.teamId));
      if (!team) throw new DomainError('invalidChoice', 'teamId');
    }
    await assertAssignee(tx, teamId, input.assigneeId);
    const fields = { leadId: input.leadId, projectId: input.projectId, teamId, assigneeId: input.assigneeId, title: input.title, deadline: input.deadline };
    const [created] = await tx
      .insert(supervisionItems)
      .values({ ...fields, createdBy: viewer.id })
      .returning({ id: supervisionItems.id });
    await writeAudit(tx, viewer, { action: 'create', entityType: 'supervision', entityId: created.id, changes: fields });
    return { id: created.id };
  });
}

/** Locks an item in the viewer's scope at the version their page loaded; out of scope is "not found". */
async function lockItem(tx: Tx, viewer: Viewer, id: string, version: number): Promise<SupervisionItem> {
  assertId(id);
  const [item] = await tx
    .select()
    .from(supervisionItems)
    .where(and(eq(supervisionItems.id, id), supervisionScope(viewer)))
    .for('update');
  if (!item) throw new DomainError('notFound');
  if (item.version !== version) throw new DomainError('conflict');
  return item;
}

/** 修改督办事项: a leader corrects the instruction, the deadline or the officer (within the item's team). */
export async function updateSupervision(viewer: Viewer, input: SupervisionUpdateInput): Promise<{ version: number }> {
  assertCan(viewer, 'supervision.assign');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { id, version, ...patch } = input;
    const item = await lockItem(tx, viewer, id, version);
    await assertAssignee(tx, item.teamId, patch.assigneeId);
    const changes = diff(item, patch);
    if (Object.keys(changes).length === 0) return { version };
    await tx.update(supervisionItems).set({ ...patch, version: version + 1, updatedAt: sql`now()` }).where(eq(supervisionItems.id, id));
    await writeAudit(tx, viewer, { action: 'update', entityType: 'supervision', entityId: id, changes });
    return { version: version + 1 };
  });
}

/**
 * 报告办理情况: the named officer, or any officer of the team when no one is named (admins too), adds a
 * progress note to an open item; it joins the history and becomes the list's "last progress".
 */
export async function reportSupervisionProgress(viewer: Viewer, input: SupervisionProgressInput): Promise<{ version: number }> {
  assertCan(viewer, 'supervision.report');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const item = await lockItem(tx, viewer, input.id, input.version);
    if (!mayReport(viewer, item)) throw new DomainError('forbidden');
    if (item.state !== 'open') throw new DomainError('invalid');
    const [update] = await tx
      .insert(supervisionUpdates)
      .values({ itemId: item.id, authorId: viewer.id, note: input.note })
      .returning({ id: supervisionUpdates.id, createdAt: supervisionUpdates.createdAt });
    await tx
      .update(supervisionItems)
      .set({ lastProgressAt: update.createdAt, lastProgressNote: input.note, version: item.version + 1, updatedAt: sql`now()` })
      .where(eq(supervisionItems.id, item.id));
    await writeAudit(tx, viewer, { action: 'progress', entityType: 'supervision', entityId: item.id, changes: { updateId: update.id, note: input.note } });
    return { version: item.version + 1 };
  });
}

/** 办结: a leader (or admin) closes an open item with a closing remark. */
export async function closeSupervision(viewer: Viewer, input: SupervisionCloseInput): Promise<{ version: number }> {
  return setState(viewer, input, 'closed');
}

/** 重新打开: a leader (or admin) reopens a closed item; the remark, if any, says why. */
export async function reopenSupervision(viewer: Viewer, input: SupervisionCloseInput): Promise<{ version: number }> {
  return setState(viewer, input, 'open');
}

async function setState(viewer: Viewer, input: SupervisionCloseInput, state: SupervisionState): Promise<{ version: number }> {
  assertCan(viewer, 'supervision.assign');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const item = await lockItem(tx, viewer, input.id, input.version);
    if (item.state === state) throw new DomainError('invalid');
    const closing = state === 'closed';
    await tx
      .update(supervisionItems)
      .set({
        state,
        closingRemark: closing ? input.remark : '',
        closedAt: closing ? sql`now()` : null,
        closedBy: closing ? viewer.id : null,
        version: item.version + 1,
        updatedAt: sql`now()`,
      })
      .where(eq(supervisionItems.id, item.id));
    await writeAudit(tx, viewer, { action: closing ? 'close' : 'reopen', entityType: 'supervision', entityId: item.id, changes: { state: [item.state, state], remark: input.remark } });
    return { version: item.version + 1 };
  });
}

/** The record a new item would be about, for the assignment form: its name and team, in the viewer's scope. */
export async function getSupervisionTarget(viewer: Viewer, ref: { leadId?: string | null; projectId?: string | null }): Promise<{ leadId: string | null; projectId: string | null; name: string; teamId: string; teamName: string }> {
  assertCan(viewer, 'supervision.assign');
  const db = await getDb();
  if (ref.leadId) {
    assertId(ref.leadId);
    const [row] = await db
      .select({ name: leads.projectName, teamId: leads.teamId, teamName: teams.name })
      .from(leads)
      .innerJoin(teams, eq(teams.id, leads.teamId))
      .where(and(eq(leads.id, ref.leadId), isNull(leads.deletedAt)));
    if (!row) throw new DomainError('notFound');
    return { leadId: ref.leadId, projectId: null, ...row };
  }
  if (ref.projectId) {
    assertId(ref.projectId);
    const [row] = await db
      .select({ name: projects.name, teamId: projects.teamId, teamName: teams.name })
      .from(projects)
      .innerJoin(teams, eq(teams.id, projects.teamId))
      .where(and(eq(projects.id, ref.projectId), isNull(projects.deletedAt)));
    if (!row) throw new DomainError('notFound');
    return { leadId: null, projectId: ref.projectId, ...row };
  }
  throw new DomainError('notFound');
}

/** Officers a leader may name as assignee, with their team, for the assignment form. */
export async function listSupervisionAssignees(viewer: Viewer): Promise<{ id: string; name: string; teamId: string }[]> {
  assertCan(viewer, 'supervision.assign');
  const db = await getDb();
  const rows = await db
    .select({ id: users.id, name: users.displayName, teamId: users.teamId })
    .from(users)
    .where(and(eq(users.role, 'officer'), isNull(users.disabledAt), sql`${users.teamId} is not null`))
    .orderBy(asc(users.displayName));
  return rows.map((r) => ({ ...r, teamId: r.teamId! }));
}
