import { and, desc, eq, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { appSettings, auditLogs, userSessions, users, type Role } from '@/db/schema';
import { createUserDirect } from '@/db/seed/create-user';
import { SECURITY_POLICY_KEY } from '@/db/security-policy';
import { expectDomainError } from '@/db/test-expect';
import { FACTORY_PASSWORD, makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { DEFAULT_SECURITY_POLICY } from '@/lib/security-policy';
import { verifyPassword } from '@/lib/password';
import { changeOwnPassword, getPasswordStatus } from './account';
import { MAX_FAILURES, verifyCredentials } from './auth';
import { countTwoFactorCoverage, getAuditRetentionFacts, getSecurityPolicy, updateSecurityPolicy } from './security-policy';
import { findSession, openSession } from './sessions';
import { insertUser, resetUserPassword } from './users';
import type { Viewer } from './viewer';

withTestDb();

let admin: Viewer;
let team: { id: string; name: string };
const policyInput = (version: number, patch: Partial<typeof DEFAULT_SECURITY_POLICY> = {}) => ({ ...DEFAULT_SECURITY_POLICY, ...patch, version });

beforeAll(async () => {
  admin = await makeViewer('admin');
  team = await makeTeam();
});

/** Puts the stored policy back to the defaults (tests share one database). */
beforeEach(async () => {
  await (await getDb()).delete(appSettings).where(eq(appSettings.key, SECURITY_POLICY_KEY));
});

async function savePolicy(patch: Partial<typeof DEFAULT_SECURITY_POLICY>) {
  const { version } = await getSecurityPolicy(admin);
  return updateSecurityPolicy(admin, policyInput(version, patch));
}

const stepOf = async (viewer: Viewer, sid: string) => (await findSession(viewer.id, sid, null))?.pendingStep;

describe('the security policy', () => {
  it('reads as the defaults until saved, at version 1', async () => {
    expect(await getSecurityPolicy(admin)).toEqual({ ...DEFAULT_SECURITY_POLICY, version: 1 });
  });

  it.each<Role>(['leader', 'officer', 'liaison'])('is refused to a %s, reading or writing', async (role) => {
    const viewer = await makeViewer(role, role === 'officer' ? team : null);
    await expectDomainError(getSecurityPolicy(viewer), 'forbidden');
    await expectDomainError(updateSecurityPolicy(viewer, policyInput(1, { twoFactorForAdmins: true })), 'forbidden');
    await expectDomainError(getAuditRetentionFacts(viewer), 'forbidden');
    await expectDomainError(countTwoFactorCoverage(viewer), 'forbidden');
    expect(await getSecurityPolicy(admin)).toMatchObject({ twoFactorForAdmins: false, version: 1 });
  });

  it('is saved with a new version and an audit row of what changed, old → new', async () => {
    expect(await updateSecurityPolicy(admin, policyInput(1, { twoFactorForAdmins: true, passwordMaxAgeDays: 60 }))).toEqual({ version: 2 });
    expect(await getSecurityPolicy(admin)).toEqual({ ...DEFAULT_SECURITY_POLICY, twoFactorForAdmins: true, passwordMaxAgeDays: 60, version: 2 });
    expect(await updateSecurityPolicy(admin, policyInput(2, { passwordComplexity: false }))).toEqual({ version: 3 });
    const db = await getDb();
    const rows = await db.select().from(auditLogs).where(eq(auditLogs.entityType, 'securityPolicy')).orderBy(desc(auditLogs.id)).limit(2);
    expect(rows.map((r) => [r.action, r.actorId, r.entityId, r.changes])).toEqual([
      ['update', admin.id, SECURITY_POLICY_KEY, { passwordComplexity: [true, false], twoFactorForAdmins: [true, false], passwordMaxAgeDays: [60, 90] }],
      ['update', admin.id, SECURITY_POLICY_KEY, { twoFactorForAdmins: [false, true], passwordMaxAgeDays: [90, 60] }],
    ]);
  });

  it('refuses a save over another admin’s (a stale version), also when both make the first save at once', async () => {
    await savePolicy({ twoFactorForAdmins: true });
    await expectDomainError(updateSecurityPolicy(admin, policyInput(1, { passwordComplexity: false })), 'conflict');
    await (await getDb()).delete(appSettings).where(eq(appSettings.key, SECURITY_POLICY_KEY));
    const results = await Promise.allSettled([updateSecurityPolicy(admin, policyInput(1, { passwordMaxAgeDays: 30 })), updateSecurityPolicy(admin, policyInput(1, { passwordMaxAgeDays: 45 }))]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'conflict' } });
    expect((await getSecurityPolicy(admin)).version).toBe(2);
  });

  it('cannot keep audit rows for less than 180 days, even through a hand-edited row', async () => {
    await (await getDb()).insert(appSettings).values({ key: SECURITY_POLICY_KEY, value: { ...DEFAULT_SECURITY_POLICY, auditRetentionDays: 30, version: 5 } });
    expect(await getSecurityPolicy(admin)).toMatchObject({ auditRetentionDays: 180, version: 5 });
  });
});

