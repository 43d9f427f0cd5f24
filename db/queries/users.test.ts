import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLogs, loginThrottles, ROLES, users } from '@/db/schema';
import { makeDepartment, makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { expectDomainError } from '@/db/test-expect';
import { verifyPassword } from '@/lib/password';
import { changeUserRole, getUserOrThrow, insertUser, listUsers, resetUserPassword, setUserDisabled, unlockUser, updateUser, USERS_PAGE_SIZE } from './users';
import type { Viewer } from './viewer';

withTestDb();

let admin: Viewer;
let team: { id: string; name: string };

beforeAll(async () => {
  team = await makeTeam();
  admin = await makeViewer('admin');
});

const newOfficer = (username: string) => ({ username, displayName: '新专员', role: 'officer' as const, teamId: team.id, departmentId: null, phone: '13800000000', password: 'initial-pass-1' });

describe('insertUser', () => {
  it('creates a login with a bcrypt hash and an audit row without the password', async () => {
    const { id } = await insertUser(admin, newOfficer('new.officer'));
    const db = await getDb();
    const [row] = await db.select().from(users).where(eq(users.id, id));
    expect(row).toMatchObject({ username: 'new.officer', role: 'officer', teamId: team.id, version: 1 });
    expect(row.passwordHash).toMatch(/^\$2[aby]\$1\d\$/);
    expect(await verifyPassword('initial-pass-1', row.passwordHash)).toBe(true);
    const audit = await db.select().from(auditLogs).where(eq(auditLogs.entityId, id));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, action: 'create', entityType: 'user' });
    expect(JSON.stringify(audit[0].changes)).not.toContain('initial-pass-1');
  });

  it('refuses a taken username at the username field', async () => {
    await insertUser(admin, newOfficer('twice'));
    await expectDomainError(insertUser(admin, newOfficer('twice')), 'usernameTaken', 'username');
  });

  it('requires a team for officers and an existing team for anyone', async () => {
    await expectDomainError(insertUser(admin, { ...newOfficer('noteam'), teamId: null }), 'teamRequired', 'teamId');
    await expectDomainError(insertUser(admin, { ...newOfficer('ghostteam'), teamId: '00000000-0000-4000-8000-000000000000' }), 'invalid', 'teamId');
  });

  it('puts a liaison in an existing department, and nobody else in one', async () => {
    const department = await makeDepartment();
    const liaison = { ...newOfficer('liaison.new'), role: 'liaison' as const, teamId: null };
    await expectDomainError(insertUser(admin, liaison), 'departmentRequired', 'departmentId');
    await expectDomainError(insertUser(admin, { ...liaison, departmentId: '00000000-0000-4000-8000-000000000000' }), 'invalidChoice', 'departmentId');
    await expectDomainError(insertUser(admin, { ...newOfficer('officer.dept'), departmentId: department.id }), 'departmentOnlyLiaison', 'departmentId');
    const { id } = await insertUser(admin, { ...liaison, departmentId: department.id });
    expect(await getUserOrThrow(admin, id)).toMatchObject({ role: 'liaison', departmentId: department.id, departmentName: department.name });
    expect((await listUsers(admin, { q: '', departmentId: department.id })).rows.map((u) => u.id)).toEqual([id]);
  });
});

describe('updateUser', () => {
  it('saves, bumps the version and audits what changed', async () => {
    const { id } = await insertUser(admin, newOfficer('edit.me'));
    await updateUser(admin, { id, version: 1, displayName: '改名', role: 'leader', teamId: null, departmentId: null, phone: '' });
    const user = await getUserOrThrow(admin, id);
    expect(user).toMatchObject({ displayName: '改名', role: 'leader', teamId: null, version: 2 });
    const db = await getDb();
    const [audit] = await db.select().from(auditLogs).where(eq(auditLogs.action, 'update')).orderBy(auditLogs.id);
    expect(audit.changes).toMatchObject({ displayName: ['新专员', '改名'], role: ['officer', 'leader'] });
  });

  it('refuses a stale version instead of overwriting', async () => {
    const { id } = await insertUser(admin, newOfficer('stale'));
    await updateUser(admin, { id, version: 1, displayName: 'A', role: 'officer', teamId: team.id, departmentId: null, phone: '' });
    await expectDomainError(updateUser(admin, { id, version: 1, displayName: 'B', role: 'officer', teamId: team.id, departmentId: null, phone: '' }), 'conflict');
    expect((await getUserOrThrow(admin, id)).displayName).toBe('A');
  });

  it('is not found for an unknown or malformed id', async () => {
    await expectDomainError(updateUser(admin, { id: '00000000-0000-4000-8000-000000000000', version: 1, displayName: 'x', role: 'leader', teamId: null, departmentId: null, phone: '' }), 'notFound');
    await expectDomainError(getUserOrThrow(admin, 'not-a-uuid'), 'notFound');
  });
});

describe('the last admin', () => {
  it('cannot be demoted or disabled; with a second admin it can', async () => {
    // Leave exactly one active admin in this file's database.
    const db = await getDb();
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.role, 'admin'));
    await db.update(users).set({ disabledAt: null }).where(eq(users.id, admin.id));
    const self = await getUserOrThrow(admin, admin.id);
    await expectDomainError(updateUser(admin, { id: admin.id, version: self.version, displayName: 'x', role: 'leader', teamId: null, departmentId: null, phone: '' }), 'lastAdmin');

    const second = await makeViewer('admin');
    await setUserDisabled(second, admin.id, true, self.version);
    const secondRow = await getUserOrThrow(second, second.id);
    await expectDomainError(updateUser(second, { id: second.id, version: secondRow.version, displayName: 'x', role: 'officer', teamId: team.id, departmentId: null, phone: '' }), 'lastAdmin');
    await setUserDisabled(second, admin.id, false, self.version + 1);
    expect((await getUserOrThrow(admin, admin.id)).disabled).toBe(false);
  });

  it('nobody disables their own account', async () => {
    const self = await getUserOrThrow(admin, admin.id);
    await expectDomainError(setUserDisabled(admin, admin.id, true, self.version), 'selfDisable');
  });
});

