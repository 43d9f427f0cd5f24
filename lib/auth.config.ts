import type { NextAuthConfig } from 'next-auth';
import type { Role } from '@/db/schema/users';

/** The database-free part of the Auth.js config (lib/auth.ts adds the credentials provider). */
export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.teamId = user.teamId;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? '';
      session.user.role = token.role as Role;
      session.user.teamId = (token.teamId as string | null) ?? null;
      return session;
    },
  },
} satisfies NextAuthConfig;
