import { getTranslations } from 'next-intl/server';
import { exportViewer, fileResponse, jsonError } from '@/lib/download-route';
import { buildProjectExport, parseProjectExportQuery } from '@/lib/export/project-export';

export const dynamic = 'force-dynamic';

/**
 * 签约项目清单 as .xlsx or .csv, from the wall chart's filters (the same query string as /projects), streamed.
 * Officers get their team's projects, leaders and admins all; liaisons none. Every export is audited.
 */
export async function GET(request: Request): Promise<Response> {
  const viewer = await exportViewer('projects.export');
  if (viewer instanceof Response) return viewer;

  // The user's language (cookie), as on every page: headers, labels and the title follow it.
  const t = await getTranslations();
  const query = parseProjectExportQuery(new URL(request.url).searchParams, t);
  if (!query.ok) return jsonError(400, { error: query.error, fieldErrors: query.fieldErrors, message: query.message });

  const file = await buildProjectExport(viewer, query.filter, query.format, { t });
  return fileResponse(file.body, file);
}