describe('setUserDisabled and resetUserPassword', () => {
  it('disables and re-enables with version checks and audit rows', async () => {
    const { id } = await insertUser(admin, newOfficer('toggle'));
    await setUserDisabled(admin, id, true, 1);
    expect((await getUserOrThrow(admin, id)).disabled).toBe(true);
    await expectDomainError(setUserDisabled(admin, id, false, 1), 'conflict');
    await setUserDisabled(admin, id, false, 2);
    expect((await getUserOrThrow(admin, id)).disabled).toBe(false);
    const db = await getDb();
    const actions = (await db.select().from(auditLogs).where(eq(auditLogs.entityId, id)).orderBy(auditLogs.id)).map((a) => a.action);
    expect(actions).toEqual(['create', 'disable', 'enable']);
  });

  it('resets a password', async () => {
    const { id } = await insertUser(admin, newOfficer('forgot'));
    await resetUserPassword(admin, id, 'brand-new-pass-2');
    const db = await getDb();
    const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, id));
    expect(await verifyPassword('brand-new-pass-2', row.hash)).toBe(true);
    await expectDomainError(resetUserPassword(admin, '00000000-0000-4000-8000-000000000000', 'whatever-pass'), 'notFound');
  });
});

describe('listUsers', () => {
  it('filters by text, role, team and status', async () => {
    const otherTeam = await makeTeam();
    await insertUser(admin, { ...newOfficer('filter.one'), displayName: '筛选甲', teamId: otherTeam.id });
    const { id } = await insertUser(admin, { ...newOfficer('filter.two'), displayName: '筛选乙', teamId: otherTeam.id });
    await setUserDisabled(admin, id, true, 1);

    const byTeam = await listUsers(admin, { q: '', teamId: otherTeam.id });
    expect(byTeam.rows.map((u) => u.username)).toEqual(['filter.one', 'filter.two']);
    expect((await listUsers(admin, { q: '筛选', status: 'disabled' })).rows.map((u) => u.username)).toEqual(['filter.two']);
    expect((await listUsers(admin, { q: 'FILTER.ONE' })).rows).toHaveLength(1);
    expect((await listUsers(admin, { q: '%' })).rows).toHaveLength(0);
    expect((await listUsers(admin, { q: '', role: 'liaison' })).rows.every((u) => u.role === 'liaison')).toBe(true);
  });

  it('pages with a keyset on username', async () => {
    const pageTeam = await makeTeam();
    for (let i = 0; i < USERS_PAGE_SIZE + 3; i++) {
      await (await getDb()).insert(users).values({ username: `page${String(i).padStart(3, '0')}`, displayName: 'p', role: 'officer', teamId: pageTeam.id, passwordHash: 'x' });
    }
    const first = await listUsers(admin, { q: '', teamId: pageTeam.id });
    expect(first.rows).toHaveLength(USERS_PAGE_SIZE);
    expect(first.next).toBe(`page${String(USERS_PAGE_SIZE - 1).padStart(3, '0')}`);
    const second = await listUsers(admin, { q: '', teamId: pageTeam.id, after: first.next! });
    expect(second.rows.map((u) => u.username)).toEqual(['page050', 'page051', 'page052']);
    expect(second.next).toBeNull();
  });
});

describe('only admins manage users', () => {
  // The security administrator's part (roles, unlocks) is in app/separation-matrix.test.ts.
  it.each(ROLES.filter((r) => r !== 'admin' && r !== 'securityAdmin'))('%s is refused for every user operation', async (role) => {
    const viewer = await makeViewer(role, role === 'officer' ? team : null);
    const target = await getUserOrThrow(admin, admin.id);
    const attempts = [
      listUsers(viewer, { q: '' }),
      getUserOrThrow(viewer, admin.id),
      insertUser(viewer, newOfficer(`by${role}`)),
      updateUser(viewer, { id: admin.id, version: target.version, displayName: 'hijack', role: 'officer', teamId: team.id, departmentId: null, phone: '' }),
      resetUserPassword(viewer, admin.id, 'hijacked-pass'),
      setUserDisabled(viewer, admin.id, true, target.version),
      changeUserRole(viewer, { id: admin.id, version: target.version, role: 'officer', teamId: team.id, departmentId: null }),
      unlockUser(viewer, admin.id),
    ];
    for (const attempt of attempts) await expectDomainError(attempt, 'forbidden');
    const after = await getUserOrThrow(admin, admin.id);
    expect(after).toEqual(target);
  });
});

describe('unlockUser', () => {
  it('lifts a username’s failed-login lock at once, audited', async () => {
    const db = await getDb();
    const { id } = await insertUser(admin, newOfficer('locked'));
    const [{ username }] = await db.select({ username: users.username }).from(users).where(eq(users.id, id));
    await db.insert(loginThrottles).values({ username, failures: 5, windowStartedAt: new Date(), lockedUntil: new Date(Date.now() + 15 * 60_000) });
    await unlockUser(admin, id);
    expect(await db.select().from(loginThrottles).where(eq(loginThrottles.username, username))).toEqual([]);
    const [row] = await db.select({ action: auditLogs.action, actorId: auditLogs.actorId }).from(auditLogs).where(and(eq(auditLogs.entityId, id), eq(auditLogs.action, 'unlock')));
    expect(row).toEqual({ action: 'unlock', actorId: admin.id });
  });
});
