import { ROLES, type Role } from '@/db/schema/users';

/**
 * Who may do what: the single table every check reads (nav, pages, actions, data layer, tests).
 * Team scope (which rows) is a separate rule next to the data.
 */
export const PERMISSIONS = {
  // The security and audit administrators (三员分立) read and change no business data, so no dashboard.
  'dashboard.view': ['admin', 'leader', 'officer', 'liaison'],
  // The admin area opens for the three administrators; each tab inside asks for its own permission.
  'admin.open': ['admin', 'securityAdmin', 'auditAdmin'],
  // Accounts of staff: creating them and editing everything but their role (system administrator).
  'users.manage': ['admin'],
  // Roles: changing anyone's role, and any change to an administrator's account (security administrator).
  'users.grant': ['admin', 'securityAdmin'],
  // Getting people back in: lifting a login lock, resetting a password (security administrator).
  'users.unlock': ['admin', 'securityAdmin'],
  // The security policy, including the 三员分立 switch itself (security administrator).
  'security.manage': ['admin', 'securityAdmin'],
  'teams.manage': ['admin'],
  'departments.manage': ['admin'],
  // The audit log: who did what, from where, including logins and refused calls. Read-only for everyone.
  'audit.read': ['admin', 'auditAdmin'],
  // 个人信息保护法: find a person's contact records, export them on request, and erase (anonymise) them. Admin only.
  'personalData.manage': ['admin'],
  // Every signed-in user changes their own password and manages their own two-factor login (/account/*), whatever their role.
  'account.manage': ROLES,
  'chains.read': ['admin', 'leader', 'officer'],
  'chains.manage': ['admin', 'leader'],
  // The enterprise library is shared so teams see who else courts a firm; writes are team-scoped (db/scope.ts).
  'enterprises.read': ['admin', 'leader', 'officer'],
  'enterprises.write': ['admin', 'officer'],
  'enterprises.import': ['admin', 'officer'],
  'enterprises.restore': ['admin'],
  'enterprises.merge': ['admin', 'leader'],
  // Leads are team-scoped (db/scope.ts): officers their team's, leaders and admins all.
  'leads.read': ['admin', 'leader', 'officer'],
  'leads.write': ['admin', 'officer'],
  'leads.assign': ['admin', 'leader', 'officer'],
  'leads.import': ['admin', 'officer'],
  'leads.conflicts': ['admin', 'leader'],
  // Meetings, follow-ups and notes are kept by the logging team (db/scope.ts), like leads.
  'meetings.read': ['admin', 'leader', 'officer'],
  'meetings.write': ['admin', 'officer'],
  // Leaders own follow-ups too (a next step may be theirs), so they tick them off.
  'followUps.complete': ['admin', 'leader', 'officer'],
  // 大招商: other departments' liaisons hand in what they hear; the office decides.
  'intake.submit': ['liaison'],
  'intake.decide': ['admin', 'leader', 'officer'],
  // Signed projects are kept by the lead's team (db/scope.ts); leaders review and 核验 milestones.
  'projects.read': ['admin', 'leader', 'officer'],
  'projects.write': ['admin', 'officer'],
  'projects.verify': ['leader'],
  // The signed-deal list: officers their team's projects, leaders and admins all.
  'projects.export': ['admin', 'leader', 'officer'],
  // 年度目标: leaders and admins set them; officers read the zone's and their team's.
  'targets.read': ['admin', 'leader', 'officer'],
  'targets.manage': ['admin', 'leader'],
  // 督办: leaders (and admins) assign, close and reopen; the assigned team's officers report progress (db/queries/supervision.ts).
  'supervision.read': ['admin', 'leader', 'officer'],
  'supervision.assign': ['admin', 'leader'],
  'supervision.report': ['admin', 'officer'],
  // 企业诉求: everyone reads within scope (officers their team's, liaisons their department's, db/queries/requests.ts);
  // officers raise, edit and confirm; the department's liaisons accept and report the result; admins stand in for either side.
  'requests.read': ['admin', 'leader', 'officer', 'liaison'],
  'requests.raise': ['admin', 'officer'],
  'requests.handle': ['admin', 'liaison'],
  // 周报/月报: officers their team's row, leaders and admins every team's and the zone's.
  'reports.view': ['admin', 'leader', 'officer'],
  // 考核: per officer and per team, across the zone; leaders and admins only.
  'assessment.view': ['admin', 'leader'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/**
 * 三员分立: with the switch on, the admin is the system administrator only and these jobs belong to the
 * security administrator and the audit administrator alone, so no one can grant, unlock, loosen the
 * policy and then read (or hide from) the log of having done so.
 */
export const SEPARATED_DUTIES: ReadonlySet<Permission> = new Set(['users.grant', 'users.unlock', 'security.manage', 'audit.read']);

/** Whoever holds permissions: a role, and whether the installation runs with 三员分立 on. */
export interface PermissionHolder {
  role: Role;
  dutiesSeparated?: boolean;
}

export function can(holder: PermissionHolder, permission: Permission): boolean {
  if (!(PERMISSIONS[permission] as readonly Role[]).includes(holder.role)) return false;
  return !(holder.role === 'admin' && holder.dutiesSeparated === true && SEPARATED_DUTIES.has(permission));
}
