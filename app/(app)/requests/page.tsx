import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { listDepartmentOptions } from '@/db/queries/departments';
import { listRequests } from '@/db/queries/requests';
import { listTeamOptions } from '@/db/queries/teams';
import type { Locale } from '@/lib/i18n/locales';
import { can } from '@/lib/permissions';
import { requestFilterSchema } from '@/lib/validation/requests';
import { requirePermission } from '@/lib/viewer';
import { RequestFilters } from './_components/request-filters';
import { RequestTable } from './_components/request-table';

export async function generateMetadata() {
  return { title: (await getTranslations('requests'))('title') };
}

/** 企业诉求: officers their team's, liaisons their department's, leaders and admins all; filters and the page cursor in the URL. */
export default async function RequestsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission('requests.read');
  const filter = requestFilterSchema.parse(await searchParams);
  // A liaison's list is one department's, an officer's one team's: those filters would offer nothing.
  const picksDepartment = viewer.role !== 'liaison';
  const picksTeam = viewer.role !== 'officer' && can(viewer, 'enterprises.read');
  const [page, departments, teams, t, locale] = await Promise.all([
    listRequests(viewer, filter),
    picksDepartment ? listDepartmentOptions(viewer) : Promise.resolve(null),
    picksTeam ? listTeamOptions(viewer) : Promise.resolve(null),
    getTranslations('requests'),
    getLocale() as Promise<Locale>,
  ]);
  const description =
    viewer.role === 'liaison' ? t('descriptionLiaison', { department: viewer.departmentName ?? '—' }) : viewer.role === 'officer' ? t('descriptionOfficer') : t('descriptionLeader');
  return (
    <>
      <PageHeader title={t('title')} description={description} />
      <RequestFilters filter={filter} departments={departments} teams={teams} />
      {page.rows.length === 0 ? (
        <EmptyState title={t('empty')}>{can(viewer, 'requests.raise') ? t('emptyHint') : null}</EmptyState>
      ) : (
        <div className="space-y-3">
          <RequestTable rows={page.rows} locale={locale} linked={can(viewer, 'enterprises.read')} />
          <Pager params={filter} after={filter.after} next={page.next} label={t('pager')} />
        </div>
      )}
    </>
  );
}
