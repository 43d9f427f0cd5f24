import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { listSupervision } from '@/db/queries/supervision';
import { listTeamOptions } from '@/db/queries/teams';
import type { Locale } from '@/lib/i18n/locales';
import { supervisionFilterSchema } from '@/lib/validation/supervision';
import { requirePermission } from '@/lib/viewer';
import { SupervisionFilters } from './_components/supervision-filters';
import { SupervisionTable } from './_components/supervision-table';

export async function generateMetadata() {
  return { title: (await getTranslations('supervision'))('title') };
}

export default async function SupervisionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission('supervision.read');
  const filter = supervisionFilterSchema.parse(await searchParams);
  // Officers see their own team's items only, so a team filter would offer nothing.
  const watchesTeams = viewer.role !== 'officer';
  const [rows, teams, t, locale] = await Promise.all([
    listSupervision(viewer, filter),
    watchesTeams ? listTeamOptions(viewer) : Promise.resolve(null),
    getTranslations('supervision'),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <>
      <PageHeader title={t('title')} description={watchesTeams ? t('descriptionLeader') : t('descriptionOfficer')} />
      <SupervisionFilters filter={filter} teams={teams} />
      {rows.length === 0 ? (
        <EmptyState title={t('empty')}>{watchesTeams ? t('emptyHintLeader') : null}</EmptyState>
      ) : (
        <SupervisionTable rows={rows} locale={locale} />
      )}
    </>
  );
}
