import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { projectFunds, users, type FundsSource } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import type { FundsCreateInput, FundsUpdateInput } from '@/lib/validation/projects';
import { diff, writeAudit } from './audit';
import { assertId } from './ids';
import { getProjectOrThrow, lockProject, refreshProject } from './projects';
import { assertCan, type Viewer } from './viewer';

export interface FundsRow {
  id: string;
  version: number;
  receivedOn: string;
  amount: number;
  source: FundsSource;
  note: string;
  createdByName: string | null;
  /** 万元 received up to and including this entry. */
  runningTotal: number;
}

/** A project's funds-in-place entries in date order, each with the running total (summed in SQL). */
export async function listProjectFunds(viewer: Viewer, projectId: string): Promise<FundsRow[]> {
  await getProjectOrThrow(viewer, projectId);
  const db = await getDb();
  return db
    .select({
      id: projectFunds.id,
      version: projectFunds.version,
      receivedOn: projectFunds.receivedOn,
      amount: projectFunds.amount,
      source: projectFunds.source,
      note: projectFunds.note,
      createdByName: users.displayName,
      runningTotal: sql<number>`(sum(${projectFunds.amount}) over (order by ${projectFunds.receivedOn}, ${projectFunds.createdAt}, ${projectFunds.id}))::float8`,
    })
    .from(projectFunds)
    .leftJoin(users, eq(users.id, projectFunds.createdBy))
    .where(and(eq(projectFunds.projectId, projectId), isNull(projectFunds.deletedAt)))
    .orderBy(asc(projectFunds.receivedOn), asc(projectFunds.createdAt), asc(projectFunds.id));
}

/** Records money that arrived; the project's total and the wall chart follow in the same transaction. */
export async function addProjectFunds(viewer: Viewer, input: FundsCreateInput): Promise<{ id: string }> {
  assertCan(viewer, 'projects.write');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const project = await lockProject(tx, viewer, input.projectId);
    const { projectId, ...fields } = input;
    const [row] = await tx.insert(projectFunds).values({ ...fields, projectId, createdBy: viewer.id }).returning({ id: projectFunds.id });
    await refreshProject(tx, project);
    await writeAudit(tx, viewer, { action: 'create', entityType: 'projectFunds', entityId: row.id, changes: { projectId, ...fields } });
    return { id: row.id };
  });
}

/** Locks an entry and its project for a change; a stale version is "changed by someone else". */
async function lockFunds(tx: Tx, viewer: Viewer, id: string, version: number) {
  assertId(id);
  const [entry] = await tx.select().from(projectFunds).where(and(eq(projectFunds.id, id), isNull(projectFunds.deletedAt)));
  if (!entry) throw new DomainError('notFound');
  const project = await lockProject(tx, viewer, entry.projectId);
  const [locked] = await tx.select().from(projectFunds).where(eq(projectFunds.id, id)).for('update');
  if (locked.deletedAt) throw new DomainError('notFound');
  if (locked.version !== version) throw new DomainError('conflict');
  return { entry: locked, project };
}

export async function updateProjectFunds(viewer: Viewer, input: FundsUpdateInput): Promise<{ id: string }> {
  assertCan(viewer, 'projects.write');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { id, version, ...patch } = input;
    const { entry, project } = await lockFunds(tx, viewer, id, version);
    await tx.update(projectFunds).set({ ...patch, version: version + 1, updatedAt: sql`now()` }).where(eq(projectFunds.id, id));
    await refreshProject(tx, project);
    await writeAudit(tx, viewer, { action: 'update', entityType: 'projectFunds', entityId: id, changes: diff(entry, patch) });
    return { id };
  });
}

/** Soft delete: the entry stops counting but stays in the database and the audit log. */
export async function deleteProjectFunds(viewer: Viewer, id: string, version: number): Promise<{ id: string }> {
  assertCan(viewer, 'projects.write');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { entry, project } = await lockFunds(tx, viewer, id, version);
    await tx.update(projectFunds).set({ deletedAt: sql`now()`, version: version + 1, updatedAt: sql`now()` }).where(eq(projectFunds.id, id));
    await refreshProject(tx, project);
    await writeAudit(tx, viewer, { action: 'delete', entityType: 'projectFunds', entityId: id, changes: { projectId: entry.projectId, amount: entry.amount, receivedOn: entry.receivedOn } });
    return { id };
  });
}
