import { getTranslations } from 'next-intl/server';
import { assessmentTeamName, getAssessment, recordAssessmentExport } from '@/db/queries/assessment';
import { contentDisposition } from '@/lib/content-disposition';
import { assessmentFileName, buildAssessmentXlsx, XLSX_CONTENT_TYPE } from '@/lib/export/assessment-xlsx';
import { can } from '@/lib/permissions';
import { zoneToday } from '@/lib/project-status';
import { parseAssessmentQuery } from '@/lib/validation/assessment';
import { getViewer } from '@/lib/viewer';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'cache-control': 'private, no-store' };

/**
 * 考核 as .xlsx, from the page's query string (`from`, `to`, `by`, `sort`, `dir`, `teamId`; missing ones take
 * the page's defaults). Strict: a bad value is a 400 naming the field, never replaced, so the file is what
 * was asked for. Leaders and admins only; every download is audited.
 */
export async function GET(request: Request): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: 'unauthenticated' }, { status: 401, headers: NO_STORE });
  if (!can(viewer.role, 'assessment.view')) return Response.json({ error: 'forbidden' }, { status: 403, headers: NO_STORE });

  const t = await getTranslations();
  const today = zoneToday();
  const parsed = parseAssessmentQuery(new URL(request.url).searchParams, today);
  if (!parsed.ok) {
    const fields = Object.keys(parsed.fieldErrors).map((field) => (t.has(`assessment.fields.${field}`) ? `${t(`assessment.fields.${field}`)} (${field})` : field));
    const message = t('assessment.invalidQuery', { fields: fields.join(t('assessment.fieldSeparator')) });
    return Response.json({ error: 'invalid', fieldErrors: parsed.fieldErrors, message }, { status: 400, headers: NO_STORE });
  }

  const [assessment, teamName] = await Promise.all([getAssessment(viewer, parsed.query, { today }), assessmentTeamName(viewer, parsed.query.teamId)]);
  await recordAssessmentExport(viewer, { query: parsed.query, rows: assessment.rows.length });
  const body = await buildAssessmentXlsx(assessment, t, teamName);
  const { fileName, asciiFileName } = assessmentFileName(parsed.query, t);
  return new Response(body, {
    headers: {
      ...NO_STORE,
      'content-type': XLSX_CONTENT_TYPE,
      'content-disposition': contentDisposition(fileName, asciiFileName),
      'x-content-type-options': 'nosniff',
    },
  });
}
