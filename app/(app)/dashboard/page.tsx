import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { NAV_ITEMS } from '@/components/shell/nav-items';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td, Th } from '@/components/ui/table';
import { countOverdueByTeam, listMyFollowUps } from '@/db/queries/follow-ups';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { can } from '@/lib/permissions';
import { requirePermission } from '@/lib/viewer';
import { FollowUpList } from './_components/follow-up-list';

export async function generateMetadata() {
  return { title: (await getTranslations('dashboard'))('title') };
}

export default async function DashboardPage() {
  const viewer = await requirePermission('dashboard.view');
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const sections = NAV_ITEMS.filter((item) => item.key !== 'dashboard' && can(viewer.role, item.permission));
  const readsMeetings = can(viewer.role, 'meetings.read');
  // Leaders and admins watch every team's overdue follow-ups; an officer's own list already shows theirs.
  const watchesTeams = viewer.role === 'leader' || viewer.role === 'admin';
  const [followUps, overdueByTeam] = await Promise.all([
    readsMeetings ? listMyFollowUps(viewer) : Promise.resolve([]),
    watchesTeams ? countOverdueByTeam(viewer) : Promise.resolve([]),
  ]);
  const dueSoon = followUps.filter((f) => f.bucket !== 'later').map((f) => ({ ...f, dueLabel: formatDate(`${f.dueDate}T00:00:00+08:00`, locale) }));

  return (
    <>
      <PageHeader
        title={t('dashboard.greeting', { name: viewer.displayName })}
        description={t('dashboard.intro')}
        actions={can(viewer.role, 'targets.manage') && <ButtonLink href="/dashboard/targets" variant="secondary">{t('targets.link')}</ButtonLink>}
      />
      <div className="grid gap-4 lg:grid-cols-2">
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
            <FollowUpList rows={dueSoon} canWrite={can(viewer.role, 'followUps.complete')} canLogMeeting={can(viewer.role, 'meetings.write')} />
          </Card>
        )}
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
          <dl className="grid grid-cols-[6rem_1fr] gap-y-2 text-sm">
            <dt className="text-slate-500">{t('dashboard.username')}</dt>
            <dd className="text-slate-900">{viewer.username}</dd>
            <dt className="text-slate-500">{t('dashboard.role')}</dt>
            <dd className="text-slate-900">{t(`roles.${viewer.role}`)}</dd>
            <dt className="text-slate-500">{t('dashboard.team')}</dt>
            <dd className="text-slate-900">{viewer.teamName ?? t('header.noTeam')}</dd>
          </dl>
        </Card>
        <Card title={t('dashboard.sections')}>
          {sections.length > 0 && (
            <ul className="mb-3 flex flex-wrap gap-2">
              {sections.map((s) => (
                <li key={s.key}>
                  <Link href={s.href} className="inline-flex h-8 items-center rounded-md bg-brand-50 px-3 text-sm font-medium text-brand-700 hover:bg-brand-100">
                    {t(`nav.${s.key}`)}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <p className="text-sm text-slate-500">{t('dashboard.sectionsEmpty')}</p>
        </Card>
      </div>
    </>
  );
}
