import { eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db';
import { appSettings } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { passwordProblems } from '@/lib/password-rules';
import { mergeSecurityPolicy, type SecurityPolicy } from '@/lib/security-policy';

/** The app_settings row of the 等保 policy (/admin/security). */
export const SECURITY_POLICY_KEY = 'security_policy';

/**
 * The policy in force: the stored row over the defaults (one primary-key read). Outside the data layer's
 * viewer checks because the login, every session check and `npm run user:create` need it; the admin's
 * reads and writes go through db/queries/security-policy.ts.
 */
export async function readSecurityPolicy(db: Db | Tx): Promise<SecurityPolicy & { version: number }> {
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, SECURITY_POLICY_KEY));
  return mergeSecurityPolicy(row?.value);
}

/**
 * Refuses a new password the policy does not allow, as a field error on `field` (the first problem:
 * the field's hint states the whole rule).
 */
export async function assertPasswordAllowed(db: Db | Tx, password: string, username: string, field = 'password'): Promise<void> {
  const policy = await readSecurityPolicy(db);
  const [problem] = passwordProblems(password, { username, complexity: policy.passwordComplexity });
  if (problem) throw new DomainError(problem, field);
}
