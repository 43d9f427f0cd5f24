'use server';
import { AuthError } from 'next-auth';
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
    await signIn('credentials', { username, password, redirectTo: callbackUrl ?? '/dashboard' });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = 'code' in error ? error.code : undefined;
      throw new DomainError(code === 'locked' || code === 'disabled' || code === 'rateLimited' ? code : 'invalidCredentials');
    }
    throw error;
  }
});
