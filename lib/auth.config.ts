import type { NextAuthConfig } from 'next-auth';

/**
 * The database-free part of the Auth.js config (lib/auth.ts adds the credentials provider). The cookie
 * carries only who logged in and which session row they opened; whether that session still stands, and
 * who the user is now, is read from the database on every request (db/queries/sessions.ts).
 */
export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt' },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = user.sid;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? '';
      session.user.sid = typeof token.sid === 'string' ? token.sid : '';
      return session;
    },
  },
} satisfies NextAuthConfig;
