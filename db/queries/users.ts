import 'server-only';
import { and, asc, eq, gt, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { departments, isAdministratorRole, loginThrottles, teams, users, type Role } from '@/db/schema';
import { assertPasswordAllowed } from '@/db/security-policy';
import { DomainError } from '@/lib/errors';
import { hashPassword } from '@/lib/password';
import type { UserCreateInput, UserFilter, UserRoleInput, UserUpdateInput } from '@/lib/validation/users';
import { diff, writeAudit } from './audit';
import { endUserSessions } from './sessions';
import { escapeLike } from './like';
import { isUniqueViolation } from './pg-errors';
import { assertId } from './ids';
import { isDutiesSeparated } from './separation';
import { assertCan, viewerColumns, type Viewer } from './viewer';

export const USERS_PAGE_SIZE = 50;

/** The list of staff is open to the system administrator (accounts) and the security administrator (roles, unlocks). */
const USER_DESK = ['users.manage', 'users.grant', 'users.unlock'] as const;

export interface UserRow extends Viewer {
  phone: string;
  disabled: boolean;
  version: number;
  updatedAt: Date;
}

const userColumns = {
  ...viewerColumns,
  phone: users.phone,
  disabled: sql<boolean>`${users.disabledAt} is not null`,
  version: users.version,
  updatedAt: users.updatedAt,
};

/**
 * One page of users ordered by username, filtered as on /admin/users. Keyset paging: `after` is the
 * last username of the previous page. Admin only.
 */
export async function listUsers(viewer: Viewer, filter: UserFilter): Promise<{ rows: UserRow[]; next: string | null }> {
  assertCan(viewer, ...USER_DESK);
  const db = await getDb();
  const conditions: (SQL | undefined)[] = [
    filter.q ? or(ilike(users.username, `%${escapeLike(filter.q)}%`), ilike(users.displayName, `%${escapeLike(filter.q)}%`)) : undefined,
    filter.role ? eq(users.role, filter.role) : undefined,
    filter.teamId ? eq(users.teamId, filter.teamId) : undefined,
    filter.departmentId ? eq(users.departmentId, filter.departmentId) : undefined,
    filter.status === 'active' ? isNull(users.disabledAt) : filter.status === 'disabled' ? isNotNull(users.disabledAt) : undefined,
    filter.after ? gt(users.username, filter.after) : undefined,
  ];
  const rows = await db
    .select(userColumns)
    .from(users)
    .leftJoin(teams, eq(teams.id, users.teamId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(and(...conditions))
    .orderBy(asc(users.username))
    .limit(USERS_PAGE_SIZE + 1);
  const hasMore = rows.length > USERS_PAGE_SIZE;
  const page = hasMore ? rows.slice(0, USERS_PAGE_SIZE) : rows;
  return { rows: page, next: hasMore ? page[page.length - 1].username : null };
}

/** One user without secrets. For whoever keeps accounts, roles or unlocks. */
export async function getUserOrThrow(viewer: Viewer, id: string): Promise<UserRow> {
  assertCan(viewer, ...USER_DESK);
  assertId(id);
  const db = await getDb();
  const [user] = await db
    .select(userColumns)
    .from(users)
    .leftJoin(teams, eq(teams.id, users.teamId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.id, id));
  if (!user) throw new DomainError('notFound');
  return user;
}

/**
 * Creates a login. Officers must belong to a team (their data scope). An administrator's account is a
 * grant of powers, so under 三员分立 the system administrator creates staff accounts only. The initial
 * password follows the 等保 policy, and the user must replace it at first login (the admin knows it).
 */
export async function insertUser(viewer: Viewer, input: UserCreateInput): Promise<{ id: string }> {
  assertCan(viewer, 'users.manage');
  if (isAdministratorRole(input.role)) assertCan(viewer, 'users.grant');
  const db = await getDb();
  const { password, ...profile } = input;
  await assertPasswordAllowed(db, password, profile.username);
  const passwordHash = await hashPassword(password);
  try {
    return await db.transaction(async (tx) => {
      await assertTeamFits(tx, profile.role, profile.teamId);
      await assertDepartmentFits(tx, profile.role, profile.departmentId);
      const [user] = await tx.insert(users).values({ ...profile, passwordHash, mustChangePassword: true }).returning({ id: users.id });
      await writeAudit(tx, viewer, { action: 'create', entityType: 'user', entityId: user.id, changes: profile });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_username_key')) throw new DomainError('usernameTaken', 'username');
    throw error;
  }
}

/**
 * Edits name, role, team, department and phone; a stale version is refused. Changing the role is a
 * grant (the security administrator's under 三员分立). System administrator.
 */
export async function updateUser(viewer: Viewer, input: UserUpdateInput): Promise<{ id: string }> {
  assertCan(viewer, 'users.manage');
  return saveUser(viewer, input);
}

/** Gives a user another role (with the team or department it needs). Security administrator. */
export async function changeUserRole(viewer: Viewer, input: UserRoleInput): Promise<{ id: string }> {
  assertCan(viewer, 'users.grant');
  return saveUser(viewer, input);
}

async function saveUser(viewer: Viewer, input: UserUpdateInput | UserRoleInput): Promise<{ id: string }> {
  const db = await getDb();
  const { id, version, ...patch } = input;
  return db.transaction(async (tx) => {
    const before = await lockUser(tx, id, version);
    if (patch.role !== before.role) {
      assertCan(viewer, 'users.grant');
      await assertNotLastOfRole(tx, before.role, id);
    }
    await assertTeamFits(tx, patch.role, patch.teamId);
    await assertDepartmentFits(tx, patch.role, patch.departmentId);
    await tx
      .update(users)
      .set({ ...patch, version: version + 1, updatedAt: sql`now()` })
      .where(eq(users.id, id));
    const changes = diff(before, patch);
    // New powers or a new scope start with a new login: the old session must not carry the old ones.
    if ('role' in changes) await endUserSessions(tx, id, 'roleChanged');
    else if ('teamId' in changes || 'departmentId' in changes) await endUserSessions(tx, id, 'teamChanged');
    await writeAudit(tx, viewer, { action: 'update', entityType: 'user', entityId: id, changes });
    return { id };
  });
}

/**
 * Sets a new password chosen by the admin (the hash is never audited or returned), within the 等保
 * policy; the user must replace it at their next login, since the admin knows it. Security administrator.
 */
export async function resetUserPassword(viewer: Viewer, id: string, password: string): Promise<{ id: string }> {
  assertCan(viewer, 'users.unlock');
  assertId(id);
  const db = await getDb();
  const [user] = await db.select({ username: users.username }).from(users).where(eq(users.id, id));
  if (!user) throw new DomainError('notFound');
  await assertPasswordAllowed(db, password, user.username);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: sql`now()`, mustChangePassword: true, updatedAt: sql`now()` })
      .where(eq(users.id, id))
      .returning({ id: users.id });
    if (!row) throw new DomainError('notFound');
    await endUserSessions(tx, id, 'passwordChanged');
    await writeAudit(tx, viewer, { action: 'resetPassword', entityType: 'user', entityId: id });
    return row;
  });
}

/**
 * Disables or re-enables a login. A disabled user's sessions end with it, so their next request is
 * refused. Nobody disables themselves or the last active admin. Admin only.
 */
export async function setUserDisabled(viewer: Viewer, id: string, disabled: boolean, version: number): Promise<{ id: string }> {
  assertCan(viewer, 'users.manage');
  if (disabled && id === viewer.id) throw new DomainError('selfDisable');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await lockUser(tx, id, version);
    if (disabled) await assertNotLastOfRole(tx, before.role, id);
    const disabledAt = disabled ? (before.disabledAt ?? new Date()) : null;
    await tx
      .update(users)
      .set({ disabledAt, version: version + 1, updatedAt: sql`now()` })
      .where(eq(users.id, id));
    if (disabled) await endUserSessions(tx, id, 'disabled');
    await writeAudit(tx, viewer, { action: disabled ? 'disable' : 'enable', entityType: 'user', entityId: id });
    return { id };
  });
}

