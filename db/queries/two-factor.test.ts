import { and, eq, gt, max } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { appSettings, auditLogs, loginThrottles, userRecoveryCodes, userTwoFactor, type Role } from '@/db/schema';
import { SECURITY_POLICY_KEY } from '@/db/security-policy';
import { expectDomainError } from '@/db/test-expect';
import { FACTORY_PASSWORD, makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { DEFAULT_SECURITY_POLICY } from '@/lib/security-policy';
import { base32Decode, totp, TOTP_PERIOD_SECONDS } from '@/lib/totp';
import { MAX_FAILURES, verifyCredentials } from './auth';
import { getSecurityPolicy, updateSecurityPolicy } from './security-policy';
import { findSession, openSession } from './sessions';
import { confirmTwoFactor, disableTwoFactor, getTwoFactorStatus, listTwoFactorUsers, regenerateRecoveryCodes, resetUserTwoFactor, startTwoFactorEnrollment } from './two-factor';
import type { Viewer } from './viewer';

withTestDb();

let admin: Viewer;
let team: { id: string; name: string };
const STEP_MS = TOTP_PERIOD_SECONDS * 1000;
// Each test logs in from an address of its own, so the per-address limit never spills over.
let addressSerial = 0;
let address = '';
beforeEach(() => {
  address = `10.7.${Math.floor(++addressSerial / 250)}.${addressSerial % 250}`;
});

beforeAll(async () => {
  admin = await makeViewer('admin');
  team = await makeTeam();
});

/** A user with an authenticator: their secret and recovery codes, enrolled at `at`. */
async function enrolled(role: Role = 'leader', at = Date.now()) {
  const user = await makeViewer(role, role === 'officer' ? team : null);
  const { secret } = await startTwoFactorEnrollment(user);
  const key = base32Decode(secret);
  const { recoveryCodes } = await confirmTwoFactor(user, totp(key, at), at);
  return { user, key, recoveryCodes, codeAt: (ms: number) => totp(key, ms) };
}

async function auditSince(id: number, userId: string) {
  const db = await getDb();
  return db.select({ action: auditLogs.action, actorId: auditLogs.actorId, changes: auditLogs.changes }).from(auditLogs).where(and(gt(auditLogs.id, id), eq(auditLogs.entityId, userId)));
}
async function lastAuditId() {
  return (await (await getDb()).select({ id: max(auditLogs.id) }).from(auditLogs))[0].id ?? 0;
}

async function setTwoFactorForAdmins(on: boolean) {
  const { version } = await getSecurityPolicy(admin);
  await updateSecurityPolicy(admin, { ...DEFAULT_SECURITY_POLICY, twoFactorForAdmins: on, version });
}

describe('enrolment', () => {
  it('shows the same pending secret until a correct code confirms it, then hands out ten recovery codes once', async () => {
    const user = await makeViewer('officer', team);
    expect(await getTwoFactorStatus(user)).toEqual({ enabled: false, confirmedAt: null, recoveryCodesLeft: 0, required: false });
    const { secret } = await startTwoFactorEnrollment(user);
    expect((await startTwoFactorEnrollment(user)).secret).toBe(secret);
    const db = await getDb();
    const [stored] = await db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, user.id));
    // Sealed at rest: the database copy does not show the key.
    expect(stored.secret).not.toContain(secret);
    expect(stored.confirmedAt).toBeNull();
    // A pending authenticator does not ask for a code at login.
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, address)).status).toBe('ok');

    const now = Date.now();
    await expectDomainError(confirmTwoFactor(user, '000000', now), 'codeInvalid', 'code');
    const since = await lastAuditId();
    const { recoveryCodes } = await confirmTwoFactor(user, totp(base32Decode(secret), now), now);
    expect(recoveryCodes).toHaveLength(10);
    const hashes = await db.select({ codeHash: userRecoveryCodes.codeHash }).from(userRecoveryCodes).where(eq(userRecoveryCodes.userId, user.id));
    expect(hashes).toHaveLength(10);
    expect(hashes.some((h) => recoveryCodes.some((c) => h.codeHash.includes(c.replace('-', ''))))).toBe(false);
    expect(await getTwoFactorStatus(user)).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    expect(await auditSince(since, user.id)).toEqual([{ action: 'twoFactorEnabled', actorId: user.id, changes: { recoveryCodes: 10 } }]);
    await expectDomainError(startTwoFactorEnrollment(user), 'twoFactorAlreadyEnabled');
    await expectDomainError(confirmTwoFactor(user, totp(base32Decode(secret), now + STEP_MS), now + STEP_MS), 'twoFactorAlreadyEnabled');
  });

  it('cannot be confirmed before it started', async () => {
    const user = await makeViewer('leader');
    await expectDomainError(confirmTwoFactor(user, '123456'), 'twoFactorNotStarted');
  });
});

