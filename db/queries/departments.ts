import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { departments, users } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import type { DepartmentCreateInput, DepartmentUpdateInput } from '@/lib/validation/departments';
import { diff, writeAudit } from './audit';
import { assertId } from './ids';
import { isUniqueViolation } from './pg-errors';
import { assertCan, type Viewer } from './viewer';

export interface DepartmentRow {
  id: string;
  name: string;
  phone: string;
  version: number;
  liaisonCount: number;
}

/** The zone's departments with their active liaisons. Admin only. */
export async function listDepartments(viewer: Viewer): Promise<DepartmentRow[]> {
  assertCan(viewer, 'departments.manage');
  const db = await getDb();
  // A short list (a zone has a few dozen departments): one grouped join.
  return db
    .select({
      id: departments.id,
      name: departments.name,
      phone: departments.phone,
      version: departments.version,
      liaisonCount: sql<number>`count(${users.id})::int`,
    })
    .from(departments)
    .leftJoin(users, and(eq(users.departmentId, departments.id), sql`${users.disabledAt} is null`))
    .groupBy(departments.id)
    .orderBy(asc(departments.name));
}

/** Department names for pickers (the request form, its filters, the user form). */
export async function listDepartmentOptions(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  assertCan(viewer, 'requests.read', 'users.manage', 'users.grant');
  const db = await getDb();
  return db.select({ id: departments.id, name: departments.name }).from(departments).orderBy(asc(departments.name));
}

/** One department. Admin only. */
export async function getDepartmentOrThrow(viewer: Viewer, id: string): Promise<Omit<DepartmentRow, 'liaisonCount'>> {
  assertCan(viewer, 'departments.manage');
  assertId(id);
  const db = await getDb();
  const [department] = await db
    .select({ id: departments.id, name: departments.name, phone: departments.phone, version: departments.version })
    .from(departments)
    .where(eq(departments.id, id));
  if (!department) throw new DomainError('notFound');
  return department;
}

/** Adds a department. Admin only. */
export async function insertDepartment(viewer: Viewer, input: DepartmentCreateInput): Promise<{ id: string }> {
  assertCan(viewer, 'departments.manage');
  const db = await getDb();
  return uniqueName(() =>
    db.transaction(async (tx) => {
      const [department] = await tx.insert(departments).values(input).returning({ id: departments.id });
      await writeAudit(tx, viewer, { action: 'create', entityType: 'department', entityId: department.id, changes: input });
      return department;
    }),
  );
}

/** Renames a department or changes its phone; a stale version is refused. Admin only. */
export async function updateDepartment(viewer: Viewer, input: DepartmentUpdateInput): Promise<{ id: string }> {
  assertCan(viewer, 'departments.manage');
  const db = await getDb();
  const { id, version, ...patch } = input;
  return uniqueName(() =>
    db.transaction(async (tx) => {
      const [before] = await tx.select().from(departments).where(eq(departments.id, id)).for('update');
      if (!before) throw new DomainError('notFound');
      if (before.version !== version) throw new DomainError('conflict');
      await tx
        .update(departments)
        .set({ ...patch, version: version + 1, updatedAt: sql`now()` })
        .where(eq(departments.id, id));
      await writeAudit(tx, viewer, { action: 'update', entityType: 'department', entityId: id, changes: diff(before, patch) });
      return { id };
    }),
  );
}

async function uniqueName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, 'departments_name_key')) throw new DomainError('departmentNameTaken', 'name');
    throw error;
  }
}
