import { getTranslations } from 'next-intl/server';
import { getReport, recordReportExport } from '@/db/queries/reports';
import { contentDisposition } from '@/lib/content-disposition';
import { buildReportXlsx, reportFileName, XLSX_CONTENT_TYPE } from '@/lib/export/report-xlsx';
import { can } from '@/lib/permissions';
import { currentPeriod, parsePeriod, type ReportKind } from '@/lib/report-period';
import { getViewer } from '@/lib/viewer';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'cache-control': 'private, no-store' };
const PARAM: Record<ReportKind, 'week' | 'month'> = { weekly: 'week', monthly: 'month' };

/**
 * 周报 / 月报 as .xlsx: `/api/reports/weekly?week=2026-W48`, `/api/reports/monthly?month=2026-11` (no value:
 * the current period). The same figures as the page; officers get their team's row only. Every download is audited.
 */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }): Promise<Response> {
  const { kind } = await params;
  if (kind !== 'weekly' && kind !== 'monthly') return Response.json({ error: 'notFound' }, { status: 404, headers: NO_STORE });
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: 'unauthenticated' }, { status: 401, headers: NO_STORE });
  if (!can(viewer.role, 'reports.view')) return Response.json({ error: 'forbidden' }, { status: 403, headers: NO_STORE });

  const t = await getTranslations();
  const value = new URL(request.url).searchParams.get(PARAM[kind]);
  const period = value === null ? currentPeriod(kind) : parsePeriod(kind, value);
  if (!period) return Response.json({ error: 'invalid', fieldErrors: { [PARAM[kind]]: ['invalid'] }, message: t('reports.badPeriod', { value: value ?? '' }) }, { status: 400, headers: NO_STORE });

  const report = await getReport(viewer, period);
  await recordReportExport(viewer, period);
  const body = await buildReportXlsx(report, t, viewer.role === 'officer' ? viewer.teamName : null);
  const { fileName, asciiFileName } = reportFileName(report, t);
  return new Response(body, {
    headers: {
      ...NO_STORE,
      'content-type': XLSX_CONTENT_TYPE,
      'content-disposition': contentDisposition(fileName, asciiFileName),
      'x-content-type-options': 'nosniff',
    },
  });
}
