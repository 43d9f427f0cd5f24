import 'server-only';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLogs, loginThrottles, userTwoFactor, users } from '@/db/schema';
import { LOGIN_ADDRESS_LIMIT } from '@/lib/abuse-limits';
import { DomainError } from '@/lib/errors';
import { TIMING_DUMMY_HASH, verifyPassword } from '@/lib/password';
import { hitRateLimit, isRateLimited } from './rate-limits';
import { spendSecondFactor } from './two-factor';
import type { Viewer } from './viewer';

/** 5 failures for one username within 15 minutes lock that username for 15 minutes. */
export const MAX_FAILURES = 5;
const WINDOW = sql.raw(`interval '15 minutes'`);

export type LoginResult =
  | { status: 'ok'; user: { id: string; displayName: string }; secondFactor?: 'totp' | 'recoveryCode' }
  | { status: 'invalid' | 'locked' | 'disabled' | 'rateLimited' | 'twoFactorRequired' | 'codeInvalid' };

/**
 * Checks a username/password (and, for a user with two-factor login, the code) for the login endpoint.
 * A locked username, or an address with too many recent failures, is refused before the password is
 * looked at; unknown usernames count as failures too and get the same answer as a wrong password, so
 * neither a lock nor the answer reveals an account. After the right password, a user with an
 * authenticator is asked for a code (`twoFactorRequired`, no session yet); a wrong or replayed code is
 * a failure like a wrong password, towards the same lock. The failure count is cleared only when every
 * factor passed. Every refusal is an audit row with the address it came from.
 */
export async function verifyCredentials(username: string, password: string, address: string | null, code = '', now = Date.now()): Promise<LoginResult> {
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
    .select({ id: users.id, displayName: users.displayName, passwordHash: users.passwordHash, disabledAt: users.disabledAt, twoFactor: sql<boolean>`${userTwoFactor.userId} is not null` })
    .from(users)
    .leftJoin(userTwoFactor, and(eq(userTwoFactor.userId, users.id), isNotNull(userTwoFactor.confirmedAt)))
    .where(eq(users.username, name));
  const matches = await verifyPassword(password, user?.passwordHash ?? TIMING_DUMMY_HASH);
  if (!user || !matches) {
    await hitRateLimit(LOGIN_ADDRESS_LIMIT, subject);
    const locked = await recordFailure(name);
    return refuse(name, address, locked ? 'locked' : 'invalid', user ? 'wrongPassword' : 'unknownUser');
  }

  if (user.disabledAt) {
    await db.delete(loginThrottles).where(eq(loginThrottles.username, name));
    return refuse(name, address, 'disabled', 'disabled');
  }
  let secondFactor: 'totp' | 'recoveryCode' | undefined;
  if (user.twoFactor) {
    if (!code) return { status: 'twoFactorRequired' };
    const spent = await spendSecondFactor(user.id, code, now);
    if (!spent) {
      await hitRateLimit(LOGIN_ADDRESS_LIMIT, subject);
      const locked = await recordFailure(name);
      return refuse(name, address, locked ? 'locked' : 'codeInvalid', 'wrongCode');
    }
    if (spent.method === 'recoveryCode') {
      await db.insert(auditLogs).values({ actorId: user.id, action: 'recoveryCodeUsed', entityType: 'user', entityId: user.id, ip: address, changes: { left: spent.left } });
    }
    secondFactor = spent.method;
  }
  await db.delete(loginThrottles).where(eq(loginThrottles.username, name));
  return { status: 'ok', user: { id: user.id, displayName: user.displayName }, ...(secondFactor && { secondFactor }) };
}

/**
 * The signed-in user's password again, before their password or two-factor login changes (so an
 * unattended session cannot change them). Wrong tries count towards the login's lock for that username
 * and are audited like failed logins; a locked username is refused whatever is typed.
 */
export async function assertOwnPassword(viewer: Pick<Viewer, 'id' | 'username' | 'ip'>, password: string, field = 'currentPassword'): Promise<void> {
  const db = await getDb();
  const [row] = await db
    .select({ passwordHash: users.passwordHash, locked: sql<boolean>`coalesce(${loginThrottles.lockedUntil} > now(), false)` })
    .from(users)
    .leftJoin(loginThrottles, eq(loginThrottles.username, users.username))
    .where(eq(users.id, viewer.id));
  if (!row) throw new DomainError('notFound');
  if (row.locked) throw new DomainError('locked');
  if (await verifyPassword(password, row.passwordHash)) return;
  const locked = await recordFailure(viewer.username);
  await refuse(viewer.username, viewer.ip ?? null, 'invalid', 'wrongCurrentPassword');
  throw locked ? new DomainError('locked') : new DomainError('currentPasswordWrong', field);
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
