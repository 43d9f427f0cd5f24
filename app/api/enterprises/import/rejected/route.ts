import { rejectedRowsXlsx } from '@/db/queries/enterprise-import';
import { MAX_IMPORT_BYTES } from '@/lib/import/read-spreadsheet';
import { domainErrorResponse, errorResponse, importViewer, xlsxDownload } from '../respond';

// Multipart framing around the file: boundaries and part headers take well under a megabyte.
const MULTIPART_SLACK = 1024 * 1024;

/**
 * The rejected rows of an uploaded import file, with a 错误原因 column, as .xlsx. A route handler because
 * a Server Action cannot answer with a file download. It reads and writes nothing in the database
 * beyond the chain names, so it is safe to repeat.
 */
export async function POST(request: Request) {
  const viewer = await importViewer();
  if (viewer instanceof Response) return viewer;
  // Refuse an oversized upload by its declared length before buffering it.
  if (Number(request.headers.get('content-length') ?? 0) > MAX_IMPORT_BYTES + MULTIPART_SLACK) return errorResponse('importTooLarge', 413);
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File)) return errorResponse('importNoFile', 400);
  if (file.size > MAX_IMPORT_BYTES) return errorResponse('importTooLarge', 413);
  try {
    const bytes = await rejectedRowsXlsx(viewer, new Uint8Array(await file.arrayBuffer()));
    return xlsxDownload(bytes, '导入失败的行.xlsx', 'rejected-rows.xlsx');
  } catch (error) {
    return domainErrorResponse(error);
  }
}
