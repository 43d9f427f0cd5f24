import { useTranslations } from 'next-intl';
import { FilterActions } from '@/components/forms/filter-actions';
import { FilterForm } from '@/components/forms/filter-form';
import { TeamOwnerFilterFields } from '@/components/forms/team-owner-filter-fields';
import { ChainFilterFields } from '@/components/chains/chain-filter-fields';
import { SelectField, TextField } from '@/components/ui/field';
import { MoreFilters } from '@/components/ui/more-filters';
import type { listChainOptions } from '@/db/queries/chains';
import { PROJECT_STATUSES } from '@/db/schema/projects';
import { projectsHref, type ProjectPageFilter } from './project-view-switch';

interface Props {
  filter: ProjectPageFilter;
  chains: Awaited<ReturnType<typeof listChainOptions>>;
  teams: { id: string; name: string }[];
  owners: { id: string; name: string; teamId: string | null }[];
  occasions: string[];
  /** This year in the zone's calendar: the year select offers it and the five before. */
  currentYear: number;
  /** Officers see their own team's projects only, so a team filter would offer nothing. */
  showTeam: boolean;
}

/** The wall chart's filters as a GET form: every choice lands in the URL, survives a reload and feeds the export links. */
export function ProjectFilters({ filter, chains, teams, owners, occasions, currentYear, showTeam }: Props) {
  const t = useTranslations();
  const f = (key: string) => t(`projects.filters.${key}`);
  const label = (key: string) => t(`projects.fields.${key}`);
  // A year or an occasion typed into the URL is kept as an extra choice, so the form shows what applies.
  const years = Array.from({ length: 6 }, (_, i) => currentYear - i);
  if (filter.year && !years.includes(filter.year)) years.push(filter.year);
  const occasionOptions = filter.occasion && !occasions.includes(filter.occasion) ? [filter.occasion, ...occasions] : occasions;
  const secondary = Boolean(
    filter.fromMonth || filter.toMonth || filter.chainId || filter.nodeId || filter.action || filter.teamId || filter.ownerId || filter.major || filter.occasion,
  );
  return (
    <FilterForm path="/projects" label={f('label')} className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-4 xl:grid-cols-6 xl:items-end">
      <SelectField label={f('year')} name="year" defaultValue={filter.year ? String(filter.year) : ''}>
        <option value="">{f('anyYear')}</option>
        {years.sort((a, b) => b - a).map((year) => (
          <option key={year} value={year}>{year}</option>
        ))}
      </SelectField>
      <SelectField label={label('status')} name="status" defaultValue={filter.status ?? ''}>
        <option value="">{f('anyStatus')}</option>
        {PROJECT_STATUSES.map((s) => (
          <option key={s} value={s}>{t(`projectStatus.${s}`)}</option>
        ))}
      </SelectField>
      <MoreFilters active={secondary}>
        <TextField label={f('fromMonth')} name="fromMonth" type="month" defaultValue={filter.fromMonth} max={filter.toMonth} />
        <TextField label={f('toMonth')} name="toMonth" type="month" defaultValue={filter.toMonth} min={filter.fromMonth} />
        <SelectField label={f('major')} name="major" defaultValue={filter.major ?? ''}>
          <option value="">{f('anyMajor')}</option>
          <option value="1">{f('majorOnly')}</option>
          <option value="0">{f('notMajor')}</option>
        </SelectField>
        <SelectField label={label('occasion')} name="occasion" defaultValue={filter.occasion ?? ''}>
          <option value="">{f('anyOccasion')}</option>
          {occasionOptions.map((o) => (
            <option key={o} value={o}>{o}</option>
          ))}
        </SelectField>
        <ChainFilterFields
          chains={chains}
          values={filter}
          labels={{
            chain: label('chain'),
            node: label('node'),
            action: label('action'),
            anyChain: f('anyChain'),
            anyNode: f('anyNode'),
            anyAction: f('anyAction'),
          }}
        />
        <TeamOwnerFilterFields
          teams={teams}
          owners={owners}
          values={filter}
          showTeam={showTeam}
          labels={{ team: label('team'), owner: label('owner'), anyTeam: f('anyTeam'), anyOwner: f('anyOwner') }}
        />
      </MoreFilters>
      <FilterActions view={filter.view} sort={filter.sort} resetHref={projectsHref({ view: filter.view })} />
    </FilterForm>
  );
}
