import 'server-only';
import { DomainError } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { getViewer, type Viewer } from '@/lib/viewer';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An error as the import page reads it: an `errors.*` message key. */
export function errorResponse(code: string, status: number): Response {
  return Response.json({ error: code }, { status, headers: { 'cache-control': 'no-store' } });
}

/** The signed-in viewer if they may import enterprises, else the 401/403 answer to send instead. */
export async function importViewer(): Promise<Viewer | Response> {
  const viewer = await getViewer();
  if (!viewer) return errorResponse('unauthenticated', 401);
  if (!can(viewer.role, 'enterprises.import')) return errorResponse('forbidden', 403);
  return viewer;
}

/** An .xlsx download. The Chinese name goes in RFC 5987's filename*; older clients get the ASCII one. */
export function xlsxDownload(bytes: Uint8Array, fileName: string, asciiFallback: string): Response {
  // buildXlsx's bytes sit on a plain ArrayBuffer (never a SharedArrayBuffer), which is what a body may be.
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': XLSX_TYPE,
      'content-disposition': `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'no-store',
    },
  });
}

/** Expected failures (a file that cannot be read, a role that may not) as JSON; anything else is a bug and propagates. */
export function domainErrorResponse(error: unknown): Response {
  if (!(error instanceof DomainError)) throw error;
  return errorResponse(error.code, error.code === 'forbidden' ? 403 : 400);
}
