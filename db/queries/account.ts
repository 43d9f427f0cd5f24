import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { assertPasswordAllowed, readSecurityPolicy } from '@/db/security-policy';
import { DomainError } from '@/lib/errors';
import { hashPassword } from '@/lib/password';
import { passwordExpiresAt } from '@/lib/security-policy';
import { writeAudit } from './audit';
import { assertOwnPassword } from './auth';
import { endUserSessions } from './sessions';
import { assertCan, type Viewer } from './viewer';

/** What the password page tells the viewer: when the password was set and when the policy wants a new one. */
export async function getPasswordStatus(viewer: Viewer): Promise<{ changedAt: Date; expiresAt: Date | null; complexity: boolean }> {
  assertCan(viewer, 'account.manage');
  const db = await getDb();
  const [[user], policy] = await Promise.all([db.select({ changedAt: users.passwordChangedAt }).from(users).where(eq(users.id, viewer.id)), readSecurityPolicy(db)]);
  if (!user) throw new DomainError('notFound');
  return { changedAt: user.changedAt, expiresAt: passwordExpiresAt(policy, user.changedAt), complexity: policy.passwordComplexity };
}

/**
 * The viewer replaces their own password: the current one first (wrong tries count towards the login
 * lock), then the 等保 rules for the new one. Starts the password-age clock again, clears a pending
 * forced change, and ends the user's other sessions; the one they are using stays.
 */
export async function changeOwnPassword(viewer: Viewer, sessionId: string, input: { currentPassword: string; newPassword: string }): Promise<{ id: string }> {
  assertCan(viewer, 'account.manage');
  await assertOwnPassword(viewer, input.currentPassword);
  if (input.newPassword === input.currentPassword) throw new DomainError('passwordUnchanged', 'newPassword');
  const db = await getDb();
  await assertPasswordAllowed(db, input.newPassword, viewer.username, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: sql`now()`, mustChangePassword: false, updatedAt: sql`now()` })
      .where(eq(users.id, viewer.id));
    await endUserSessions(tx, viewer.id, 'passwordChanged', sessionId);
    await writeAudit(tx, viewer, { action: 'changePassword', entityType: 'user', entityId: viewer.id });
    return { id: viewer.id };
  });
}
