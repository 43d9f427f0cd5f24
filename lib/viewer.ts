import 'server-only';
import { cache } from 'react';
import { forbidden, redirect } from 'next/navigation';
import { findSessionViewer } from '@/db/queries/sessions';
import type { Viewer } from '@/db/queries/viewer';
import { can, type Permission } from '@/lib/permissions';
import { requestAddress } from '@/lib/request-address';
import { getSessionClaims } from '@/lib/session';

export type { Viewer };

/**
 * The signed-in user as the database knows them now: null when the session ended (logout, idle, too
 * old) or was ended for them (disabled, demoted, new password), even with a validly signed cookie.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const claims = await getSessionClaims();
  return claims ? findSessionViewer(claims.userId, claims.sessionId, await requestAddress()) : null;
});

/** For pages: a logged-out visitor goes to /login; an ended session is cleared first. */
export async function requireViewer(): Promise<Viewer> {
  const claims = await getSessionClaims();
  if (!claims) redirect('/login');
  const viewer = await getViewer();
  if (!viewer) redirect('/api/session/revoked');
  return viewer;
}

/** For pages: a viewer holding none of the permissions gets the 403 page. */
export async function requirePermission(...permissions: [Permission, ...Permission[]]): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!permissions.some((p) => can(viewer, p))) forbidden();
  return viewer;
}
