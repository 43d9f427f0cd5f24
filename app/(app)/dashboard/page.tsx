import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { NAV_ITEMS } from '@/components/shell/nav-items';
import { OverdueSupervisionCard } from '@/components/supervision/overdue-card';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td, Th } from '@/components/ui/table';
import { listChainOptions } from '@/db/queries/chains';
import { getDashboard, getKpis, getOfficerFigures, type DashboardFilter } from '@/db/queries/dashboard';
import { countOverdueByTeam, listMyFollowUps } from '@/db/queries/follow-ups';
import { requestFiguresByDepartment } from '@/db/queries/requests';
import { listOverdueSupervision } from '@/db/queries/supervision';
import { listTeamOptions } from '@/db/queries/teams';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { can } from '@/lib/permissions';
import { zoneToday } from '@/lib/project-status';
import { parseDashboardFilter } from '@/lib/validation/dashboard';
import { requirePermission } from '@/lib/viewer';
import { DashboardFilters } from './_components/dashboard-filters';
import { FollowUpList } from './_components/follow-up-list';
import { LeadersDashboard } from './_components/leaders-dashboard';
import { OfficerHome } from './_components/officer-home';
import { RequestFiguresCard } from './_components/request-figures';

export async function generateMetadata() {
  return { title: (await getTranslations('dashboard'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * 工作台 and 领导驾驶舱: leaders and admins get the dashboard (filters year, team, chain in the URL), officers their
 * own and their team's numbers against the team's targets, everyone their follow-ups, overdue supervision and the
 * enterprise requests per department in their scope.
 */
export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requirePermission('dashboard.view');
  const params = parseDashboardFilter(await searchParams);
  const thisYear = Number(zoneToday().slice(0, 4));
  const year = params.year ?? thisYear;
  const sort = params.sort ?? 'signingAmount';
  const filter: DashboardFilter = { year, teamId: params.teamId, chainId: params.chainId };
  // Officers never see the zone's dashboard: their home shows their own and their team's year.
  const isCockpit = viewer.role === 'leader' || viewer.role === 'admin';
  const isOfficer = viewer.role === 'officer';
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const sections = NAV_ITEMS.filter((item) => item.key !== 'dashboard' && can(viewer, item.permission));
  const readsMeetings = can(viewer, 'meetings.read');
  // Leaders and admins watch every team's overdue follow-ups; an officer's own list already shows theirs.
  const watchesTeams = viewer.role === 'leader' || viewer.role === 'admin';
  const [followUps, overdueByTeam, overdueSupervision, requestFigures, cockpit, chainOptions, teamOptions, ownFigures, teamKpis] = await Promise.all([
    readsMeetings ? listMyFollowUps(viewer) : Promise.resolve([]),
    watchesTeams ? countOverdueByTeam(viewer) : Promise.resolve([]),
    can(viewer, 'supervision.read') ? listOverdueSupervision(viewer, { limit: 5 }) : Promise.resolve({ count: 0, items: [] }),
    can(viewer, 'requests.read') ? requestFiguresByDepartment(viewer) : null,
    isCockpit ? getDashboard(viewer, filter, sort) : null,
    isCockpit ? listChainOptions(viewer) : [],
    isCockpit ? listTeamOptions(viewer) : [],
    isOfficer ? getOfficerFigures(viewer, year) : null,
    isOfficer && viewer.teamId ? getKpis(viewer, { year }) : null,
  ]);
  const dueSoon = followUps.filter((f) => f.bucket !== 'later').map((f) => ({ ...f, dueLabel: formatDate(`${f.dueDate}T00:00:00+08:00`, locale) }));

  return (
    <>
      <PageHeader
        title={t('dashboard.greeting', { name: viewer.displayName })}
        description={isCockpit ? t('dashboard.cockpitIntro', { year }) : t('dashboard.intro')}
        actions={
          <>
            {can(viewer, 'targets.manage') && <ButtonLink href="/dashboard/targets" variant="secondary">{t('targets.link')}</ButtonLink>}
            {can(viewer, 'assessment.view') && <ButtonLink href="/dashboard/assessment" variant="secondary">{t('assessment.link')}</ButtonLink>}
          </>
        }
      />
      {/* Overdue supervision comes first: it is what a leader asked for by a date. */}
      <OverdueSupervisionCard count={overdueSupervision.count} items={overdueSupervision.items} locale={locale} className="mb-6" />
      {cockpit && (
        <section aria-labelledby="cockpit-title" className="mb-6 space-y-4">
          <h2 id="cockpit-title" className="text-lg font-semibold text-ink">{t('dashboard.cockpit')}</h2>
          <DashboardFilters
            year={year}
            years={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3, ...(year < thisYear - 3 || year > thisYear + 1 ? [year] : [])]}
            teamId={params.teamId}
            chainId={params.chainId}
            sort={params.sort}
            teams={teamOptions}
            chains={chainOptions}
          />
          <LeadersDashboard
            data={cockpit}
            params={{ year, teamId: params.teamId, chainId: params.chainId, sort: params.sort }}
            sort={sort}
            teamName={teamOptions.find((team) => team.id === params.teamId)?.name ?? null}
            locale={locale}
          />
        </section>
      )}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        {readsMeetings && (
          <Card
            title={t('followUps.title')}
            className="lg:col-span-2"
            actions={
              <Link href="/meetings/calendar" className="text-sm font-medium text-brand-700 hover:underline">
                {t('followUps.calendar')}
              </Link>
            }
          >
            <FollowUpList rows={dueSoon} canWrite={can(viewer, 'followUps.complete')} canLogMeeting={can(viewer, 'meetings.write')} />
          </Card>
        )}
        {requestFigures && <RequestFiguresCard rows={requestFigures} locale={locale} className="lg:col-span-2" />}
        {ownFigures && <OfficerHome year={year} own={ownFigures} team={teamKpis} teamName={viewer.teamName} locale={locale} />}
        {watchesTeams && (
          <Card title={t('followUps.overdueByTeam')} className="lg:col-span-2">
            {overdueByTeam.length === 0 ? (
              <p className="text-sm text-slate-500">{t('followUps.noOverdue')}</p>
            ) : (
              <Table>
                <thead>
                  <tr>
                    <Th>{t('followUps.team')}</Th>
                    <Th className="text-right">{t('followUps.overdueCount')}</Th>
                  </tr>
                </thead>
                <tbody>
                  {overdueByTeam.map((row) => (
                    <tr key={row.teamId}>
                      <Td>{row.teamName}</Td>
                      <Td className="text-right font-medium text-red-700 tabular-nums">{row.overdue}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Card>
        )}
        <Card title={t('dashboard.account')}>
          <dl className="grid grid-cols-[6rem_minmax(0,1fr)] gap-y-2 text-sm">
            <dt className="text-slate-500">{t('dashboard.username')}</dt>
            <dd className="text-slate-900">{viewer.username}</dd>
            <dt className="text-slate-500">{t('dashboard.role')}</dt>
            <dd className="text-slate-900">{t(`roles.${viewer.role}`)}</dd>
            {viewer.departmentName ? (
              <>
                <dt className="text-slate-500">{t('dashboard.department')}</dt>
                <dd className="text-slate-900">{viewer.departmentName}</dd>
              </>
            ) : (
              <>
                <dt className="text-slate-500">{t('dashboard.team')}</dt>
                <dd className="text-slate-900">{viewer.teamName ?? t('header.noTeam')}</dd>
              </>
            )}
          </dl>
        </Card>
        <Card title={t('dashboard.sections')}>
          {sections.length > 0 && (
            <ul className="flex flex-wrap gap-2">
              {sections.map((s) => (
                <li key={s.key}>
                  <Link href={s.href} className="inline-flex h-8 items-center rounded-md bg-brand-50 px-3 text-sm font-medium text-brand-700 hover:bg-brand-100">
                    {t(`nav.${s.key}`)}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
