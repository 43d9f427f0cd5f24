import 'server-only';
import { and, asc, count, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { userRecoveryCodes, userTwoFactor, users } from '@/db/schema';
import { readSecurityPolicy } from '@/db/security-policy';
import { DomainError } from '@/lib/errors';
import { hashRecoveryCode, isRecoveryCodeShape, newRecoveryCodes } from '@/lib/recovery-codes';
import { openSecret, sealSecret } from '@/lib/secret-box';
import { twoFactorRequired } from '@/lib/security-policy';
import { base32Decode, matchTotpStep, newTotpSecret } from '@/lib/totp';
import { writeAudit } from './audit';
import { assertOwnPassword } from './auth';
import { endUserSessions } from './sessions';
import { assertId } from './ids';
import { assertCan, type Viewer } from './viewer';

export interface TwoFactorStatus {
  enabled: boolean;
  confirmedAt: Date | null;
  recoveryCodesLeft: number;
  /** The policy makes this user's role log in with a code: switching it off is refused. */
  required: boolean;
}

/** The viewer's own two-factor login, for /account/two-factor. */
export async function getTwoFactorStatus(viewer: Viewer): Promise<TwoFactorStatus> {
  assertCan(viewer, 'account.manage');
  const db = await getDb();
  const [[row], [codes], policy] = await Promise.all([
    db.select({ confirmedAt: userTwoFactor.confirmedAt }).from(userTwoFactor).where(eq(userTwoFactor.userId, viewer.id)),
    db.select({ left: count() }).from(userRecoveryCodes).where(and(eq(userRecoveryCodes.userId, viewer.id), isNull(userRecoveryCodes.usedAt))),
    readSecurityPolicy(db),
  ]);
  const confirmedAt = row?.confirmedAt ?? null;
  return { enabled: confirmedAt !== null, confirmedAt, recoveryCodesLeft: confirmedAt ? codes.left : 0, required: twoFactorRequired(policy, viewer.role) };
}

/**
 * The secret to show as a QR code while the viewer enrols: the pending one if enrolment already started
 * (a reload shows the code already scanned), else a new one. Nothing counts until confirmTwoFactor.
 */
export async function startTwoFactorEnrollment(viewer: Viewer): Promise<{ secret: string }> {
  assertCan(viewer, 'account.manage');
  const db = await getDb();
  const fresh = newTotpSecret();
  await db.insert(userTwoFactor).values({ userId: viewer.id, secret: sealSecret(fresh) }).onConflictDoNothing();
  const [row] = await db.select({ secret: userTwoFactor.secret, confirmedAt: userTwoFactor.confirmedAt }).from(userTwoFactor).where(eq(userTwoFactor.userId, viewer.id));
  if (row.confirmedAt) throw new DomainError('twoFactorAlreadyEnabled');
  try {
    return { secret: openSecret(row.secret) };
  } catch {
    // Sealed under an earlier AUTH_SECRET: that pending secret is lost, so enrolment starts over.
    await db.update(userTwoFactor).set({ secret: sealSecret(fresh), createdAt: sql`now()` }).where(and(eq(userTwoFactor.userId, viewer.id), isNull(userTwoFactor.confirmedAt)));
    return { secret: fresh };
  }
}

/**
 * Finishes enrolment with a code from the app (proving it holds the secret) and hands out the recovery
 * codes, which are shown this once and kept only as hashes. The accepted step cannot be used to log in.
 */
export async function confirmTwoFactor(viewer: Viewer, code: string, now = Date.now()): Promise<{ recoveryCodes: string[] }> {
  assertCan(viewer, 'account.manage');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(userTwoFactor).where(eq(userTwoFactor.userId, viewer.id)).for('update');
    if (!row) throw new DomainError('twoFactorNotStarted');
    if (row.confirmedAt) throw new DomainError('twoFactorAlreadyEnabled');
    const step = matchTotpStep(base32Decode(openSecret(row.secret)), code, now);
    if (step === null) throw new DomainError('codeInvalid', 'code');
    await tx.update(userTwoFactor).set({ confirmedAt: sql`now()`, lastUsedStep: step }).where(eq(userTwoFactor.userId, viewer.id));
    const recoveryCodes = await replaceRecoveryCodes(tx, viewer.id);
    await writeAudit(tx, viewer, { action: 'twoFactorEnabled', entityType: 'user', entityId: viewer.id, changes: { recoveryCodes: recoveryCodes.length } });
    return { recoveryCodes };
  });
}

/** New recovery codes for the viewer (the old ones stop working), after their password. */
export async function regenerateRecoveryCodes(viewer: Viewer, currentPassword: string): Promise<{ recoveryCodes: string[] }> {
  assertCan(viewer, 'account.manage');
  await assertOwnPassword(viewer, currentPassword);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ confirmedAt: userTwoFactor.confirmedAt }).from(userTwoFactor).where(eq(userTwoFactor.userId, viewer.id)).for('update');
    if (!row?.confirmedAt) throw new DomainError('twoFactorNotStarted');
    const recoveryCodes = await replaceRecoveryCodes(tx, viewer.id);
    await writeAudit(tx, viewer, { action: 'recoveryCodesRenewed', entityType: 'user', entityId: viewer.id, changes: { recoveryCodes: recoveryCodes.length } });
    return { recoveryCodes };
  });
}

