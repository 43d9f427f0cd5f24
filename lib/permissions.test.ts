import { describe, expect, it } from 'vitest';
import { ROLES } from '@/db/schema/users';
import { can, PERMISSIONS } from './permissions';

describe('can', () => {
  it('follows the PERMISSIONS table for every role and permission', () => {
    for (const [permission, allowed] of Object.entries(PERMISSIONS)) {
      for (const role of ROLES) {
        expect(can(role, permission as keyof typeof PERMISSIONS), `${role} ${permission}`).toBe((allowed as readonly string[]).includes(role));
      }
    }
  });

  it('keeps user and team management for admins only', () => {
    expect(ROLES.filter((r) => can(r, 'users.manage'))).toEqual(['admin']);
    expect(ROLES.filter((r) => can(r, 'teams.manage'))).toEqual(['admin']);
  });

  it('keeps finding, exporting and erasing a person’s data for admins only', () => {
    expect(ROLES.filter((r) => can(r, 'personalData.manage'))).toEqual(['admin']);
  });

  it('lets every role open the dashboard', () => {
    expect(ROLES.every((r) => can(r, 'dashboard.view'))).toBe(true);
  });
});
