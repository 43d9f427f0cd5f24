import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, newNonce } from '@/lib/csp';

/** Paths a logged-out visitor may open. */
const PUBLIC_PATHS = ['/login', '/api/health', '/api/auth'];
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

/**
 * Gives every response its Content-Security-Policy with a fresh nonce (the static security headers come
 * from next.config.js), and redirects visitors without a session cookie to /login. The redirect is only
 * optimistic: every page, action and route handler checks the session and the user against the database.
 * It deliberately does not run Auth.js here: Auth.js's middleware re-issues the session cookie on every
 * request, and a request still in flight when the user logs out would bring the deleted cookie back.
 */
export function proxy(request: NextRequest) {
  const csp = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === 'development' });
  const response = route(request, csp);
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

function route(request: NextRequest, csp: string): NextResponse {
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (isPublic || SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    // Next.js takes the nonce for its own inline and bootstrap scripts from the request's CSP header;
    // setting it here also replaces any CSP header the client sent.
    const headers = new Headers(request.headers);
    headers.set('Content-Security-Policy', csp);
    return NextResponse.next({ request: { headers } });
  }
  const login = new URL('/login', request.url);
  login.searchParams.set('callbackUrl', `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|.*\\.(?:png|svg|ico)$).*)'],
};
