import { getTranslations } from 'next-intl/server';
import { assessmentTeamName, getAssessment, recordAssessmentExport } from '@/db/queries/assessment';
import { exportViewer, fileResponse, jsonError } from '@/lib/download-route';
import { assessmentFileName, buildAssessmentXlsx } from '@/lib/export/assessment-xlsx';
import { XLSX_CONTENT_TYPE } from '@/lib/file-type';
import { zoneToday } from '@/lib/project-status';
import { parseAssessmentQuery } from '@/lib/validation/assessment';

export const dynamic = 'force-dynamic';

/**
 * 考核 as .xlsx, from the page's query string (`from`, `to`, `by`, `sort`, `dir`, `teamId`; missing ones take
 * the page's defaults). Strict: a bad value is a 400 naming the field, never replaced, so the file is what
 * was asked for. Leaders and admins only; every download is audited.
 */
export async function GET(request: Request): Promise<Response> {
  const viewer = await exportViewer('assessment.view');
  if (viewer instanceof Response) return viewer;

  const t = await getTranslations();
  const today = zoneToday();
  const parsed = parseAssessmentQuery(new URL(request.url).searchParams, today);
  if (!parsed.ok) {
    const fields = Object.keys(parsed.fieldErrors).map((field) => (t.has(`assessment.fields.${field}`) ? `${t(`assessment.fields.${field}`)} (${field})` : field));
    const message = t('assessment.invalidQuery', { fields: fields.join(t('assessment.fieldSeparator')) });
    return jsonError(400, { error: 'invalid', fieldErrors: parsed.fieldErrors, message });
  }

  const [assessment, teamName] = await Promise.all([getAssessment(viewer, parsed.query, { today }), assessmentTeamName(viewer, parsed.query.teamId)]);
  await recordAssessmentExport(viewer, { query: parsed.query, rows: assessment.rows.length });
  const body = await buildAssessmentXlsx(assessment, t, teamName);
  const { fileName, asciiFileName } = assessmentFileName(parsed.query, t);
  return fileResponse(body, { contentType: XLSX_CONTENT_TYPE, fileName, asciiFileName });
}
