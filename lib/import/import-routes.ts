import 'server-only';
import { contentDisposition } from '@/lib/content-disposition';
import { DomainError } from '@/lib/errors';
import { can, type Permission } from '@/lib/permissions';
import { getViewer, type Viewer } from '@/lib/viewer';
import { MAX_IMPORT_BYTES } from './read-spreadsheet';

/**
 * The two file downloads every import page offers, as route handlers: a Server Action cannot answer with
 * a file. Each import's route.ts is one line naming its permission and its builder.
 */

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// Multipart framing around the file: boundaries and part headers take well under a megabyte.
const MULTIPART_SLACK = 1024 * 1024;

/** An error as the import page reads it: an `errors.*` message key. */
function errorResponse(code: string, status: number): Response {
  return Response.json({ error: code }, { status, headers: { 'cache-control': 'no-store' } });
}

/** The signed-in viewer if they have `permission`, else the 401/403 answer to send instead. */
async function importViewer(permission: Permission): Promise<Viewer | Response> {
  const viewer = await getViewer();
  if (!viewer) return errorResponse('unauthenticated', 401);
  if (!can(viewer.role, permission)) return errorResponse('forbidden', 403);
  return viewer;
}

/** An .xlsx download. The Chinese name goes in RFC 5987's filename*; older clients get the ASCII one. */
function xlsxDownload(bytes: Uint8Array, fileName: string, asciiFallback: string): Response {
  // buildXlsx's bytes sit on a plain ArrayBuffer (never a SharedArrayBuffer), which is what a body may be.
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': XLSX_TYPE,
      'content-disposition': contentDisposition(fileName, asciiFallback),
      'cache-control': 'no-store',
    },
  });
}

/** Expected failures (a file that cannot be read, a role that may not) as JSON; anything else is a bug and propagates. */
function domainErrorResponse(error: unknown): Response {
  if (!(error instanceof DomainError)) throw error;
  return errorResponse(error.code, error.code === 'forbidden' ? 403 : 400);
}

/** GET: the import template (Chinese headers and an example row), for users with `permission`. */
export function templateRoute(permission: Permission, build: () => Promise<Uint8Array>, names: { fileName: string; asciiFallback: string }) {
  return async function GET(): Promise<Response> {
    const viewer = await importViewer(permission);
    if (viewer instanceof Response) return viewer;
    return xlsxDownload(await build(), names.fileName, names.asciiFallback);
  };
}

/**
 * POST: the rejected rows of an uploaded file with a 错误原因 column, as .xlsx. The builder gets the form
 * too, for the fields the import's check depends on (e.g. the team). Reads and writes nothing in the
 * database beyond what the check reads, so it is safe to repeat.
 */
export function rejectedRowsRoute(permission: Permission, build: (viewer: Viewer, bytes: Uint8Array, form: FormData) => Promise<Uint8Array>) {
  return async function POST(request: Request): Promise<Response> {
    const viewer = await importViewer(permission);
    if (viewer instanceof Response) return viewer;
    // Refuse an oversized upload by its declared length before buffering it.
    if (Number(request.headers.get('content-length') ?? 0) > MAX_IMPORT_BYTES + MULTIPART_SLACK) return errorResponse('importTooLarge', 413);
    const form = await request.formData().catch(() => null);
    const file = form?.get('file');
    if (!form || !(file instanceof File)) return errorResponse('importNoFile', 400);
    if (file.size > MAX_IMPORT_BYTES) return errorResponse('importTooLarge', 413);
    try {
      const bytes = await build(viewer, new Uint8Array(await file.arrayBuffer()), form);
      return xlsxDownload(bytes, '导入失败的行.xlsx', 'rejected-rows.xlsx');
    } catch (error) {
      return domainErrorResponse(error);
    }
  };
}
