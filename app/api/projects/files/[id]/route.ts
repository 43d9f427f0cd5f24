import { getEvidenceFile } from '@/db/queries/project-files';
import { contentDisposition } from '@/lib/content-disposition';
import { DomainError } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { getViewer } from '@/lib/viewer';

/** Downloads one evidence file; another team's file id answers 404 like a missing one. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return new Response('Unauthorized', { status: 401 });
  if (!can(viewer.role, 'projects.read')) return new Response('Forbidden', { status: 403 });
  const { id } = await params;
  try {
    const file = await getEvidenceFile(viewer, /^\d{1,15}$/.test(id) ? Number(id) : -1);
    return new Response(new Uint8Array(file.content), {
      headers: {
        'Content-Type': file.mimeType,
        'Content-Disposition': contentDisposition(file.fileName),
        'Content-Length': String(file.content.byteLength),
        'Cache-Control': 'private, no-store',
        // Stored bytes are never run as a page, whatever they contain.
        'Content-Security-Policy': "default-src 'none'; sandbox",
      },
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'notFound') return new Response('Not found', { status: 404 });
    throw error;
  }
}
