import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import { getDb } from '@/db';
import { appSettings, auditLogs } from '@/db/schema';
import { resetUserPassword } from '@/db/queries/users';
import { SECURITY_POLICY_KEY } from '@/db/security-policy';
import { sessionOf } from '@/db/test-session';
import { makeViewer, withTestDb } from '@/db/test-utils';
import { auth } from '@/lib/auth';
import { DEFAULT_SECURITY_POLICY } from '@/lib/security-policy';
import { base32Decode, totp } from '@/lib/totp';
import { changePassword, confirmTwoFactor } from './account/actions';
import { saveSecurityPolicy } from './(app)/admin/security/actions';
import { markNotificationsRead } from './(app)/dashboard/actions';
import { startTwoFactorEnrollment } from '@/db/queries/two-factor';
import type { Viewer } from '@/db/queries/viewer';

// A session whose user must first change their password or enrol an authenticator reaches only the
// account actions; every other action answers as if nobody were logged in. Only the cookie is faked.
vi.mock('@/lib/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
const session = auth as unknown as Mock;

withTestDb();

let admin: Viewer;
beforeAll(async () => {
  admin = await makeViewer('admin');
});

async function refusals(actorId: string | null) {
  const db = await getDb();
  return (await db.select({ actorId: auditLogs.actorId, action: auditLogs.action, changes: auditLogs.changes }).from(auditLogs).where(eq(auditLogs.action, 'refused'))).filter((r) => r.actorId === actorId);
}

describe('a session with a pending account step', () => {
  it('after an admin reset: only the password change goes through, then everything does', async () => {
    const officer = await makeViewer('officer', null);
    await resetUserPassword(admin, officer.id, 'Reset#2026-ok');
    session.mockResolvedValue(await sessionOf(officer.id));
    const before = (await refusals(null)).length;
    expect(await markNotificationsRead(null, { ids: 'all' })).toEqual({ ok: false, error: 'unauthenticated' });
    expect((await refusals(null)).length).toBe(before + 1);
    expect(await changePassword(null, { currentPassword: 'Reset#2026-ok', newPassword: 'weak', confirmPassword: 'weak' })).toMatchObject({ ok: false, fieldErrors: { newPassword: ['passwordTooShort'] } });
    expect(await changePassword(null, { currentPassword: 'Reset#2026-ok', newPassword: 'Mine#2026-new', confirmPassword: 'Mine#2026-other' })).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ['passwordMismatch'] } });
    expect(await changePassword(null, { currentPassword: 'Reset#2026-ok', newPassword: 'Mine#2026-new', confirmPassword: 'Mine#2026-new' })).toEqual({ ok: true, data: { id: officer.id } });
    expect(await markNotificationsRead(null, { ids: 'all' })).toMatchObject({ ok: true });
  });

  it('with two-factor login required of admins: only the enrolment goes through until it is done', async () => {
    await (await getDb()).insert(appSettings).values({ key: SECURITY_POLICY_KEY, value: { ...DEFAULT_SECURITY_POLICY, twoFactorForAdmins: true, version: 2 } });
    try {
      const other = await makeViewer('admin');
      session.mockResolvedValue(await sessionOf(other.id));
      expect(await saveSecurityPolicy(null, { ...DEFAULT_SECURITY_POLICY, version: 2 })).toEqual({ ok: false, error: 'unauthenticated' });
      const { secret } = await startTwoFactorEnrollment(other);
      const result = await confirmTwoFactor(null, { code: totp(base32Decode(secret), Date.now()) });
      expect(result).toMatchObject({ ok: true, data: { recoveryCodes: expect.any(Array) } });
      expect(await saveSecurityPolicy(null, { ...DEFAULT_SECURITY_POLICY, version: 2 })).toEqual({ ok: true, data: { version: 3 } });
    } finally {
      await (await getDb()).delete(appSettings).where(eq(appSettings.key, SECURITY_POLICY_KEY));
    }
  });
});