/** The viewer switches their own two-factor login off, after their password; not while the policy requires it of their role. */
export async function disableTwoFactor(viewer: Viewer, currentPassword: string): Promise<{ id: string }> {
  assertCan(viewer, 'account.manage');
  const db = await getDb();
  if (twoFactorRequired(await readSecurityPolicy(db), viewer.role)) throw new DomainError('twoFactorStillRequired');
  await assertOwnPassword(viewer, currentPassword);
  return db.transaction(async (tx) => {
    if (!(await removeTwoFactor(tx, viewer.id))) throw new DomainError('twoFactorNotStarted');
    await writeAudit(tx, viewer, { action: 'twoFactorDisabled', entityType: 'user', entityId: viewer.id });
    return { id: viewer.id };
  });
}

/**
 * A lost phone: the admin removes a user's authenticator and recovery codes and ends their sessions; the
 * user logs in with the password alone and, if their role requires it, enrols again at once.
 */
export async function resetUserTwoFactor(viewer: Viewer, userId: string): Promise<{ id: string }> {
  assertCan(viewer, 'security.manage');
  assertId(userId);
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!(await removeTwoFactor(tx, userId))) throw new DomainError('notFound');
    await endUserSessions(tx, userId, 'twoFactorReset');
    await writeAudit(tx, viewer, { action: 'twoFactorReset', entityType: 'user', entityId: userId });
    return { id: userId };
  });
}

export interface TwoFactorUserRow {
  id: string;
  username: string;
  displayName: string;
  role: Viewer['role'];
  confirmedAt: Date;
  recoveryCodesLeft: number;
}

/** Who logs in with an authenticator, by username (an office has a few hundred users at most; capped). For the security admin. */
export async function listTwoFactorUsers(viewer: Viewer, limit = 500): Promise<TwoFactorUserRow[]> {
  assertCan(viewer, 'security.manage');
  const db = await getDb();
  const left = db
    .select({ userId: userRecoveryCodes.userId, left: count().as('left') })
    .from(userRecoveryCodes)
    .where(isNull(userRecoveryCodes.usedAt))
    .groupBy(userRecoveryCodes.userId)
    .as('left_codes');
  const rows = await db
    .select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role, confirmedAt: userTwoFactor.confirmedAt, recoveryCodesLeft: sql<number>`coalesce(${left.left}, 0)::int` })
    .from(userTwoFactor)
    .innerJoin(users, eq(users.id, userTwoFactor.userId))
    .leftJoin(left, eq(left.userId, userTwoFactor.userId))
    .where(isNotNull(userTwoFactor.confirmedAt))
    .orderBy(asc(users.username))
    .limit(limit);
  return rows.map((r) => ({ ...r, confirmedAt: r.confirmedAt! }));
}

export type SpentFactor = { method: 'totp' } | { method: 'recoveryCode'; left: number };

/**
 * The login's second step (db/queries/auth.ts): spends an authenticator code or a recovery code of a
 * user with two-factor login, or null. Each is good once: the TOTP step must be newer than the last one
 * accepted, and a recovery code is marked used, each in a single conditional UPDATE, so two logins
 * racing with the same code cannot both win.
 */
export async function spendSecondFactor(userId: string, input: string, now = Date.now()): Promise<SpentFactor | null> {
  const db = await getDb();
  if (isRecoveryCodeShape(input)) {
    return db.transaction(async (tx) => {
      const spent = await tx
        .update(userRecoveryCodes)
        .set({ usedAt: sql`now()` })
        .where(and(eq(userRecoveryCodes.userId, userId), eq(userRecoveryCodes.codeHash, hashRecoveryCode(input)), isNull(userRecoveryCodes.usedAt)))
        .returning({ id: userRecoveryCodes.id });
      if (!spent.length) return null;
      const [{ left }] = await tx.select({ left: count() }).from(userRecoveryCodes).where(and(eq(userRecoveryCodes.userId, userId), isNull(userRecoveryCodes.usedAt)));
      return { method: 'recoveryCode', left } as const;
    });
  }
  const [row] = await db.select({ secret: userTwoFactor.secret }).from(userTwoFactor).where(and(eq(userTwoFactor.userId, userId), isNotNull(userTwoFactor.confirmedAt)));
  if (!row) return null;
  const step = matchTotpStep(base32Decode(openSecret(row.secret)), input.replace(/\s/g, ''), now);
  if (step === null) return null;
  const accepted = await db
    .update(userTwoFactor)
    .set({ lastUsedStep: step })
    .where(and(eq(userTwoFactor.userId, userId), or(isNull(userTwoFactor.lastUsedStep), lt(userTwoFactor.lastUsedStep, step))))
    .returning({ userId: userTwoFactor.userId });
  return accepted.length ? { method: 'totp' } : null;
}

async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
  await tx.insert(userRecoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })));
  return codes;
}

/** Removes a user's authenticator (pending or confirmed) and recovery codes; false when there was none. */
async function removeTwoFactor(tx: Tx, userId: string): Promise<boolean> {
  await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
  const removed = await tx.delete(userTwoFactor).where(eq(userTwoFactor.userId, userId)).returning({ userId: userTwoFactor.userId });
  return removed.length > 0;
}
