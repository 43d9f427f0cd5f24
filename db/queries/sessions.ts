import 'server-only';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { appSettings, departments, teams, userSessions, userTwoFactor, users } from '@/db/schema';
import { SECURITY_POLICY_KEY } from '@/db/security-policy';
import { mergeSecurityPolicy, pendingAccountStep, type AccountStep } from '@/lib/security-policy';
import { sessionLimits } from '@/lib/session-limits';
import { writeAudit } from './audit';
import { dutiesSeparatedSql } from './separation';
import { viewerColumns, type Viewer } from './viewer';

export type SessionEndReason = 'logout' | 'disabled' | 'roleChanged' | 'teamChanged' | 'passwordChanged' | 'twoFactorReset';

/** Starts a session for a user who just proved their password (and code, with two-factor login), and records the login. */
export async function openSession(userId: string, ip: string | null, secondFactor?: 'totp' | 'recoveryCode'): Promise<string> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(userSessions).values({ userId, ip }).returning({ id: userSessions.id });
    await writeAudit(tx, { id: userId, ip }, { action: 'login', entityType: 'user', entityId: userId, changes: { session: row.id, ...(secondFactor && { secondFactor }) } });
    return row.id;
  });
}

/** A standing session: its user, and what they must do first (a new password, an authenticator) if anything. */
export interface SessionState {
  viewer: Viewer;
  pendingStep: AccountStep | null;
}

// A busy user would otherwise write their session row on every request; once a minute keeps the idle clock honest enough.
const TOUCH_AFTER = sql.raw(`interval '1 minute'`);

/**
 * The session's user as the database knows them now, or null when the session ended, sat idle too long,
 * outlived the absolute limit, or its user is disabled or gone. Marks the session as seen. The 等保
 * policy and the user's password age and authenticator come in the same statement, so the account step
 * costs no extra round trip on each request.
 */
export async function findSession(userId: string, sessionId: string, ip: string | null): Promise<SessionState | null> {
  const db = await getDb();
  const { idleMinutes, maxHours } = sessionLimits();
  const [row] = await db
    .select({
      ...viewerColumns,
      dutiesSeparated: dutiesSeparatedSql,
      stale: sql<boolean>`${userSessions.lastSeenAt} < now() - ${TOUCH_AFTER}`,
      mustChangePassword: users.mustChangePassword,
      passwordChangedAt: users.passwordChangedAt,
      twoFactorEnabled: sql<boolean>`${userTwoFactor.confirmedAt} is not null`,
      policy: appSettings.value,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .leftJoin(teams, eq(teams.id, users.teamId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .leftJoin(userTwoFactor, eq(userTwoFactor.userId, users.id))
    .leftJoin(appSettings, eq(appSettings.key, SECURITY_POLICY_KEY))
    .where(
      and(
        eq(userSessions.id, sessionId),
        eq(userSessions.userId, userId),
        isNull(userSessions.endedAt),
        isNull(users.disabledAt),
        sql`${userSessions.lastSeenAt} > now() - make_interval(mins => ${idleMinutes}::int)`,
        sql`${userSessions.startedAt} > now() - make_interval(hours => ${maxHours}::int)`,
      ),
    )
    .limit(1);
  if (!row) return null;
  const { stale, mustChangePassword, passwordChangedAt, twoFactorEnabled, policy, ...viewer } = row;
  if (stale) await db.update(userSessions).set({ lastSeenAt: sql`now()` }).where(eq(userSessions.id, sessionId));
  const pendingStep = pendingAccountStep(mergeSecurityPolicy(policy), { role: viewer.role, mustChangePassword, passwordChangedAt, twoFactorEnabled });
  return { viewer: { ...viewer, ip }, pendingStep };
}

/** Logout: ends this one session and records it. */
export async function endSession(userId: string, sessionId: string, ip: string | null): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const ended = await tx
      .update(userSessions)
      .set({ endedAt: sql`now()`, endReason: 'logout' })
      .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.endedAt)))
      .returning({ id: userSessions.id });
    if (ended.length) await writeAudit(tx, { id: userId, ip }, { action: 'logout', entityType: 'user', entityId: userId, changes: { session: sessionId } });
  });
}

/**
 * Ends every open session of a user, in the transaction that disables, demotes or re-passwords them;
 * `keep` spares the session the user changed their own password in.
 */
export async function endUserSessions(tx: Tx, userId: string, reason: Exclude<SessionEndReason, 'logout'>, keep?: string): Promise<void> {
  await tx
    .update(userSessions)
    .set({ endedAt: sql`now()`, endReason: reason })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt), keep ? ne(userSessions.id, keep) : undefined));
}
