import { describe, expect, it } from 'vitest';
import { ROLES } from '@/db/schema/users';
import { can, PERMISSIONS, type Permission, type PermissionHolder } from './permissions';

describe('can', () => {
  it('follows the PERMISSIONS table for every role and permission', () => {
    for (const [permission, allowed] of Object.entries(PERMISSIONS)) {
      for (const role of ROLES) {
        expect(can({ role }, permission as keyof typeof PERMISSIONS), `${role} ${permission}`).toBe((allowed as readonly string[]).includes(role));
      }
    }
  });

  it('keeps user and team management for admins only', () => {
    expect(ROLES.filter((r) => can({ role: r }, 'users.manage'))).toEqual(['admin']);
    expect(ROLES.filter((r) => can({ role: r }, 'teams.manage'))).toEqual(['admin']);
  });

  it('keeps finding, exporting and erasing a person’s data for admins only', () => {
    expect(ROLES.filter((r) => can({ role: r }, 'personalData.manage'))).toEqual(['admin']);
  });

  it('lets every business role open the dashboard, and no security or audit administrator', () => {
    expect(ROLES.filter((r) => can({ role: r }, 'dashboard.view'))).toEqual(['admin', 'leader', 'officer', 'liaison']);
  });
});

describe('三员分立', () => {
  const permissions = Object.keys(PERMISSIONS) as Permission[];
  const holding = (holder: PermissionHolder) => permissions.filter((p) => can(holder, p));

  it('leaves the admin every permission while the switch is off', () => {
    expect(holding({ role: 'admin', dutiesSeparated: false })).toEqual(permissions.filter((p) => (PERMISSIONS[p] as readonly string[]).includes('admin')));
  });

  it('takes the security and audit duties from the admin when on, and nothing else', () => {
    const off = holding({ role: 'admin' });
    const on = holding({ role: 'admin', dutiesSeparated: true });
    expect(off.filter((p) => !on.includes(p)).sort()).toEqual(['audit.read', 'security.manage', 'users.grant', 'users.unlock']);
    expect(on).toContain('users.manage');
    expect(on).toContain('teams.manage');
    expect(on).toContain('chains.manage');
  });

  it('gives the three administrators disjoint duties when on', () => {
    const system = holding({ role: 'admin', dutiesSeparated: true });
    const security = holding({ role: 'securityAdmin', dutiesSeparated: true });
    const audit = holding({ role: 'auditAdmin', dutiesSeparated: true });
    // Everyone keeps their own account (account.manage) and the three may open the admin area (admin.open).
    const own = (held: Permission[]) => held.filter((p) => p !== 'admin.open' && p !== 'account.manage');
    expect(own(security).sort()).toEqual(['security.manage', 'users.grant', 'users.unlock']);
    expect(own(audit)).toEqual(['audit.read']);
    const shared = (a: Permission[], b: Permission[]) => own(a).filter((p) => b.includes(p));
    expect(shared(system, security)).toEqual([]);
    expect(shared(system, audit)).toEqual([]);
    expect(shared(security, audit)).toEqual([]);
  });

  it('never changes a business role', () => {
    for (const role of ['leader', 'officer', 'liaison'] as const) expect(holding({ role, dutiesSeparated: true })).toEqual(holding({ role }));
  });
});
