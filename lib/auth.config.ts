import type { NextAuthConfig } from 'next-auth';
import type { Role } from '@/db/schema/users';

/** Paths a logged-out visitor may open. */
const PUBLIC_PATHS = ['/login', '/api/health', '/api/auth'];

/**
 * The database-free part of the Auth.js config, shared by the proxy (an optimistic redirect only)
 * and lib/auth.ts. Real checks happen next to the data.
 */
export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname } = request.nextUrl;
      return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`)) || Boolean(auth?.user);
    },
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
