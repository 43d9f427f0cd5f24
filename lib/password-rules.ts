import { isCommonPassword } from './common-passwords';
import type { PasswordProblem } from './errors';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './security-policy';

/** The message keys (errors.*) of what is wrong with a new password, most basic first; empty when it is fine. */
export function passwordProblems(password: string, { username, complexity }: { username: string; complexity: boolean }): PasswordProblem[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return ['passwordTooShort'];
  if (length > PASSWORD_MAX_LENGTH) return ['passwordTooLong'];
  if (!complexity) return [];
  const problems: PasswordProblem[] = [];
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password) || !/[^A-Za-z0-9\s]/.test(password)) problems.push('passwordClasses');
  if (isCommonPassword(password)) problems.push('passwordCommon');
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name)) problems.push('passwordHasUsername');
  return problems;
}
