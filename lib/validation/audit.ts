import { z } from 'zod';
import { optionalText } from './fields';

/**
 * The actions the audit filter offers, most asked-about first. The log itself takes any action text
 * (db/queries/audit.ts), so an action missing here is still listed, just not offered as a choice.
 */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'login',
  'loginFailed',
  'logout',
  'export',
  'refused',
  'stage',
  'assign',
  'merge',
  'verify',
  'accept',
  'decline',
  'resolve',
  'confirm',
  'reopen',
  'close',
  'progress',
  'done',
  'supplement',
  'resolveConflict',
  'resetPassword',
  'changePassword',
  'twoFactorEnabled',
  'twoFactorDisabled',
  'twoFactorReset',
  'recoveryCodeUsed',
  'recoveryCodesRenewed',
  'disable',
  'enable',
  'unlock',
  'piView',
  'piExport',
  'erase',
] as const;

const day = z.iso.date().optional().catch(undefined);

/** /admin/audit's filters, from the URL: a bad value is dropped rather than failing the page. */
export const auditFilterSchema = z.object({
  // The actor's login name, exactly (the audit log is searched, not browsed by name fragments).
  actor: optionalText(64).catch(''),
  action: optionalText(40).catch(''),
  entityType: optionalText(40).catch(''),
  entityId: optionalText(64).catch(''),
  ip: optionalText(64).catch(''),
  from: day,
  to: day,
  after: z.string().max(200).optional().catch(undefined),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;
