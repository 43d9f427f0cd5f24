import type { Permission } from '@/lib/permissions';

/** The admin area's tabs, in order, each with the permissions that open it (三员分立 splits them between three people). */
export const ADMIN_TABS: { key: 'users' | 'teams' | 'departments' | 'security' | 'duties' | 'audit' | 'personalData'; href: string; permissions: Permission[] }[] = [
  { key: 'users', href: '/admin/users', permissions: ['users.manage', 'users.grant', 'users.unlock'] },
  { key: 'teams', href: '/admin/teams', permissions: ['teams.manage'] },
  { key: 'departments', href: '/admin/departments', permissions: ['departments.manage'] },
  { key: 'security', href: '/admin/security', permissions: ['security.manage'] },
  { key: 'duties', href: '/admin/duties', permissions: ['security.manage'] },
  { key: 'audit', href: '/admin/audit', permissions: ['audit.read'] },
  { key: 'personalData', href: '/admin/personal-data', permissions: ['personalData.manage'] },
];
