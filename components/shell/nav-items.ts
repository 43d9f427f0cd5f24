import type { Permission } from '@/lib/permissions';

/**
 * The sections that exist, in sidebar order, each with the permission that opens it. A section
 * appears here only once its pages are built.
 */
export const NAV_ITEMS: { key: 'dashboard' | 'leads' | 'projects' | 'intake' | 'enterprises' | 'chains' | 'meetings' | 'reports' | 'supervision' | 'requests' | 'admin'; href: string; permission: Permission }[] = [
  { key: 'dashboard', href: '/dashboard', permission: 'dashboard.view' },
  { key: 'leads', href: '/leads', permission: 'leads.read' },
  { key: 'projects', href: '/projects', permission: 'projects.read' },
  // Liaisons of other departments only hand in leads and follow what they handed in.
  { key: 'intake', href: '/leads/intake', permission: 'intake.submit' },
  { key: 'enterprises', href: '/enterprises', permission: 'enterprises.read' },
  { key: 'chains', href: '/chains', permission: 'chains.read' },
  { key: 'meetings', href: '/meetings', permission: 'meetings.read' },
  { key: 'supervision', href: '/supervision', permission: 'supervision.read' },
  { key: 'requests', href: '/requests', permission: 'requests.read' },
  { key: 'reports', href: '/reports/weekly', permission: 'reports.view' },
  { key: 'admin', href: '/admin', permission: 'admin.open' },
];