describe('logging in with two factors', () => {
  it('asks for a code after the right password, without a failure or a session', async () => {
    const { user } = await enrolled();
    expect(await verifyCredentials(user.username, FACTORY_PASSWORD, address)).toEqual({ status: 'twoFactorRequired' });
    expect(await verifyCredentials(user.username, 'wrong', address, '123456')).toEqual({ status: 'invalid' });
    const db = await getDb();
    const [throttle] = await db.select().from(loginThrottles).where(eq(loginThrottles.username, user.username));
    expect(throttle.failures).toBe(1);
  });

  it('accepts the code of the previous, current and next 30 s step, each once (no replay), and no older one', async () => {
    const start = Date.now() + 10 * STEP_MS;
    const { user, codeAt } = await enrolled('leader', start - 10 * STEP_MS);
    const login = (code: string, at: number) => verifyCredentials(user.username, FACTORY_PASSWORD, address, code, at);
    expect(await login(codeAt(start - STEP_MS), start)).toMatchObject({ status: 'ok', secondFactor: 'totp', user: { id: user.id } });
    expect((await login(codeAt(start - STEP_MS), start)).status).toBe('codeInvalid');
    expect(await login(codeAt(start), start)).toMatchObject({ status: 'ok' });
    expect((await login(codeAt(start), start)).status).toBe('codeInvalid');
    // A step older than the last one accepted is refused too, even inside the window.
    expect((await login(codeAt(start - STEP_MS), start)).status).toBe('codeInvalid');
    expect(await login(codeAt(start + STEP_MS), start)).toMatchObject({ status: 'ok' });
    expect((await login(codeAt(start + 3 * STEP_MS), start)).status).toBe('codeInvalid');
  });

  it(`counts wrong codes towards the username lock (${MAX_FAILURES} failures), audited with their reason`, async () => {
    const { user, codeAt } = await enrolled();
    const since = await lastAuditId();
    for (let i = 1; i < MAX_FAILURES; i++) expect((await verifyCredentials(user.username, FACTORY_PASSWORD, address, '000000')).status).toBe('codeInvalid');
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, address, '000000')).status).toBe('locked');
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, address, codeAt(Date.now()))).status).toBe('locked');
    const db = await getDb();
    const failed = await db.select({ changes: auditLogs.changes }).from(auditLogs).where(and(gt(auditLogs.id, since), eq(auditLogs.action, 'loginFailed'), eq(auditLogs.entityId, user.username)));
    expect(failed.map((r) => r.changes.reason)).toEqual([...Array(MAX_FAILURES).fill('wrongCode'), 'usernameLocked']);
  });

  it('clears earlier failures only once the code passed too', async () => {
    const { user, codeAt } = await enrolled();
    for (let i = 1; i < MAX_FAILURES; i++) await verifyCredentials(user.username, FACTORY_PASSWORD, address, '000000');
    // The right password alone does not reset the count: one more wrong code locks.
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, address)).status).toBe('twoFactorRequired');
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, address, '000000')).status).toBe('locked');
    await (await getDb()).delete(loginThrottles).where(eq(loginThrottles.username, user.username));
    for (let i = 1; i < MAX_FAILURES; i++) await verifyCredentials(user.username, FACTORY_PASSWORD, address, '000000');
    // The next step's code: enrolment itself spent the current one.
    const next = Date.now() + STEP_MS;
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, address, codeAt(next), next)).status).toBe('ok');
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, address, '000000')).status).toBe('codeInvalid');
  });

  it('takes a recovery code once, in any case and with or without the dash, and audits its use', async () => {
    const { user, recoveryCodes } = await enrolled();
    const since = await lastAuditId();
    const typed = recoveryCodes[3].toUpperCase().replace('-', ' ');
    expect(await verifyCredentials(user.username, FACTORY_PASSWORD, address, typed)).toMatchObject({ status: 'ok', secondFactor: 'recoveryCode' });
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, address, recoveryCodes[3])).status).toBe('codeInvalid');
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, address, 'abcde-fghjk')).status).toBe('codeInvalid');
    expect(await getTwoFactorStatus(user)).toMatchObject({ recoveryCodesLeft: 9 });
    const sid = await openSession(user.id, address, 'recoveryCode');
    const rows = await auditSince(since, user.id);
    expect(rows).toEqual([
      { action: 'recoveryCodeUsed', actorId: user.id, changes: { left: 9 } },
      { action: 'login', actorId: user.id, changes: { session: sid, secondFactor: 'recoveryCode' } },
    ]);
  });

  it('lets only one of two logins racing with the same code in', async () => {
    const { user, codeAt } = await enrolled();
    const code = codeAt(Date.now() + STEP_MS);
    const results = await Promise.all([1, 2].map(() => verifyCredentials(user.username, FACTORY_PASSWORD, address, code, Date.now() + STEP_MS)));
    expect(results.map((r) => r.status).sort()).toEqual(['codeInvalid', 'ok']);
  });

  it('gives new recovery codes after the password: the old ones stop working', async () => {
    const { user, recoveryCodes: old } = await enrolled();
    await expectDomainError(regenerateRecoveryCodes(user, 'wrong'), 'currentPasswordWrong', 'currentPassword');
    const { recoveryCodes } = await regenerateRecoveryCodes(user, FACTORY_PASSWORD);
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, address, old[0])).status).toBe('codeInvalid');
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, address, recoveryCodes[0])).status).toBe('ok');
  });
});