describe('audit retention facts', () => {
  it('give the oldest row, the days it covers and the row count', async () => {
    const db = await getDb();
    const [{ rows }] = await db.select({ rows: sql<number>`count(*)::int` }).from(auditLogs);
    const [{ oldest }] = await db.select({ oldest: sql<Date>`min(${auditLogs.at})` }).from(auditLogs);
    expect(await getAuditRetentionFacts(admin)).toEqual({ oldestAt: new Date(oldest), keptDays: 0, rows, estimated: false });
  });
});

describe('new passwords under the policy', () => {
  const newUser = (username: string, password: string) => ({ username, displayName: '新用户', role: 'leader' as const, teamId: null, departmentId: null, phone: '', password });

  it.each([
    ['Admin@123', 'passwordCommon'],
    ['onlyletters', 'passwordClasses'],
    ['1234567890', 'passwordClasses'],
    ['wangfang#2026', 'passwordHasUsername'],
  ])('refuses %s when an admin creates a user, as a field error (%s)', async (password, code) => {
    await expectDomainError(insertUser(admin, newUser('wangfang', password)), code, 'password');
  });

  it('accepts a strong one, and the user must change it at first login', async () => {
    const { id } = await insertUser(admin, newUser('zhaolei', 'Zl#2026-招商'));
    const user: Viewer = { ...admin, id, username: 'zhaolei', role: 'leader' };
    expect(await stepOf(user, await openSession(id, null))).toBe('passwordChange');
  });

  it('refuses a weak one on an admin reset, and a reset forces a change at the next login', async () => {
    const officer = await makeViewer('officer', team);
    await expectDomainError(resetUserPassword(admin, officer.id, 'password123'), 'passwordClasses', 'password');
    await expectDomainError(resetUserPassword(admin, officer.id, 'P@ssw0rd1'), 'passwordCommon', 'password');
    await resetUserPassword(admin, officer.id, 'Reset#2026-ok');
    expect(await stepOf(officer, await openSession(officer.id, null))).toBe('passwordChange');
  });

  it('refuses a weak one in `npm run user:create`', async () => {
    await expectDomainError(createUserDirect(await getDb(), { username: 'firstadmin', displayName: '管理员', role: 'admin', password: 'admin123' }), 'passwordClasses', 'password');
    const { id } = await createUserDirect(await getDb(), { username: 'firstadmin', displayName: '管理员', role: 'admin', password: 'Fa!2026-first' });
    // Whoever ran the script chose the password: no forced change.
    expect(await stepOf({ ...admin, id }, await openSession(id, null))).toBeNull();
  });

  it('with complexity off, asks only for 8–128 characters', async () => {
    await savePolicy({ passwordComplexity: false });
    await insertUser(admin, newUser('simple.one', 'simplepass'));
    await expectDomainError(insertUser(admin, newUser('simple.two', 'short1')), 'passwordTooShort', 'password');
  });
});

