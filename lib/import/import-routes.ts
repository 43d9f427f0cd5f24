import 'server-only';
import { downloadViewer, fileResponse, jsonError } from '@/lib/download-route';
import { DomainError } from '@/lib/errors';
import { XLSX_CONTENT_TYPE } from '@/lib/file-type';
import type { Permission } from '@/lib/permissions';
import type { Viewer } from '@/lib/viewer';
import { MAX_IMPORT_BYTES } from './read-spreadsheet';

/**
 * The two file downloads every import page offers, as route handlers: a Server Action cannot answer with
 * a file. Each import's route.ts is one line naming its permission and its builder.
 */

// Multipart framing around the file: boundaries and part headers take well under a megabyte.
const MULTIPART_SLACK = 1024 * 1024;

/** An .xlsx download. The Chinese name goes in RFC 5987's filename*; older clients get the ASCII one. */
function xlsxDownload(bytes: Uint8Array, fileName: string, asciiFileName: string): Response {
  // buildXlsx's bytes sit on a plain ArrayBuffer (never a SharedArrayBuffer), which is what a body may be.
  return fileResponse(bytes as Uint8Array<ArrayBuffer>, { contentType: XLSX_CONTENT_TYPE, fileName, asciiFileName });
}

/** Expected failures (a file that cannot be read, a role that may not) as JSON; anything else is a bug and propagates. */
function domainErrorResponse(error: unknown): Response {
  if (!(error instanceof DomainError)) throw error;
  return jsonError(error.code === 'forbidden' ? 403 : 400, { error: error.code });
}

/** GET: the import template (Chinese headers and an example row), for users with `permission`. */
export function templateRoute(permission: Permission, build: () => Promise<Uint8Array>, names: { fileName: string; asciiFallback: string }) {
  return async function GET(): Promise<Response> {
    const viewer = await downloadViewer(permission);
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
    const viewer = await downloadViewer(permission);
    if (viewer instanceof Response) return viewer;
    // Refuse an oversized upload by its declared length before buffering it.
    if (Number(request.headers.get('content-length') ?? 0) > MAX_IMPORT_BYTES + MULTIPART_SLACK) return jsonError(413, { error: 'importTooLarge' });
    const form = await request.formData().catch(() => null);
    const file = form?.get('file');
    if (!form || !(file instanceof File)) return jsonError(400, { error: 'importNoFile' });
    if (file.size > MAX_IMPORT_BYTES) return jsonError(413, { error: 'importTooLarge' });
    try {
      const bytes = await build(viewer, new Uint8Array(await file.arrayBuffer()), form);
      return xlsxDownload(bytes, '导入失败的行.xlsx', 'rejected-rows.xlsx');
    } catch (error) {
      return domainErrorResponse(error);
    }
  };
}
