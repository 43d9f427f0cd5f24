import { ADMINISTRATOR_ROLES, type Role } from '@/db/schema/users';

/**
 * 等保 2.0 (GB/T 22239-2019) controls an admin sets at /admin/security, stored in app_settings under
 * 'security_policy' (db/queries/security-policy.ts). Pure rules here; the data layer applies them.
 */
export interface SecurityPolicy {
  /** Letters + digits + symbols, not a common password, not the username (身份鉴别: 口令复杂度). */
  passwordComplexity: boolean;
  /** Ask for a new password once the current one is older than passwordMaxAgeDays (定期更换). */
  passwordMaxAgeEnabled: boolean;
  passwordMaxAgeDays: number;
  /** Admin roles (TWO_FACTOR_ROLES) must log in with a TOTP code as well (两种或两种以上组合的鉴别技术). */
  twoFactorForAdmins: boolean;
  /** How long audit rows are kept at least (安全审计: 留存不少于六个月); nothing in the app deletes them. */
  auditRetentionDays: number;
}

/** The roles that must use two-factor login when twoFactorForAdmins is on: the three administrators of 三员分立. */
export const TWO_FACTOR_ROLES: readonly Role[] = ADMINISTRATOR_ROLES;

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_MAX_AGE_DAYS = { min: 7, max: 365 };
/** 《网络安全法》第二十一条: network logs are kept for no less than six months. */
export const AUDIT_RETENTION_DAYS = { min: 180, max: 3650 };

/**
 * What a new installation starts with: the password rules and audit retention on, as the issue marks
 * them; two-factor login off, so the demo logins (and a fresh installation's first admin) can log in
 * before anyone has enrolled an authenticator. An admin switches it on at /admin/security.
 */
export const DEFAULT_SECURITY_POLICY: SecurityPolicy = {
  passwordComplexity: true,
  passwordMaxAgeEnabled: true,
  passwordMaxAgeDays: 90,
  twoFactorForAdmins: false,
  auditRetentionDays: AUDIT_RETENTION_DAYS.min,
};

const inRange = (value: unknown, { min, max }: { min: number; max: number }) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/**
 * The stored jsonb over the defaults: a field that is missing or not what it should be (an older or
 * hand-edited row) falls back to its default rather than weakening a control.
 */
export function mergeSecurityPolicy(stored: unknown): SecurityPolicy & { version: number } {
  const value = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const flag = (key: keyof SecurityPolicy) => (typeof value[key] === 'boolean' ? (value[key] as boolean) : (DEFAULT_SECURITY_POLICY[key] as boolean));
  return {
    passwordComplexity: flag('passwordComplexity'),
    passwordMaxAgeEnabled: flag('passwordMaxAgeEnabled'),
    passwordMaxAgeDays: inRange(value.passwordMaxAgeDays, PASSWORD_MAX_AGE_DAYS) ? (value.passwordMaxAgeDays as number) : DEFAULT_SECURITY_POLICY.passwordMaxAgeDays,
    twoFactorForAdmins: flag('twoFactorForAdmins'),
    auditRetentionDays: inRange(value.auditRetentionDays, AUDIT_RETENTION_DAYS) ? (value.auditRetentionDays as number) : DEFAULT_SECURITY_POLICY.auditRetentionDays,
    version: typeof value.version === 'number' && Number.isInteger(value.version) && value.version > 0 ? value.version : 1,
  };
}

/** Something the user must do before using the app: the session stays, but only the account pages open. */
export type AccountStep = 'passwordChange' | 'passwordExpired' | 'twoFactorEnrollment';

/** Where each step is done. */
export const ACCOUNT_STEP_PATHS: Record<AccountStep, string> = {
  passwordChange: '/account/password',
  passwordExpired: '/account/password',
  twoFactorEnrollment: '/account/two-factor',
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the password stops being accepted without a change; null when the policy sets no maximum age. */
export function passwordExpiresAt(policy: SecurityPolicy, passwordChangedAt: Date): Date | null {
  return policy.passwordMaxAgeEnabled ? new Date(passwordChangedAt.getTime() + policy.passwordMaxAgeDays * DAY_MS) : null;
}

export function twoFactorRequired(policy: SecurityPolicy, role: Role): boolean {
  return policy.twoFactorForAdmins && TWO_FACTOR_ROLES.includes(role);
}

/**
 * The step a signed-in user must take first, if any: a password the admin set (or reset) and an
 * expired one before a missing two-factor enrolment, so the new password is chosen before the phone.
 */
export function pendingAccountStep(
  policy: SecurityPolicy,
  user: { role: Role; mustChangePassword: boolean; passwordChangedAt: Date; twoFactorEnabled: boolean },
  now = new Date(),
): AccountStep | null {
  if (user.mustChangePassword) return 'passwordChange';
  const expiresAt = passwordExpiresAt(policy, user.passwordChangedAt);
  if (expiresAt && expiresAt <= now) return 'passwordExpired';
  if (twoFactorRequired(policy, user.role) && !user.twoFactorEnabled) return 'twoFactorEnrollment';
  return null;
}
