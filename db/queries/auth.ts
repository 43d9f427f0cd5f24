import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { loginThrottles, users, type Role } from '@/db/schema';
import { TIMING_DUMMY_HASH, verifyPassword } from '@/lib/password';

/** 5 failures for one username within 15 minutes lock that username for 15 minutes. */
export const MAX_FAILURES = 5;
const WINDOW = sql.raw(`interval '15 minutes'`);

export type LoginResult =
  | { status: 'ok'; user: { id: string; displayName: string; role: Role; teamId: string | null } }
  | { status: 'invalid' | 'locked' | 'disabled' };

/**
 * Checks a username/password for the login endpoint. A locked username is refused before its
 * password is looked at; unknown usernames count as failures too, so a lock reveals nothing.
 */
export async function verifyCredentials(username: string, password: string): Promise<LoginResult> {
  const db = await getDb();
  const name = username.trim().toLowerCase();
  const [lock] = await db
    .select({ locked: sql<boolean>`${loginThrottles.lockedUntil} > now()` })
    .from(loginThrottles)
    .where(eq(loginThrottles.username, name));
  if (lock?.locked) return { status: 'locked' };

  const [user] = await db
    .select({ id: users.id, displayName: users.displayName, role: users.role, teamId: users.teamId, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.username, name));
  const matches = await verifyPassword(password, user?.passwordHash ?? TIMING_DUMMY_HASH);
  if (!user || !matches) return (await recordFailure(name)) ? { status: 'locked' } : { status: 'invalid' };

  await db.delete(loginThrottles).where(eq(loginThrottles.username, name));
  if (user.disabledAt) return { status: 'disabled' };
  return { status: 'ok', user: { id: user.id, displayName: user.displayName, role: user.role, teamId: user.teamId } };
}

/** Counts one failure in a single statement (safe across app processes); true when the username is now locked. */
async function recordFailure(username: string): Promise<boolean> {
  const db = await getDb();
  const inWindow = sql`${loginThrottles.windowStartedAt} > now() - ${WINDOW}`;
  const failures = sql`case when ${inWindow} then ${loginThrottles.failures} + 1 else 1 end`;
  const [row] = await db
    .insert(loginThrottles)
    .values({ username, failures: 1, windowStartedAt: sql`now()` })
    .onConflictDoUpdate({
      target: loginThrottles.username,
      set: {
        failures,
        windowStartedAt: sql`case when ${inWindow} then ${loginThrottles.windowStartedAt} else now() end`,
        lockedUntil: sql`case when ${failures} >= ${MAX_FAILURES} then now() + ${WINDOW} else null end`,
      },
    })
    .returning({ lockedUntil: loginThrottles.lockedUntil });
  return row?.lockedUntil != null;
}
