import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { verifyCredentials } from '@/db/queries/auth';
import { openSession } from '@/db/queries/sessions';
import { authConfig } from './auth.config';
import { requestAddress } from './request-address';
import { sessionLimits } from './session-limits';

/** Tells the login form why a login was refused; Auth.js passes `code` through. */
export class LoginRefused extends CredentialsSignin {
  constructor(code: 'locked' | 'disabled' | 'rateLimited' | 'invalidCredentials' | 'twoFactorRequired' | 'codeInvalid') {
    super();
    this.code = code;
  }
}

// The lazy form reads AUTH_SECRET per request: in embedded mode it is set at startup (instrumentation).
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  // The session row enforces the limits (db/queries/sessions.ts); the cookie simply does not outlive them.
  session: { strategy: 'jwt', maxAge: sessionLimits().maxHours * 60 * 60 },
  secret: process.env.AUTH_SECRET,
  // A wrong password is routine, not an incident: one line instead of Auth.js's stack trace.
  logger: {
    error(error) {
      if ((error as { type?: string }).type === 'CredentialsSignin') return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
    warn() {},
  },
  providers: [
    Credentials({
      // `code`: the authenticator's 6 digits or a recovery code, sent with the password again on the login's
      // second step, so no session (and no half-logged-in state) exists before both factors passed.
      credentials: { username: {}, password: {}, code: {} },
      async authorize(credentials) {
        const username = typeof credentials?.username === 'string' ? credentials.username : '';
        const password = typeof credentials?.password === 'string' ? credentials.password : '';
        const code = typeof credentials?.code === 'string' ? credentials.code.trim() : '';
        if (!username || !password || username.length > 64 || password.length > 200 || code.length > 20) throw new LoginRefused('invalidCredentials');
        const address = await requestAddress();
        const result = await verifyCredentials(username, password, address, code);
        if (result.status === 'ok') {
          return { id: result.user.id, name: result.user.displayName, sid: await openSession(result.user.id, address, result.secondFactor) };
        }
        throw new LoginRefused(result.status === 'invalid' ? 'invalidCredentials' : result.status);
      },
    }),
  ],
}));
