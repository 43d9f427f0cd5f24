import { getTranslations } from 'next-intl/server';
import { getReport, recordReportExport } from '@/db/queries/reports';
import { exportViewer, fileResponse, jsonError } from '@/lib/download-route';
import { buildReportXlsx, reportFileName } from '@/lib/export/report-xlsx';
import { XLSX_CONTENT_TYPE } from '@/lib/file-type';
import { currentPeriod, parsePeriod, type ReportKind } from '@/lib/report-period';

export const dynamic = 'force-dynamic';

const PARAM: Record<ReportKind, 'week' | 'month'> = { weekly: 'week', monthly: 'month' };

/**
 * 周报 / 月报 as .xlsx: `/api/reports/weekly?week=2026-W48`, `/api/reports/monthly?month=2026-11` (no value:
 * the current period). The same figures as the page; officers get their team's row only. Every download is audited.
 */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }): Promise<Response> {
  const { kind } = await params;
  if (kind !== 'weekly' && kind !== 'monthly') return jsonError(404, { error: 'notFound' });
  const viewer = await exportViewer('reports.view');
  if (viewer instanceof Response) return viewer;

  const t = await getTranslations();
  const value = new URL(request.url).searchParams.get(PARAM[kind]);
  const period = value === null ? currentPeriod(kind) : parsePeriod(kind, value);
  if (!period) return jsonError(400, { error: 'invalid', fieldErrors: { [PARAM[kind]]: ['invalid'] }, message: t('reports.badPeriod', { value: value ?? '' }) });

  const report = await getReport(viewer, period);
  await recordReportExport(viewer, period);
  const body = await buildReportXlsx(report, t, viewer.role === 'officer' ? viewer.teamName : null);
  const { fileName, asciiFileName } = reportFileName(report, t);
  return fileResponse(body, { contentType: XLSX_CONTENT_TYPE, fileName, asciiFileName });
}
