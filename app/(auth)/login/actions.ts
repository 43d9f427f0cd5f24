'use server';
import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn } from '@/lib/auth';
import { definePublicAction } from '@/lib/action';
import { DomainError } from '@/lib/errors';
import { loginSchema } from '@/lib/validation/auth';

/**
 * Logs in through Auth.js's credentials provider (which checks the lock, the password and the account).
 * On success signIn throws a redirect, which must reach Next.js.
 */
export const login = definePublicAction(loginSchema, async ({ username, password, callbackUrl }) => {
  try {
    await signIn('credentials', { username, password, redirectTo: callbackUrl ?? '/' });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const code = error.code;
      throw new DomainError(code === 'locked' || code === 'disabled' || code === 'rateLimited' ? code : 'invalidCredentials');
    }
    // authorize() itself failed (it reads the user and writes the session; lib/auth.ts logs why): the
    // database, not the password, so "wrong password" would send the person hunting for a typo.
    if (error instanceof AuthError && error.type === 'CallbackRouteError') throw new DomainError('unavailable');
    throw error;
  }
});
