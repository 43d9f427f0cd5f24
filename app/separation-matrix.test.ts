import { gt, max } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import { getDb } from '@/db';
import { auditLogs, ROLES, STAFF_ROLES, type Role } from '@/db/schema';
import { listAuditLog } from '@/db/queries/audit-log';
import { getSeparation, setSeparation } from '@/db/queries/separation';
import { changeUserRole, insertUser, resetUserPassword, setUserDisabled, unlockUser, updateUser } from '@/db/queries/users';
import { findSession } from '@/db/queries/sessions';
import type { Viewer } from '@/db/queries/viewer';
import { sessionOf } from '@/db/test-session';
import { makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { expectDomainError } from '@/db/test-expect';
import { auth } from '@/lib/auth';
import { can, PERMISSIONS, type Permission } from '@/lib/permissions';
import { guardedActions } from '@/test/server-actions';

// 三员分立 as a permission matrix: every guarded Server Action × the three administrators with the switch
// on (and the plain admin with it off), through the real session lookup, which reads the switch.
vi.mock('@/lib/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
const session = auth as unknown as Mock;

withTestDb();

type Administrator = 'system' | 'security' | 'audit';
const ROLE_OF: Record<Administrator, Role> = { system: 'admin', security: 'securityAdmin', audit: 'auditAdmin' };
const people = {} as Record<Administrator, Viewer>;
let officer: Viewer;

/** The viewer as a request would see it now (the switch included). */
async function current(who: Viewer): Promise<Viewer> {
  const s = (await sessionOf(who.id))!;
  return (await findSession(who.id, s.user.sid, '127.0.0.1'))!.viewer;
}

async function lastAuditId(): Promise<number> {
  return (await (await getDb()).select({ id: max(auditLogs.id) }).from(auditLogs))[0].id ?? 0;
}

async function auditRowsAfter(since: number) {
  return (await getDb()).select({ actorId: auditLogs.actorId, action: auditLogs.action, entityType: auditLogs.entityType }).from(auditLogs).where(gt(auditLogs.id, since)).orderBy(auditLogs.id);
}

beforeAll(async () => {
  const team = await makeTeam();
  for (const who of Object.keys(ROLE_OF) as Administrator[]) people[who] = await makeViewer(ROLE_OF[who]);
  officer = await makeViewer('officer', team);
});

describe('the switch', () => {
  it('is off by default: the admin holds every duty', async () => {
    const admin = await current(people.system);
    expect(admin.dutiesSeparated).toBe(false);
    expect(can(admin, 'audit.read') && can(admin, 'security.manage') && can(admin, 'users.grant')).toBe(true);
  });

  it('is only for the security policy holders', async () => {
    await expectDomainError(setSeparation(await current(people.audit), true), 'forbidden');
    await expectDomainError(setSeparation(await current(officer), true), 'forbidden');
  });

  it('refuses to turn on while nobody could take the security or audit duty', async () => {
    const security = await current(people.security);
    const admin = await current(people.system);
    await setUserDisabled(admin, people.audit.id, true, 1);
    await expectDomainError(setSeparation(security, true), 'separationNeedsHolders');
    expect((await getSeparation(security)).on).toBe(false);
    await setUserDisabled(admin, people.audit.id, false, 2);
  });

  it('turns on, audited, and every next request sees it', async () => {
    const since = await lastAuditId();
    await setSeparation(await current(people.security), true);
    expect(await auditRowsAfter(since)).toContainEqual({ actorId: people.security.id, action: 'update', entityType: 'setting' });
    expect((await current(people.system)).dutiesSeparated).toBe(true);
  });
});

describe('every guarded Server Action with duties separated', () => {
  beforeAll(async () => {
    await setSeparation(await current(people.security), true);
  });

  it('covers the administrators’ own actions', () => {
    const permissions = new Set(guardedActions.map((a) => a.fn.permission));
    for (const p of ['users.manage', 'users.grant', 'users.unlock', 'security.manage'] as Permission[]) expect(permissions).toContain(p);
  });

  describe.each(Object.keys(ROLE_OF) as Administrator[])('as the %s administrator', (who) => {
    const cases = guardedActions.map((a) => ({ ...a, permission: a.fn.permission as Permission }));

    it.each(cases.map((c) => [c.id, c] as const))('%s: allowed exactly when the duty is theirs', async (_id, { fn, permission }) => {
      const viewer = await current(people[who]);
      session.mockResolvedValue(await sessionOf(people[who].id));
      const since = await lastAuditId();
      const result = await fn(null, { id: 12, version: 'x', name: ['a'], role: 'root' });
      if (can(viewer, permission)) {
        expect(result).toMatchObject({ ok: false, error: 'invalid' });
      } else {
        expect(result).toEqual({ ok: false, error: 'forbidden' });
        expect(await auditRowsAfter(since)).toEqual([{ actorId: people[who].id, action: 'refused', entityType: permission }]);
      }
    });
  });

  it('leaves the security and audit administrators no business permission at all', async () => {
    const business = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => !['admin.open', 'account.manage', 'users.grant', 'users.unlock', 'security.manage', 'audit.read', 'users.manage', 'teams.manage', 'departments.manage'].includes(p));
    for (const who of ['security', 'audit'] as const) {
      const viewer = await current(people[who]);
      expect(business.filter((p) => can(viewer, p)), who).toEqual([]);
    }
  });
});

describe('none can do another’s job (data layer, duties separated)', () => {
  it('the system administrator keeps accounts but gives no administrator role and changes no role', async () => {
    const admin = await current(people.system);
    const { id } = await insertUser(admin, { username: `staff${Date.now()}`, displayName: '新同事', role: 'leader', teamId: null, departmentId: null, phone: '', password: 'Str0ng!pass' });
    await expectDomainError(insertUser(admin, { username: `sec${Date.now()}`, displayName: '另一位', role: 'securityAdmin', teamId: null, departmentId: null, phone: '', password: 'Str0ng!pass' }), 'forbidden');
    await updateUser(admin, { id, version: 1, displayName: '新同事改名', role: 'leader', teamId: null, departmentId: null, phone: '' });
    await expectDomainError(updateUser(admin, { id, version: 2, displayName: '新同事改名', role: 'admin', teamId: null, departmentId: null, phone: '' }), 'forbidden');
    await expectDomainError(resetUserPassword(admin, id, 'An0ther!pass'), 'forbidden');
    await expectDomainError(unlockUser(admin, id), 'forbidden');
    await expectDomainError(listAuditLog(admin, {}), 'forbidden');
    await expectDomainError(setSeparation(admin, false), 'forbidden');
  });

  it('the security administrator gives roles and unlocks, but creates no account and reads no log', async () => {
    const security = await current(people.security);
    const target = await makeViewer('leader');
    await changeUserRole(security, { id: target.id, version: 1, role: 'auditAdmin', teamId: null, departmentId: null });
    await unlockUser(security, target.id);
    await resetUserPassword(security, target.id, 'An0ther!pass');
    await expectDomainError(insertUser(security, { username: `x${Date.now()}`, displayName: 'x', role: 'officer', teamId: null, departmentId: null, phone: '', password: 'Str0ng!pass' }), 'forbidden');
    await expectDomainError(updateUser(security, { id: target.id, version: 2, displayName: '改名', role: 'auditAdmin', teamId: null, departmentId: null, phone: '' }), 'forbidden');
    await expectDomainError(listAuditLog(security, {}), 'forbidden');
  });

  it('the last security and audit administrators stay while separated', async () => {
    const security = await current(people.security);
    const admin = await current(people.system);
    await expectDomainError(changeUserRole(security, { id: people.security.id, version: 1, role: 'officer', teamId: officer.teamId, departmentId: null }), 'lastDutyHolder');
    await expectDomainError(setUserDisabled(admin, people.security.id, true, 1), 'lastDutyHolder');
  });

  it('the audit administrator reads the log — every administrator’s actions in it — and nothing else', async () => {
    const audit = await current(people.audit);
    const { rows } = await listAuditLog(audit, {});
    const actors = new Set(rows.map((r) => r.actorId));
    for (const who of ['system', 'security'] as const) expect(actors, who).toContain(people[who].id);
    await expectDomainError(updateUser(audit, { id: officer.id, version: 1, displayName: 'x', role: 'officer', teamId: officer.teamId, departmentId: null, phone: '' }), 'forbidden');
    await expectDomainError(changeUserRole(audit, { id: officer.id, version: 1, role: 'leader', teamId: null, departmentId: null }), 'forbidden');
  });

  it('turning off gives the admin the duties back', async () => {
    await setSeparation(await current(people.security), false);
    const admin = await current(people.system);
    expect((await listAuditLog(admin, {})).rows.length).toBeGreaterThan(0);
    await setSeparation(admin, true);
    expect((await current(people.system)).dutiesSeparated).toBe(true);
  });
});

// STAFF_ROLES and ROLES are what the user forms offer; keep them honest here too.
it('offers the system administrator only staff roles to create', () => {
  expect([...STAFF_ROLES].sort()).toEqual(ROLES.filter((r) => !['admin', 'securityAdmin', 'auditAdmin'].includes(r)).sort());
});
