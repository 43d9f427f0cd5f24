import { getTranslations } from 'next-intl/server';
import { listChainOptions } from '@/db/queries/chains';
import { listAssignableUsers } from '@/db/queries/leads';
import { listOccasions, listProjectBoard, listProjects, type ProjectTotals as Totals } from '@/db/queries/project-list';
import { listTeamOptions } from '@/db/queries/teams';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { can } from '@/lib/permissions';
import { zoneToday } from '@/lib/project-status';
import { parseProjectFilter } from '@/lib/validation/projects';
import { requirePermission } from '@/lib/viewer';
import { ExportLinks } from '../_components/export-links';
import { ProjectBoard } from '../_components/project-board';
import { ProjectFilters } from '../_components/project-filters';
import { ProjectTable } from '../_components/project-table';
import { ProjectTotals } from '../_components/project-totals';
import { ProjectViewSwitch, type ProjectPageFilter } from '../_components/project-view-switch';

export async function generateMetadata() {
  return { title: (await getTranslations('projects'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ProjectsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requirePermission('projects.read');
  // Lenient: a hand-edited bad value is dropped and the rest still applies (the export route is strict instead).
  const filter: ProjectPageFilter = parseProjectFilter(await searchParams);
  const view = filter.view ?? 'board';
  // One "today" for the whole page, so every card counts its days from the same date.
  const today = zoneToday();
  const [chains, teams, owners, occasions, t, columns, list] = await Promise.all([
    listChainOptions(viewer),
    listTeamOptions(viewer),
    listAssignableUsers(viewer),
    listOccasions(viewer),
    getTranslations(),
    view === 'board' ? listProjectBoard(viewer, filter) : null,
    view === 'table' ? listProjects(viewer, filter) : null,
  ]);
  const filtered = Object.entries(filter).some(([k, v]) => v !== undefined && k !== 'view' && k !== 'sort' && k !== 'after');

  const header = (
    <PageHeader
      title={t('projects.title')}
      description={t('projects.description')}
      actions={
        <>
          <ProjectViewSwitch filter={filter} />
          {can(viewer, 'projects.export') && <ExportLinks filter={filter} />}
        </>
      }
    />
  );
  const filters = (
    <ProjectFilters
      filter={filter}
      chains={chains}
      teams={teams}
      owners={owners}
      occasions={occasions}
      currentYear={Number(today.slice(0, 4))}
      showTeam={viewer.role !== 'officer'}
    />
  );
  const empty = (
    <EmptyState title={filtered ? t('projects.emptyFiltered') : t('projects.empty')}>
      {filtered ? t('projects.emptyFilteredHint') : can(viewer, 'projects.write') ? t('projects.emptyHint') : undefined}
    </EmptyState>
  );

  if (columns) {
    const totals = columns.reduce<Totals>((sum, c) => ({ count: sum.count + c.count, contracted: sum.contracted + c.contracted, fundsInPlace: sum.fundsInPlace + c.fundsInPlace }), { count: 0, contracted: 0, fundsInPlace: 0 });
    return (
      <>
        {header}
        <div className="space-y-4">
          {filters}
          <ProjectTotals totals={totals} />
          {totals.count === 0 ? empty : <ProjectBoard columns={columns} filter={filter} today={today} />}
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
        <ProjectTotals totals={list.totals} />
        {list.rows.length === 0 ? empty : <ProjectTable rows={list.rows} filter={filter} today={today} />}
        <Pager params={filter} after={filter.after} next={list.next} label={t('projects.table.pages')} />
      </div>
    </>
  );
}
