import 'server-only';
import { cache } from 'react';
import { forbidden, redirect } from 'next/navigation';
import { findSession, type SessionState } from '@/db/queries/sessions';
import type { Viewer } from '@/db/queries/viewer';
import { can, type Permission } from '@/lib/permissions';
import { requestAddress } from '@/lib/request-address';
import { ACCOUNT_STEP_PATHS } from '@/lib/security-policy';
import { getSessionClaims } from '@/lib/session';

export type { Viewer };

/**
 * The standing session named by the cookie, and the step its user must take first (null when none):
 * null when the session ended (logout, idle, too old) or was ended for them (disabled, demoted, new password).
 */
export const getSession = cache(async (): Promise<(SessionState & { sessionId: string }) | null> => {
  const claims = await getSessionClaims();
  if (!claims) return null;
  const session = await findSession(claims.userId, claims.sessionId, await requestAddress());
  return session && { ...session, sessionId: claims.sessionId };
});

/**
 * The signed-in user as the database knows them now, for everything but the account pages: null also
 * while they must first change their password or enrol an authenticator (they cannot use the app yet).
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getSession();
  return session && !session.pendingStep ? session.viewer : null;
});

/** For the account pages (/account/*): the session even while a step is pending; a logged-out visitor goes to /login. */
export async function requireSession(): Promise<SessionState & { sessionId: string }> {
  const claims = await getSessionClaims();
  if (!claims) redirect('/login');
  const session = await getSession();
  if (!session) redirect('/api/session/revoked');
  return session;
}

/** For pages: a logged-out visitor goes to /login; an ended session is cleared first; a pending step is taken first. */
export async function requireViewer(): Promise<Viewer> {
  const session = await requireSession();
  if (session.pendingStep) redirect(ACCOUNT_STEP_PATHS[session.pendingStep]);
  return session.viewer;
}

/** For pages: a viewer holding none of the permissions gets the 403 page. */
export async function requirePermission(...permissions: [Permission, ...Permission[]]): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!permissions.some((p) => can(viewer, p))) forbidden();
  return viewer;
}
