import 'server-only';
import { recordRefusal } from '@/db/queries/audit';
import { hitRateLimit } from '@/db/queries/rate-limits';
import { EXPORT_LIMIT } from '@/lib/abuse-limits';
import { contentDisposition } from '@/lib/content-disposition';
import { can, type Permission } from '@/lib/permissions';
import { requestAddress } from '@/lib/request-address';
import { getViewer, type Viewer } from '@/lib/viewer';

// Files and answers about them are the user's own: never kept by a browser or proxy cache.
const NO_STORE = { 'cache-control': 'private, no-store' };

/** An error as the pages read it: an `errors.*` key, plus whatever else helps (field errors, a message). */
export function jsonError(status: number, body: { error: string } & Record<string, unknown>): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

/** The signed-in viewer if they have `permission`, else the 401/403 answer to send instead (and an audit row). */
export async function downloadViewer(permission: Permission): Promise<Viewer | Response> {
  const viewer = await getViewer();
  if (!viewer) {
    await recordRefusal(null, await requestAddress(), { reason: 'unauthenticated', permission });
    return jsonError(401, { error: 'unauthenticated' });
  }
  if (!can(viewer, permission)) {
    await recordRefusal(viewer, viewer.ip ?? null, { reason: 'forbidden', permission });
    return jsonError(403, { error: 'forbidden' });
  }
  return viewer;
}

/** downloadViewer for spreadsheet exports, which also count against the user's hourly export limit (429 beyond it). */
export async function exportViewer(permission: Permission): Promise<Viewer | Response> {
  const viewer = await downloadViewer(permission);
  if (viewer instanceof Response) return viewer;
  const { allowed, retryAfterSeconds } = await hitRateLimit(EXPORT_LIMIT, viewer.id);
  if (allowed) return viewer;
  await recordRefusal(viewer, viewer.ip ?? null, { reason: 'rateLimited', permission });
  const response = jsonError(429, { error: 'rateLimited' });
  response.headers.set('retry-after', String(retryAfterSeconds));
  return response;
}

/** A file download: its Chinese name as RFC 5987 `filename*` with an ASCII fallback, never cached, never sniffed. */
export function fileResponse(body: BodyInit, file: { contentType: string; fileName: string; asciiFileName: string }): Response {
  return new Response(body, {
    headers: {
      ...NO_STORE,
      'content-type': file.contentType,
      'content-disposition': contentDisposition(file.fileName, file.asciiFileName),
      'x-content-type-options': 'nosniff',
    },
  });
}
