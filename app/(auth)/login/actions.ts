'use server';
import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn } from '@/lib/auth';
import { definePublicAction } from '@/lib/action';
import { DomainError } from '@/lib/errors';
import { loginSchema } from '@/lib/validation/auth';

/**
 * Logs in through Auth.js's credentials provider (which checks the lock, the password, the account and,
 * for a user with two-factor login, the code).
 * On success signIn throws a redirect, which must reach Next.js.
 */
export const login = definePublicAction(loginSchema, async ({ username, password, code, callbackUrl }) => {
  try {
    await signIn('credentials', { username, password, code, redirectTo: callbackUrl ?? '/' });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const refusal = error.code;
      // The right password of a user with two-factor login: the form asks for the code next.
      if (refusal === 'codeInvalid') throw new DomainError('codeInvalid', 'code');
      throw new DomainError(refusal === 'locked' || refusal === 'disabled' || refusal === 'rateLimited' || refusal === 'twoFactorRequired' ? refusal : 'invalidCredentials');
    }
    // authorize() itself failed (it reads the user and writes the session; lib/auth.ts logs why): the
    // database, not the password, so "wrong password" would send the person hunting for a typo.
    if (error instanceof AuthError && error.type === 'CallbackRouteError') throw new DomainError('unavailable');
    throw error;
  }
});
