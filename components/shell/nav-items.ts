import type { Permission } from '@/lib/permissions';

/**
 * The sections that exist, in sidebar order, each with the permission that opens it. A section
 * appears here only once its pages are built.
 */
export const NAV_ITEMS: { key: 'dashboard' | 'enterprises' | 'chains' | 'admin'; href: string; permission: Permission }[] = [
  { key: 'dashboard', href: '/dashboard', permission: 'dashboard.view' },
  { key: 'enterprises', href: '/enterprises', permission: 'enterprises.read' },
  { key: 'chains', href: '/chains', permission: 'chains.read' },
  { key: 'admin', href: '/admin', permission: 'users.manage' },
];
