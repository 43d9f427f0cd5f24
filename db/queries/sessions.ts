import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { departments, teams, userSessions, users } from '@/db/schema';
import { sessionLimits } from '@/lib/session-limits';
import { writeAudit } from './audit';
import { dutiesSeparatedSql } from './separation';
import { viewerColumns, type Viewer } from './viewer';

export type SessionEndReason = 'logout' | 'disabled' | 'roleChanged' | 'teamChanged' | 'passwordChanged';

/** Starts a session for a user who just proved their password, and records the login. */
export async function openSession(userId: string, ip: string | null): Promise<string> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(userSessions).values({ userId, ip }).returning({ id: userSessions.id });
    await writeAudit(tx, { id: userId, ip }, { action: 'login', entityType: 'user', entityId: userId, changes: { session: row.id } });
    return row.id;
  });
}

// A busy user would otherwise write their session row on every request; once a minute keeps the idle clock honest enough.
const TOUCH_AFTER = sql.raw(`interval '1 minute'`);

/**
 * The session's user as the database knows them now, or null when the session ended, sat idle too long,
 * outlived the absolute limit, or its user is disabled or gone. Marks the session as seen.
 */
export async function findSessionViewer(userId: string, sessionId: string, ip: string | null): Promise<Viewer | null> {
  const db = await getDb();
  const { idleMinutes, maxHours } = sessionLimits();
  const [row] = await db
    .select({ ...viewerColumns, dutiesSeparated: dutiesSeparatedSql, stale: sql<boolean>`${userSessions.lastSeenAt} < now() - ${TOUCH_AFTER}` })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .leftJoin(teams, eq(teams.id, users.teamId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
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
  const { stale, ...viewer } = row;
  if (stale) await db.update(userSessions).set({ lastSeenAt: sql`now()` }).where(eq(userSessions.id, sessionId));
  return { ...viewer, ip };
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

/** Ends every open session of a user, in the transaction that disables, demotes or re-passwords them. */
export async function endUserSessions(tx: Tx, userId: string, reason: Exclude<SessionEndReason, 'logout'>): Promise<void> {
  await tx
    .update(userSessions)
    .set({ endedAt: sql`now()`, endReason: reason })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt)));
}
