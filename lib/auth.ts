import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { verifyCredentials } from '@/db/queries/auth';
import { authConfig } from './auth.config';

/** Tells the login form why a login was refused; Auth.js passes `code` through. */
export class LoginRefused extends CredentialsSignin {
  constructor(code: 'locked' | 'disabled' | 'invalidCredentials') {
    super();
    this.code = code;
  }
}

// The lazy form reads AUTH_SECRET per request: in embedded mode it is set at startup (instrumentation).
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
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
        const result = await verifyCredentials(username, password);
        if (result.status === 'ok') {
          return { id: result.user.id, name: result.user.displayName, role: result.user.role, teamId: result.user.teamId };
        }
        throw new LoginRefused(result.status === 'invalid' ? 'invalidCredentials' : result.status);
      },
    }),
  ],
}));
