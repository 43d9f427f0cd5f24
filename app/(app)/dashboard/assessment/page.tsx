import { getLocale, getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td, Th } from '@/components/ui/table';
import { getAssessment, type AssessmentFigures } from '@/db/queries/assessment';
import { listTeamOptions } from '@/db/queries/teams';
import { ASSESSMENT_MEASURES, assessmentTitle } from '@/lib/export/assessment-xlsx';
import type { Translate } from '@/lib/export/project-export';
import { formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { zoneToday } from '@/lib/project-status';
import { assessmentSearch, parseAssessmentFilter } from '@/lib/validation/assessment';
import { requirePermission } from '@/lib/viewer';
import { AssessmentFilters } from './_components/assessment-filters';
import { SortHeader } from './_components/sort-header';

export async function generateMetadata() {
  return { title: (await getTranslations('assessment'))('title') };
}

/**
 * 考核 (leaders and admins): per officer or per team over a period — `?from=&to=` (Asia/Shanghai days, both
 * included; this year to date by default), `by=officer|team`, `sort=&dir=` from the header links, `teamId=`.
 */
export default async function AssessmentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission('assessment.view');
  const today = zoneToday();
  const query = parseAssessmentFilter(await searchParams, today);
  const [assessment, teams, t, locale] = await Promise.all([
    getAssessment(viewer, query, { today }),
    listTeamOptions(viewer),
    getTranslations(),
    getLocale() as Promise<Locale>,
  ]);
  const tr = t as unknown as Translate;
  const byOfficer = query.by === 'officer';
  const number = (key: keyof AssessmentFigures, wan: boolean, figures: AssessmentFigures) => (wan ? formatWanNumber(figures[key], locale) : String(figures[key]));
  const sortHint = (label: string) => ({ asc: t('assessment.ascending'), desc: t('assessment.descending'), title: t('assessment.sortBy', { column: label }) });
  const byLabel = t(`assessment.by.${query.by}`);

  return (
    <>
      <PageHeader
        title={assessmentTitle(query, tr)}
        description={t('assessment.description')}
        actions={
          // A plain link, not client navigation: the route answers with the file.
          <a href={`/api/export/assessment?${assessmentSearch(query)}`} download className={buttonClass('primary')}>
            {t('assessment.export')}
          </a>
        }
      />
      <AssessmentFilters query={query} teams={teams} />
      <Card title={t('assessment.caption', { from: query.from, to: query.to, by: byLabel })}>
        {assessment.rows.length === 0 ? (
          <EmptyState title={t('assessment.empty')} />
        ) : (
          <Table>
            <thead>
              <tr>
                {byOfficer ? (
                  <>
                    <SortHeader query={query} column="name" label={t('assessment.columns.officer')} sortHint={sortHint(t('assessment.columns.officer'))} />
                    <SortHeader query={query} column="team" label={t('assessment.columns.team')} sortHint={sortHint(t('assessment.columns.team'))} />
                  </>
                ) : (
                  <SortHeader query={query} column="name" label={t('assessment.columns.teamName')} sortHint={sortHint(t('assessment.columns.teamName'))} />
                )}
                {ASSESSMENT_MEASURES.map((m) => {
                  const label = t(`assessment.columns.${m.key}`);
                  return <SortHeader key={m.key} query={query} column={m.key} label={label} sortHint={sortHint(label)} numeric />;
                })}
              </tr>
            </thead>
            <tbody>
              {assessment.rows.map((row) => (
                <tr key={row.id}>
                  <Th scope="row" className="bg-transparent text-sm font-medium text-slate-900">
                    {row.name}
                  </Th>
                  {byOfficer && <Td>{row.teamName ?? t('assessment.noTeam')}</Td>}
                  {ASSESSMENT_MEASURES.map((m) => (
                    <Td key={m.key} data-measure={m.key} className="text-right tabular-nums">
                      {number(m.key, m.wan, row)}
                    </Td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="bg-slate-50 font-semibold">
                <Th scope="row" colSpan={byOfficer ? 2 : 1} className="text-sm text-slate-900">
                  {t('assessment.totals')}
                </Th>
                {ASSESSMENT_MEASURES.map((m) => (
                  <Td key={m.key} data-measure={m.key} className="text-right tabular-nums">
                    {number(m.key, m.wan, assessment.totals)}
                  </Td>
                ))}
              </tr>
            </tfoot>
          </Table>
        )}
        <ul className="mt-3 space-y-1 text-xs text-slate-500">
          <li>{t('assessment.footnotes.meetings')}</li>
          <li>{t('assessment.footnotes.owners')}</li>
          <li>{t('assessment.footnotes.overdue', { date: assessment.overdueAsOf })}</li>
        </ul>
      </Card>
    </>
  );
}
