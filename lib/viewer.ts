import 'server-only';
import { cache } from 'react';
import { forbidden, redirect } from 'next/navigation';
import { findActiveViewer, type Viewer } from '@/db/queries/viewer';
import { can, type Permission } from '@/lib/permissions';
import { getSessionUserId } from '@/lib/session';

export type { Viewer };

/**
 * The signed-in user as the database knows them now: a disabled or deleted user is null even with a
 * valid cookie, and a demoted user has the new role on their next request.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const userId = await getSessionUserId();
  return userId ? findActiveViewer(userId) : null;
});

/** For pages: a logged-out visitor goes to /login; a revoked session is cleared first. */
export async function requireViewer(): Promise<Viewer> {
  const userId = await getSessionUserId();
  if (!userId) redirect('/login');
  const viewer = await getViewer();
  if (!viewer) redirect('/api/session/revoked');
  return viewer;
}

/** For pages: a viewer whose role lacks the permission gets the 403 page. */
export async function requirePermission(permission: Permission): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!can(viewer.role, permission)) forbidden();
  return viewer;
}
