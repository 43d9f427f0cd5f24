import type { Role } from '@/db/schema/users';

export const DEMO_PASSWORD = 'demo1234';

/**
 * The demo logins: loaded with the demo data, printed by `npm start`, listed on the login page in demo mode.
 * `department` (liaisons only): the department (db/seed/departments.ts) whose enterprise requests they handle.
 */
export const DEMO_LOGINS: { username: string; displayName: string; role: Role; team: string | null; department?: string | null }[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', team: null },
  { username: 'leader', displayName: '王志远', role: 'leader', team: null },
  { username: 'officer', displayName: '李明', role: 'officer', team: '汽车及零部件专班' },
  { username: 'officer2', displayName: '陈静', role: 'officer', team: '电子信息专班' },
  { username: 'liaison', displayName: '赵晓雯', role: 'liaison', team: null, department: '行政审批局' },
  // 三员分立 (off in the demo until switched on in /admin/duties): the other two administrators.
  { username: 'security', displayName: '安全管理员', role: 'securityAdmin', team: null },
  { username: 'auditor', displayName: '审计管理员', role: 'auditAdmin', team: null },
];
