import 'server-only';
import { contentDisposition } from '@/lib/content-disposition';
import { can, type Permission } from '@/lib/permissions';
import { getViewer, type Viewer } from '@/lib/viewer';

// Files and answers about them are the user's own: never kept by a browser or proxy cache.
const NO_STORE = { 'cache-control': 'private, no-store' };

/** An error as the pages read it: an `errors.*` key, plus whatever else helps (field errors, a message). */
export function jsonError(status: number, body: { error: string } & Record<string, unknown>): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

/** The signed-in viewer if they have `permission`, else the 401/403 answer to send instead. */
export async function downloadViewer(permission: Permission): Promise<Viewer | Response> {
  const viewer = await getViewer();
  if (!viewer) return jsonError(401, { error: 'unauthenticated' });
  if (!can(viewer.role, permission)) return jsonError(403, { error: 'forbidden' });
  return viewer;
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