async function lockUser(tx: Tx, id: string, version: number) {
  const [before] = await tx
    .select({ role: users.role, displayName: users.displayName, teamId: users.teamId, departmentId: users.departmentId, phone: users.phone, disabledAt: users.disabledAt, version: users.version })
    .from(users)
    .where(eq(users.id, id))
    .for('update');
  if (!before) throw new DomainError('notFound');
  if (before.version !== version) throw new DomainError('conflict');
  return before;
}

/** Officers work on their team's records, so they need a team; the team must exist. */
async function assertTeamFits(tx: Tx, role: Role, teamId: string | null): Promise<void> {
  if (role === 'officer' && !teamId) throw new DomainError('teamRequired', 'teamId');
  if (!teamId) return;
  const [team] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId));
  if (!team) throw new DomainError('invalid', 'teamId');
}

/** Liaisons handle their department's requests, so they need one; other roles have none. The department must exist. */
async function assertDepartmentFits(tx: Tx, role: Role, departmentId: string | null): Promise<void> {
  if (role === 'liaison' && !departmentId) throw new DomainError('departmentRequired', 'departmentId');
  if (role !== 'liaison' && departmentId) throw new DomainError('departmentOnlyLiaison', 'departmentId');
  if (!departmentId) return;
  const [department] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId));
  if (!department) throw new DomainError('invalidChoice', 'departmentId');
}

/**
 * Lifts the failed-login lock on a username before it runs out (the person called in). Security administrator.
 * Lifting a lock that is not there is fine: the caller wanted the user able to log in, and they are.
 */
export async function unlockUser(viewer: Viewer, id: string): Promise<{ id: string }> {
  assertCan(viewer, 'users.unlock');
  assertId(id);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ username: users.username }).from(users).where(eq(users.id, id));
    if (!user) throw new DomainError('notFound');
    await tx.delete(loginThrottles).where(eq(loginThrottles.username, user.username));
    await writeAudit(tx, viewer, { action: 'unlock', entityType: 'user', entityId: id });
    return { id };
  });
}

/**
 * Someone must stay able to run the system: never the last active admin, and under 三员分立 never the last
 * security or audit administrator either. Locks the role's active rows so two of them cannot remove each other at once.
 */
async function assertNotLastOfRole(tx: Tx, role: Role, exceptId: string): Promise<void> {
  if (role !== 'admin' && !(isAdministratorRole(role) && (await isDutiesSeparated(tx)))) return;
  const holders = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, role), isNull(users.disabledAt)))
    .for('update');
  if (!holders.some((a) => a.id !== exceptId)) throw new DomainError(role === 'admin' ? 'lastAdmin' : 'lastDutyHolder');
}