describe('two-factor login required of admins', () => {
  it('sends an admin without an authenticator to enrolment, on the next request, until they enrol; other roles are not asked', async () => {
    const newAdmin = await makeViewer('admin');
    const leader = await makeViewer('leader');
    const [adminSid, leaderSid] = [await openSession(newAdmin.id, null), await openSession(leader.id, null)];
    expect((await findSession(newAdmin.id, adminSid, null))?.pendingStep).toBeNull();
    await setTwoFactorForAdmins(true);
    try {
      expect((await findSession(newAdmin.id, adminSid, null))?.pendingStep).toBe('twoFactorEnrollment');
      expect((await findSession(leader.id, leaderSid, null))?.pendingStep).toBeNull();
      expect(await getTwoFactorStatus(newAdmin)).toMatchObject({ required: true });
      const { secret } = await startTwoFactorEnrollment(newAdmin);
      await confirmTwoFactor(newAdmin, totp(base32Decode(secret), Date.now()));
      expect((await findSession(newAdmin.id, adminSid, null))?.pendingStep).toBeNull();
      // Required: it cannot be switched off by the admin themself.
      await expectDomainError(disableTwoFactor(newAdmin, FACTORY_PASSWORD), 'twoFactorStillRequired');
    } finally {
      await setTwoFactorForAdmins(false);
    }
  });
});

describe('switching it off and resetting it', () => {
  it('is switched off by its user after their password, audited; login then takes the password alone', async () => {
    const { user } = await enrolled('officer');
    await expectDomainError(disableTwoFactor(user, 'wrong'), 'currentPasswordWrong', 'currentPassword');
    const since = await lastAuditId();
    await disableTwoFactor(user, FACTORY_PASSWORD);
    expect(await auditSince(since, user.id)).toEqual([{ action: 'twoFactorDisabled', actorId: user.id, changes: {} }]);
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, address)).status).toBe('ok');
    await expectDomainError(disableTwoFactor(user, FACTORY_PASSWORD), 'twoFactorNotStarted');
  });

  it('is reset by the admin for a lost phone: authenticator and codes gone, sessions ended, audited', async () => {
    const { user } = await enrolled('leader');
    const sid = await openSession(user.id, null);
    expect((await listTwoFactorUsers(admin)).map((r) => r.id)).toContain(user.id);
    expect((await listTwoFactorUsers(admin)).find((r) => r.id === user.id)).toMatchObject({ username: user.username, role: 'leader', recoveryCodesLeft: 10 });
    const since = await lastAuditId();
    await resetUserTwoFactor(admin, user.id);
    expect(await findSession(user.id, sid, null)).toBeNull();
    expect(await auditSince(since, user.id)).toEqual([{ action: 'twoFactorReset', actorId: admin.id, changes: {} }]);
    expect((await listTwoFactorUsers(admin)).map((r) => r.id)).not.toContain(user.id);
    const db = await getDb();
    expect(await db.select().from(userRecoveryCodes).where(eq(userRecoveryCodes.userId, user.id))).toEqual([]);
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, address)).status).toBe('ok');
    await expectDomainError(resetUserTwoFactor(admin, user.id), 'notFound');
    await expectDomainError(resetUserTwoFactor(admin, 'not-a-uuid'), 'notFound');
  });

  it.each<Role>(['leader', 'officer', 'liaison'])('is not reset or listed by a %s', async (role) => {
    const { user } = await enrolled('leader');
    const viewer = await makeViewer(role, role === 'officer' ? team : null);
    await expectDomainError(resetUserTwoFactor(viewer, user.id), 'forbidden');
    await expectDomainError(listTwoFactorUsers(viewer), 'forbidden');
    expect(await getTwoFactorStatus(user)).toMatchObject({ enabled: true });
  });
});

// The policy row is the only app_settings row these tests write.
beforeEach(async () => {
  await (await getDb()).delete(appSettings).where(eq(appSettings.key, SECURITY_POLICY_KEY));
});
