import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLogs, loginThrottles, users } from '@/db/schema';
import { LOGIN_ADDRESS_LIMIT } from '@/lib/abuse-limits';
import { TIMING_DUMMY_HASH, verifyPassword } from '@/lib/password';
import { hitRateLimit, isRateLimited } from './rate-limits';

/** 5 failures for one username within 15 minutes lock that username for 15 minutes. */
export const MAX_FAILURES = 5;
const WINDOW = sql.raw(`interval '15 minutes'`);

export type LoginResult = { status: 'ok'; user: { id: string; displayName: string } } | { status: 'invalid' | 'locked' | 'disabled' | 'rateLimited' };

/**
 * Checks a username/password for the login endpoint. A locked username, or an address with too many
 * recent failures, is refused before the password is looked at; unknown usernames count as failures
 * too and get the same answer as a wrong password, so neither a lock nor the answer reveals an account.
 * Every refusal is an audit row with the address it came from.
 */
export async function verifyCredentials(username: string, password: string, address: string | null): Promise<LoginResult> {
  const db = await getDb();
  const name = username.trim().toLowerCase();
  const subject = address ?? 'unknown';
  const [lock] = await db
    .select({ locked: sql<boolean>`${loginThrottles.lockedUntil} > now()` })
    .from(loginThrottles)
    .where(eq(loginThrottles.username, name));
  if (lock?.locked) return refuse(name, address, 'locked', 'usernameLocked');
  if (await isRateLimited(LOGIN_ADDRESS_LIMIT, subject)) return refuse(name, address, 'rateLimited', 'addressLimited');

  const [user] = await db
    .select({ id: users.id, displayName: users.displayName, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.username, name));
  const matches = await verifyPassword(password, user?.passwordHash ?? TIMING_DUMMY_HASH);
  if (!user || !matches) {
    await hitRateLimit(LOGIN_ADDRESS_LIMIT, subject);
    const locked = await recordFailure(name);
    return refuse(name, address, locked ? 'locked' : 'invalid', user ? 'wrongPassword' : 'unknownUser');
  }

  await db.delete(loginThrottles).where(eq(loginThrottles.username, name));
  if (user.disabledAt) return refuse(name, address, 'disabled', 'disabled');
  return { status: 'ok', user: { id: user.id, displayName: user.displayName } };
}

/** A failed login, in the audit log under the username that was tried (which may not exist). */
async function refuse(username: string, address: string | null, status: Exclude<LoginResult['status'], 'ok'>, reason: string): Promise<LoginResult> {
  const db = await getDb();
  await db.insert(auditLogs).values({ action: 'loginFailed', entityType: 'login', entityId: username.slice(0, 64), ip: address, changes: { reason } });
  return { status };
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
