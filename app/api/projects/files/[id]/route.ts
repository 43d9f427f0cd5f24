import { getEvidenceFile } from '@/db/queries/project-files';
import { contentDisposition } from '@/lib/content-disposition';
import { downloadViewer, jsonError } from '@/lib/download-route';
import { DomainError } from '@/lib/errors';

/** Downloads one evidence file; another team's file id answers 404 like a missing one. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const viewer = await downloadViewer('projects.read');
  if (viewer instanceof Response) return viewer;
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
    if (error instanceof DomainError && error.code === 'notFound') return jsonError(404, { error: 'notFound' });
    throw error;
  }
}
