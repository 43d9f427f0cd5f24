import { getTranslations } from 'next-intl/server';
import { listChainOptions } from '@/db/queries/chains';
import { listAssignableUsers, listLeadBoard, listLeads } from '@/db/queries/leads';
import { listTeamOptions } from '@/db/queries/teams';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { can } from '@/lib/permissions';
import { leadFilterSchema } from '@/lib/validation/leads';
import { requirePermission } from '@/lib/viewer';
import { Board } from './_components/board';
import { LeadFilters } from './_components/lead-filters';
import { LeadTable } from './_components/lead-table';
import { ViewSwitch } from './_components/view-switch';
import { presentParams, type SearchParams } from '@/lib/search-params';

export async function generateMetadata() {
  return { title: (await getTranslations('leads'))('title') };
}

export default async function LeadsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission('leads.read');
  const filter = leadFilterSchema.parse(presentParams(await searchParams));
  const view = filter.view ?? 'board';
  const [chains, teams, owners, t, columns, list] = await Promise.all([
    listChainOptions(viewer),
    listTeamOptions(viewer),
    listAssignableUsers(viewer),
    getTranslations(),
    view === 'board' ? listLeadBoard(viewer, filter) : null,
    view === 'table' ? listLeads(viewer, filter) : null,
  ]);
  const filtered = Object.entries(filter).some(([k, v]) => v !== undefined && k !== 'view' && k !== 'sort' && k !== 'after');
  const mayWrite = can(viewer, 'leads.write');

  const header = (
    <PageHeader
      title={t('leads.title')}
      description={t('leads.description')}
      actions={
        <>
          <ViewSwitch filter={filter} />
          {can(viewer, 'leads.conflicts') && <ButtonLink href="/leads/conflicts" variant="ghost">{t('leads.conflicts')}</ButtonLink>}
          {can(viewer, 'intake.decide') && <ButtonLink href="/leads/intake" variant="ghost">{t('leads.intake')}</ButtonLink>}
          {can(viewer, 'leads.import') && <ButtonLink href="/leads/import" variant="secondary">{t('leads.import')}</ButtonLink>}
          {mayWrite && <ButtonLink href="/leads/new">{t('leads.new')}</ButtonLink>}
        </>
      }
    />
  );
  const filters = <LeadFilters filter={filter} chains={chains} teams={teams} owners={owners} showTeam={viewer.role !== 'officer'} />;
  const empty = (
    <EmptyState title={filtered ? t('leads.emptyFiltered') : t('leads.empty')}>
      {filtered ? t('leads.emptyFilteredHint') : mayWrite ? t('leads.emptyHint') : undefined}
    </EmptyState>
  );

  if (columns) {
    const total = columns.reduce((n, c) => n + c.count, 0);
    return (
      <>
        {header}
        <div className="space-y-4">
          {filters}
          <p className="text-sm text-slate-500" aria-live="polite">{t('leads.boardTotal', { count: total })}</p>
          {total === 0 ? empty : <Board columns={columns} mayWrite={mayWrite} />}
        </div>
      </>
    );
  }

  if (!list) return null;
  return (
    <>
      {header}
      <div className="space-y-4">
        {filters}
        <p className="text-sm text-slate-500" aria-live="polite">{list.totalCapped ? t('leads.totalCapped', { count: list.total }) : t('leads.total', { count: list.total })}</p>
        {list.rows.length === 0 ? empty : <LeadTable rows={list.rows} filter={filter} />}
        <Pager params={filter} after={filter.after} next={list.next} label={t('leads.table.pages')} />
      </div>
    </>
  );
}
