import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td, Th } from '@/components/ui/table';
import { getReport, type ReportFigures } from '@/db/queries/reports';
import type { Translate } from '@/lib/export/project-export';
import { REPORT_MEASURES, reportTitle } from '@/lib/export/report-xlsx';
import { formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { zoneToday } from '@/lib/project-status';
import { currentPeriod, parsePeriod, periodName, recentPeriods, shiftPeriod, type ReportKind, type ReportPeriod } from '@/lib/report-period';
import { requirePermission } from '@/lib/viewer';
import { PrintButton } from './print-button';

const PARAM: Record<ReportKind, 'week' | 'month'> = { weekly: 'week', monthly: 'month' };
const href = (period: ReportPeriod) => `/reports/${period.kind}?${PARAM[period.kind]}=${period.key}`;

/**
 * The 周报 / 月报 page both routes share: the team table with the zone's total, the top five signings,
 * links to the previous and next period and a select of the last twelve; printable and downloadable.
 */
export async function ReportView({ kind, value }: { kind: ReportKind; value: string | undefined }) {
  const viewer = await requirePermission('reports.view');
  const parsed = value ? parsePeriod(kind, value) : null;
  const period = parsed ?? currentPeriod(kind);
  const today = zoneToday();
  const [report, t, locale] = await Promise.all([getReport(viewer, period, { today }), getTranslations(), getLocale() as Promise<Locale>]);
  const tr = t as unknown as Translate;
  const previous = shiftPeriod(period, -1);
  const next = shiftPeriod(period, 1);
  const recent = recentPeriods(kind, 12, today);
  const options = recent.some((p) => p.key === period.key) ? recent : [period, ...recent];
  const number = (m: { key: keyof ReportFigures; wan: boolean }, figures: ReportFigures) => (m.wan ? formatWanNumber(figures[m.key], locale) : String(figures[m.key]));
  const download = `/api/reports/${kind}?${PARAM[kind]}=${period.key}`;

  return (
    <>
      <PageHeader
        title={reportTitle(report, tr)}
        description={t('reports.description')}
        actions={
          <div className="flex flex-wrap items-center gap-2 print:hidden">
            <nav aria-label={t('reports.kindLabel')} className="inline-flex h-9 rounded-md border border-slate-300 bg-white p-0.5">
              {(['weekly', 'monthly'] as const).map((k) => (
                <Link
                  key={k}
                  href={`/reports/${k}`}
                  aria-current={k === kind ? 'page' : undefined}
                  className={cn('inline-flex items-center rounded px-3 text-sm', k === kind ? 'bg-brand-600 font-medium text-white' : 'text-slate-700 hover:bg-slate-100')}
                >
                  {t(`reports.${k}`)}
                </Link>
              ))}
            </nav>
            <PrintButton label={t('reports.print')} />
            {/* A plain link, not client navigation: the route answers with the file. */}
            <a href={download} download className={buttonClass('primary')}>
              {t('reports.download')}
            </a>
          </div>
        }
      />

      <div className="space-y-4">
        {value && !parsed && <Notice tone="error">{t('reports.badPeriod', { value })}</Notice>}

        <nav aria-label={t('reports.periodNav')} className="flex flex-wrap items-end gap-2 print:hidden">
          <Link href={href(previous)} className={buttonClass('secondary')}>
            ← {t(`reports.previous.${kind}`)}
          </Link>
          {/* Keyed by the period: after a client-side move the select shows the new period, not the last pick. */}
          <form key={period.key} method="get" action={`/reports/${kind}`} className="flex min-w-0 max-w-full items-end gap-2">
            <label className="flex min-w-0 flex-col gap-1 text-sm text-slate-700">
              <span className="sr-only">{t(`reports.select.${kind}`)}</span>
              <select name={PARAM[kind]} defaultValue={period.key} aria-label={t(`reports.select.${kind}`)} className="h-9 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 text-sm">
                {options.map((p) => (
                  <option key={p.key} value={p.key}>
                    {periodName(p, t)} ({t('reports.range', { from: p.from, to: p.lastDay })}){p.key === recent[0].key ? t('reports.current') : ''}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className={buttonClass('secondary')}>
              {t('reports.show')}
            </button>
          </form>
          {/* Future periods have nothing to report yet. */}
          {next.from <= today && (
            <Link href={href(next)} className={buttonClass('secondary')}>
              {t(`reports.next.${kind}`)} →
            </Link>
          )}
        </nav>

        <Card title={t('reports.teamsCaption', { name: periodName(period, t) })}>
          {viewer.role === 'officer' && <p className="mb-3 text-sm text-slate-500">{t('reports.officerScope')}</p>}
          <Table>
            <thead>
              <tr>
                <Th>{t('reports.team')}</Th>
                {REPORT_MEASURES.map((m) => (
                  <Th key={m.key} className="text-right">
                    {t(`reports.measures.${m.key}`)}
                  </Th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.teams.map((team) => (
                <tr key={team.teamId}>
                  <Th scope="row" className="bg-transparent text-sm font-medium text-slate-900">
                    {team.teamName}
                  </Th>
                  {REPORT_MEASURES.map((m) => (
                    <Td key={m.key} className="text-right tabular-nums">
                      {number(m, team)}
                    </Td>
                  ))}
                </tr>
              ))}
            </tbody>
            {report.zone && (
              <tfoot>
                <tr data-testid="report-zone-row" className="bg-slate-50 font-semibold">
                  <Th scope="row" className="text-sm text-slate-900">
                    {t('reports.zone')}
                  </Th>
                  {REPORT_MEASURES.map((m) => (
                    <Td key={m.key} data-measure={m.key} className="text-right tabular-nums">
                      {number(m, report.zone!)}
                    </Td>
                  ))}
                </tr>
              </tfoot>
            )}
          </Table>
          <ul className="mt-3 space-y-1 text-xs text-slate-500">
            <li>
              {report.running
                ? t('reports.footnoteOverdueRunning', { date: report.overdueAsOf })
                : t('reports.footnoteOverdueEnded', { date: period.lastDay })}
            </li>
            <li>{t('reports.footnoteRules')}</li>
          </ul>
        </Card>

        <Card title={t('reports.topTitle')}>
          {report.topProjects.length === 0 ? (
            <EmptyState title={t('reports.topEmpty')} />
          ) : (
            <Table>
              <thead>
                <tr>
                  <Th>{t('reports.top.rank')}</Th>
                  <Th>{t('reports.top.project')}</Th>
                  <Th>{t('reports.top.enterprise')}</Th>
                  <Th>{t('reports.top.team')}</Th>
                  <Th>{t('reports.top.signedOn')}</Th>
                  <Th className="text-right">{t('reports.top.amount')}</Th>
                </tr>
              </thead>
              <tbody>
                {report.topProjects.map((p, i) => (
                  <tr key={p.id}>
                    <Td className="tabular-nums">{i + 1}</Td>
                    <Td>
                      <Link href={`/projects/${p.id}`} className="text-brand-700 hover:underline">
                        {p.name}
                      </Link>
                    </Td>
                    <Td>{p.enterpriseName}</Td>
                    <Td>{p.teamName}</Td>
                    <Td className="tabular-nums">{p.signedOn}</Td>
                    <Td className="text-right tabular-nums">{formatWanNumber(p.contractedInvestment, locale)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      </div>
    </>
  );
}
