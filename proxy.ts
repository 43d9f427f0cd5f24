import NextAuth from 'next-auth';
import { authConfig } from '@/lib/auth.config';

// Only an optimistic redirect to /login for visitors without a session cookie; every page, action
// and route handler checks the user again against the database.
const { auth } = NextAuth(() => ({ ...authConfig, secret: process.env.AUTH_SECRET }));
export const proxy = auth;

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico)$).*)'],
};
