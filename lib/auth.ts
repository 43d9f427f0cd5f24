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
  constructor(code: 'locked' | 'disabled' | 'rateLimited' | 'invalidCredentials') {
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
      credentials: { username: {}, password: {} },
      async authorize(credentials) {
        const username = typeof credentials?.username === 'string' ? credentials.username : '';
        const password = typeof credentials?.password === 'string' ? credentials.password : '';
        if (!username || !password || username.length > 64 || password.length > 200) throw new LoginRefused('invalidCredentials');
        const address = await requestAddress();
        const result = await verifyCredentials(username, password, address);
        if (result.status === 'ok') {
          return { id: result.user.id, name: result.user.displayName, sid: await openSession(result.user.id, address) };
        }
        throw new LoginRefused(result.status === 'invalid' ? 'invalidCredentials' : result.status);
      },
    }),
  ],
}));
