import { z } from 'zod';
import { AUDIT_RETENTION_DAYS, PASSWORD_MAX_AGE_DAYS, PASSWORD_MAX_LENGTH } from '@/lib/security-policy';
import { checkbox, password, versionField } from './fields';

const wholeDays = ({ min, max }: { min: number; max: number }, tooSmall: string) =>
  z.coerce.number('invalidNumber').int('invalidNumber').min(min, tooSmall).max(max, 'tooBig');

/** /admin/security's form. Audit rows are kept at least 180 days: a smaller number is refused, not clamped. */
export const securityPolicySchema = z.object({
  version: versionField,
  passwordComplexity: checkbox,
  passwordMaxAgeEnabled: checkbox,
  passwordMaxAgeDays: wholeDays(PASSWORD_MAX_AGE_DAYS, 'passwordMaxAgeTooShort'),
  twoFactorForAdmins: checkbox,
  auditRetentionDays: wholeDays(AUDIT_RETENTION_DAYS, 'auditRetentionTooShort'),
});
export type SecurityPolicyInput = z.output<typeof securityPolicySchema>;

/** The account page's own password change: the current password proves it is the user at the keyboard. */
export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, 'required').max(200, 'tooLong'),
    newPassword: password,
    confirmPassword: z.string().max(PASSWORD_MAX_LENGTH, 'tooLong'),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: 'passwordMismatch', path: ['confirmPassword'] });

export const twoFactorConfirmSchema = z.object({ code: z.string().trim().max(6, 'codeFormat').regex(/^\d{6}$/, 'codeFormat') });

/** Switching two-factor login off, or new recovery codes: the current password again. */
export const currentPasswordSchema = z.object({ currentPassword: z.string().min(1, 'required').max(200, 'tooLong') });

export const twoFactorResetSchema = z.object({ id: z.uuid('notFound') });
