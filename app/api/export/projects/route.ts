import { getTranslations } from 'next-intl/server';
import { contentDisposition } from '@/lib/content-disposition';
import { buildProjectExport, parseProjectExportQuery } from '@/lib/export/project-export';
import { can } from '@/lib/permissions';
import { getViewer } from '@/lib/viewer';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'cache-control': 'private, no-store' };

/**
 * 签约项目清单 as .xlsx or .csv, from the wall chart's filters (the same query string as /projects), streamed.
 * Officers get their team's projects, leaders and admins all; liaisons none. Every export is audited.
 */
export async function GET(request: Request): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: 'unauthenticated' }, { status: 401, headers: NO_STORE });
  if (!can(viewer.role, 'projects.export')) return Response.json({ error: 'forbidden' }, { status: 403, headers: NO_STORE });

  // The user's language (cookie), as on every page: headers, labels and the title follow it.
  const t = await getTranslations();
  const query = parseProjectExportQuery(new URL(request.url).searchParams, t);
  if (!query.ok) return Response.json({ error: query.error, fieldErrors: query.fieldErrors, message: query.message }, { status: 400, headers: NO_STORE });

  const file = await buildProjectExport(viewer, query.filter, query.format, { t });
  return new Response(file.body, {
    headers: {
      ...NO_STORE,
      'content-type': file.contentType,
      'content-disposition': contentDisposition(file.fileName, file.asciiFileName),
      'x-content-type-options': 'nosniff',
    },
  });
}
