import { NextResponse, type NextRequest } from 'next/server';

/** Paths a logged-out visitor may open. */
const PUBLIC_PATHS = ['/login', '/api/health', '/api/auth'];
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

/**
 * Only an optimistic redirect to /login for visitors without a session cookie; every page, action and
 * route handler checks the session and the user against the database. It deliberately does not run
 * Auth.js here: Auth.js's middleware re-issues the session cookie on every request, and a request still
 * in flight when the user logs out would bring the deleted cookie back.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL('/login', request.url);
  login.searchParams.set('callbackUrl', `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|.*\\.(?:png|svg|ico)$).*)'],
};
