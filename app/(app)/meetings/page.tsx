import { getTranslations } from 'next-intl/server';
import { listChainOptions } from '@/db/queries/chains';
import { getEnterpriseOrThrow } from '@/db/queries/enterprises';
import { listAssignableUsers } from '@/db/queries/leads';
import { listMeetings } from '@/db/queries/meetings';
import { listTeamOptions } from '@/db/queries/teams';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { DomainError } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { meetingFilterSchema, type MeetingFilter } from '@/lib/validation/meetings';
import { requirePermission } from '@/lib/viewer';
import { MeetingFilters } from './_components/meeting-filters';
import { MeetingTable } from './_components/meeting-table';
import { presentParams, type SearchParams } from '@/lib/search-params';

export async function generateMetadata() {
  return { title: (await getTranslations('meetings'))('title') };
}

async function enterpriseName(viewer: Awaited<ReturnType<typeof requirePermission>>, id: string | undefined): Promise<string | null> {
  if (!id) return null;
  try {
    return (await getEnterpriseOrThrow(viewer, id)).name;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'notFound') return null;
    throw error;
  }
}

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission('meetings.read');
  const raw = presentParams(await searchParams);
  const filter: MeetingFilter = meetingFilterSchema.parse(raw);
  const showTeam = viewer.role !== 'officer';
  const [list, chains, teams, users, enterprise, t] = await Promise.all([
    listMeetings(viewer, filter),
    listChainOptions(viewer),
    listTeamOptions(viewer),
    listAssignableUsers(viewer),
    enterpriseName(viewer, filter.enterpriseId),
    getTranslations('meetings'),
  ]);
  const filtered = Object.entries(filter).some(([k, v]) => v !== undefined && k !== 'after');
  const mayWrite = can(viewer, 'meetings.write');
  const newHref = filter.enterpriseId ? `/meetings/new?enterpriseId=${filter.enterpriseId}` : '/meetings/new';

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={mayWrite && <ButtonLink href={newHref}>{t('new')}</ButtonLink>} />
      <div className="space-y-4">
        {raw.logged && <Notice tone="success">{t('logged')}</Notice>}
        <MeetingFilters filter={filter} chains={chains.map((c) => ({ id: c.id, name: c.name }))} teams={teams} users={users} showTeam={showTeam} enterpriseName={enterprise} />
        {list.rows.length === 0 ? (
          <EmptyState title={filtered ? t('emptyFiltered') : t('empty')}>{filtered ? t('emptyFilteredHint') : mayWrite ? t('emptyHint') : undefined}</EmptyState>
        ) : (
          <MeetingTable rows={list.rows} />
        )}
        <Pager params={filter} after={filter.after} next={list.next} label={t('pages')} />
      </div>
    </>
  );
}
