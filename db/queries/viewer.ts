import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { departments, teams, users, type Role } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { can, type Permission } from '@/lib/permissions';

/** The signed-in user as every data-access function receives them. */
export interface Viewer {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  teamId: string | null;
  teamName: string | null;
  /** Liaisons: the department whose requests they handle. */
  departmentId: string | null;
  departmentName: string | null;
  /** Where the current request came from (lib/client-ip.ts), for the audit log; absent outside a request. */
  ip?: string | null;
  /** Whether 三员分立 is on (db/queries/separation.ts): then the admin holds no security or audit duty. */
  dutiesSeparated?: boolean;
}

/** The Viewer fields of a `users` row left-joined with its team and department. */
export const viewerColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  teamId: users.teamId,
  teamName: teams.name,
  departmentId: users.departmentId,
  departmentName: departments.name,
};

/** Looks up the session's user; null when the account is gone or disabled (the session is then void). */
export async function findActiveViewer(userId: string): Promise<Viewer | null> {
  const db = await getDb();
  const [row] = await db
    .select(viewerColumns)
    .from(users)
    .leftJoin(teams, eq(teams.id, users.teamId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(and(eq(users.id, userId), isNull(users.disabledAt)))
    .limit(1);
  return row ?? null;
}

/** The data layer's own role check, so no caller can skip it. With several permissions, any one suffices. */
export function assertCan(viewer: Viewer, ...permissions: [Permission, ...Permission[]]): void {
  if (!permissions.some((p) => can(viewer, p))) throw new DomainError('forbidden');
}