describe('changing one’s own password', () => {
  it('needs the current password, follows the policy, clears a forced change and ends the other sessions only', async () => {
    const officer = await makeViewer('officer', team);
    await resetUserPassword(admin, officer.id, 'Reset#2026-ok');
    const [here, elsewhere] = [await openSession(officer.id, null), await openSession(officer.id, null)];
    await expectDomainError(changeOwnPassword(officer, here, { currentPassword: 'wrong', newPassword: 'Mine#2026-new' }), 'currentPasswordWrong', 'currentPassword');
    await expectDomainError(changeOwnPassword(officer, here, { currentPassword: 'Reset#2026-ok', newPassword: 'Reset#2026-ok' }), 'passwordUnchanged', 'newPassword');
    await expectDomainError(changeOwnPassword(officer, here, { currentPassword: 'Reset#2026-ok', newPassword: 'qwerty123' }), 'passwordClasses', 'newPassword');
    await expectDomainError(changeOwnPassword(officer, here, { currentPassword: 'Reset#2026-ok', newPassword: `${officer.username}!9` }), 'passwordHasUsername', 'newPassword');
    await changeOwnPassword(officer, here, { currentPassword: 'Reset#2026-ok', newPassword: 'Mine#2026-new' });

    const db = await getDb();
    const [row] = await db.select({ hash: users.passwordHash, must: users.mustChangePassword, changedAt: users.passwordChangedAt }).from(users).where(eq(users.id, officer.id));
    expect(await verifyPassword('Mine#2026-new', row.hash)).toBe(true);
    expect(row.must).toBe(false);
    expect(await stepOf(officer, here)).toBeNull();
    expect(await findSession(officer.id, elsewhere, null)).toBeNull();
    const [ended] = await db.select({ reason: userSessions.endReason }).from(userSessions).where(eq(userSessions.id, elsewhere));
    expect(ended.reason).toBe('passwordChanged');
    const audit = await db.select({ action: auditLogs.action, changes: auditLogs.changes }).from(auditLogs).where(and(eq(auditLogs.entityId, officer.id), eq(auditLogs.action, 'changePassword')));
    expect(audit).toEqual([{ action: 'changePassword', changes: {} }]);
    expect((await getPasswordStatus(officer)).changedAt).toEqual(row.changedAt);
  });

  it('counts wrong current passwords towards the login lock, audited as failed logins', async () => {
    const leader = await makeViewer('leader');
    const sid = await openSession(leader.id, null);
    for (let i = 1; i < MAX_FAILURES; i++) {
      await expectDomainError(changeOwnPassword(leader, sid, { currentPassword: 'guess', newPassword: 'Mine#2026-new' }), 'currentPasswordWrong');
    }
    await expectDomainError(changeOwnPassword(leader, sid, { currentPassword: 'guess', newPassword: 'Mine#2026-new' }), 'locked');
    await expectDomainError(changeOwnPassword(leader, sid, { currentPassword: FACTORY_PASSWORD, newPassword: 'Mine#2026-new' }), 'locked');
    expect((await verifyCredentials(leader.username, FACTORY_PASSWORD, '10.9.9.9')).status).toBe('locked');
    const failed = await (await getDb()).select({ changes: auditLogs.changes }).from(auditLogs).where(and(eq(auditLogs.action, 'loginFailed'), eq(auditLogs.entityId, leader.username)));
    expect(failed.filter((r) => r.changes.reason === 'wrongCurrentPassword')).toHaveLength(MAX_FAILURES);
  });
});

describe('password age', () => {
  async function ageTo(viewer: Viewer, days: number) {
    await (await getDb()).update(users).set({ passwordChangedAt: sql`now() - make_interval(days => ${days}::int)` }).where(eq(users.id, viewer.id));
  }

  it('sends a user whose password is older than the maximum age to change it, from their next request', async () => {
    const officer = await makeViewer('officer', team);
    const sid = await openSession(officer.id, null);
    await ageTo(officer, 89);
    expect(await stepOf(officer, sid)).toBeNull();
    await ageTo(officer, 91);
    expect(await stepOf(officer, sid)).toBe('passwordExpired');
    await savePolicy({ passwordMaxAgeDays: 120 });
    expect(await stepOf(officer, sid)).toBeNull();
    await savePolicy({ passwordMaxAgeEnabled: false, passwordMaxAgeDays: 7 });
    expect(await stepOf(officer, sid)).toBeNull();
  });

  it('is reset by a change of one’s own password', async () => {
    const officer = await makeViewer('officer', team);
    const sid = await openSession(officer.id, null);
    await ageTo(officer, 200);
    expect(await stepOf(officer, sid)).toBe('passwordExpired');
    expect((await getPasswordStatus(officer)).expiresAt!.getTime()).toBeLessThan(Date.now());
    await changeOwnPassword(officer, sid, { currentPassword: FACTORY_PASSWORD, newPassword: 'Fresh#2026-pw' });
    expect(await stepOf(officer, sid)).toBeNull();
  });
});
