import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './common-passwords';
import { passwordProblems } from './password-rules';
import { DEFAULT_SECURITY_POLICY, mergeSecurityPolicy, passwordExpiresAt, pendingAccountStep, TWO_FACTOR_ROLES, twoFactorRequired } from './security-policy';
import { securityPolicySchema } from './validation/security-policy';

const on = { username: 'zhangsan', complexity: true };

describe('the default 等保 policy', () => {
  it('has the password rules, a 90-day password age and 180 days of audit on, two-factor login off', () => {
    expect(DEFAULT_SECURITY_POLICY).toEqual({ passwordComplexity: true, passwordMaxAgeEnabled: true, passwordMaxAgeDays: 90, twoFactorForAdmins: false, auditRetentionDays: 180 });
    expect(TWO_FACTOR_ROLES).toEqual(['admin', 'securityAdmin', 'auditAdmin']);
  });

  it('is what an empty or broken stored value reads as, field by field', () => {
    expect(mergeSecurityPolicy(undefined)).toEqual({ ...DEFAULT_SECURITY_POLICY, version: 1 });
    expect(mergeSecurityPolicy({ twoFactorForAdmins: true, passwordMaxAgeDays: 30, version: 4 })).toEqual({ ...DEFAULT_SECURITY_POLICY, twoFactorForAdmins: true, passwordMaxAgeDays: 30, version: 4 });
    // A hand-edited row cannot weaken a control below its floor: out-of-range values fall back to the default.
    expect(mergeSecurityPolicy({ auditRetentionDays: 30, passwordMaxAgeDays: 'x', passwordComplexity: 'no', version: -1 })).toEqual({ ...DEFAULT_SECURITY_POLICY, version: 1 });
  });
});

describe('the settings form', () => {
  const form = { version: '1', passwordComplexity: 'on', passwordMaxAgeEnabled: 'on', passwordMaxAgeDays: '90', auditRetentionDays: '180' };

  it('reads checkboxes and numbers from the form', () => {
    expect(securityPolicySchema.parse(form)).toEqual({ version: 1, passwordComplexity: true, passwordMaxAgeEnabled: true, passwordMaxAgeDays: 90, twoFactorForAdmins: false, auditRetentionDays: 180 });
  });

  it('refuses keeping audit rows for less than 180 days', () => {
    const result = securityPolicySchema.safeParse({ ...form, auditRetentionDays: '179' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['auditRetentionDays', 'auditRetentionTooShort']]);
    expect(securityPolicySchema.safeParse({ ...form, auditRetentionDays: '3651' }).success).toBe(false);
    expect(securityPolicySchema.safeParse({ ...form, auditRetentionDays: '365' }).success).toBe(true);
  });

  it('bounds the password age to 7–365 whole days', () => {
    expect(securityPolicySchema.safeParse({ ...form, passwordMaxAgeDays: '6' }).error?.issues[0].message).toBe('passwordMaxAgeTooShort');
    expect(securityPolicySchema.safeParse({ ...form, passwordMaxAgeDays: '366' }).error?.issues[0].message).toBe('tooBig');
    expect(securityPolicySchema.safeParse({ ...form, passwordMaxAgeDays: '30.5' }).error?.issues[0].message).toBe('invalidNumber');
  });
});

describe('passwordProblems', () => {
  it('accepts letters + digits + symbols of 8–128 characters', () => {
    expect(passwordProblems('Zs!2026招商', on)).toEqual([]);
    expect(passwordProblems('k7#mQ2vL', on)).toEqual([]);
    expect(passwordProblems(`Aa1!${'x'.repeat(124)}`, on)).toEqual([]);
  });

  it('refuses too short and too long first, with the complexity rules on or off', () => {
    expect(passwordProblems('Aa1!aa', on)).toEqual(['passwordTooShort']);
    expect(passwordProblems(`Aa1!${'x'.repeat(125)}`, on)).toEqual(['passwordTooLong']);
    expect(passwordProblems('short', { ...on, complexity: false })).toEqual(['passwordTooShort']);
  });

  it.each(['onlyletters', '12345678901', 'letters123', 'letters!!!', '1234!@#$%'])('wants letters, digits and symbols: %s', (password) => {
    expect(passwordProblems(password, on)).toContain('passwordClasses');
  });

  it.each(['Admin@123', 'P@ssw0rd', '1qaz@WSX', 'Woaini1314!', 'a123456!', 'Qwer!234', 'huawei@123', 'Password1!'])('refuses the common password %s', (password) => {
    expect(passwordProblems(password, on)).toEqual(['passwordCommon']);
  });

  it('refuses a password that contains the username, whatever the case', () => {
    expect(passwordProblems('ZhangSan#2026', on)).toEqual(['passwordHasUsername']);
    expect(passwordProblems('ZhangSan#2026', { username: 'li', complexity: true })).toEqual([]);
  });

  it('with the complexity rules off, checks only the length', () => {
    expect(passwordProblems('12345678', { ...on, complexity: false })).toEqual([]);
    expect(passwordProblems('zhangsan1', { ...on, complexity: false })).toEqual([]);
  });
});

describe('the common-password list shipped with the app', () => {
  it.each(['123456', 'password', 'qwerty', '5201314', 'woaini1314', 'a123456', '1qaz2wsx', 'P@ssw0rd', 'ADMIN@123'])('holds %s (compared lower-cased)', (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it('holds a favourite with symbols sprinkled in, and not an ordinary strong password', () => {
    expect(isCommonPassword('woai.ni-1314')).toBe(true);
    expect(isCommonPassword('Zs!2026招商')).toBe(false);
    expect(isCommonPassword('k7#mQ2vL')).toBe(false);
  });
});

describe('pendingAccountStep', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const fresh = { role: 'admin' as const, mustChangePassword: false, passwordChangedAt: daysAgo(1), twoFactorEnabled: false };
  const policy = { ...DEFAULT_SECURITY_POLICY, twoFactorForAdmins: true };

  it('is none for a fresh password and an enrolled admin', () => {
    expect(pendingAccountStep(policy, { ...fresh, twoFactorEnabled: true }, now)).toBeNull();
  });

  it('asks for a new password after an admin set it, and once it is older than the maximum age', () => {
    expect(pendingAccountStep(policy, { ...fresh, mustChangePassword: true }, now)).toBe('passwordChange');
    expect(pendingAccountStep(policy, { ...fresh, twoFactorEnabled: true, passwordChangedAt: daysAgo(89) }, now)).toBeNull();
    expect(pendingAccountStep(policy, { ...fresh, passwordChangedAt: daysAgo(90) }, now)).toBe('passwordExpired');
    expect(pendingAccountStep({ ...policy, passwordMaxAgeEnabled: false }, { ...fresh, twoFactorEnabled: true, passwordChangedAt: daysAgo(900) }, now)).toBeNull();
    expect(passwordExpiresAt(policy, daysAgo(0))).toEqual(new Date(now.getTime() + 90 * 86_400_000));
  });

  it('sends an admin without an authenticator to enrolment when the policy wants it, and no other role', () => {
    expect(pendingAccountStep(policy, fresh, now)).toBe('twoFactorEnrollment');
    expect(pendingAccountStep(DEFAULT_SECURITY_POLICY, fresh, now)).toBeNull();
    for (const role of ['leader', 'officer', 'liaison'] as const) {
      expect(twoFactorRequired(policy, role)).toBe(false);
      expect(pendingAccountStep(policy, { ...fresh, role }, now)).toBeNull();
    }
  });
});
