import { useTranslations } from 'next-intl';
import { FilterForm } from '@/components/forms/filter-form';
import { ChainFilterFields } from '@/components/chains/chain-filter-fields';
import { Button, ButtonLink } from '@/components/ui/button';
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
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
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
        {showTeam && (
          <SelectField label={label('team')} name="teamId" defaultValue={filter.teamId ?? ''}>
            <option value="">{f('anyTeam')}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>{team.name}</option>
            ))}
          </SelectField>
        )}
        <SelectField label={label('owner')} name="ownerId" defaultValue={filter.ownerId ?? ''}>
          <option value="">{f('anyOwner')}</option>
          {owners.map((o) => {
            const team = o.teamId ? teamName.get(o.teamId) : undefined;
            return (
              <option key={o.id} value={o.id}>{showTeam && team ? `${o.name} · ${team}` : o.name}</option>
            );
          })}
        </SelectField>
      </MoreFilters>
      {filter.view && <input type="hidden" name="view" value={filter.view} />}
      {filter.view === 'table' && filter.sort && <input type="hidden" name="sort" value={filter.sort} />}
      <div className="col-span-2 flex items-end gap-2 md:col-span-1">
        <Button type="submit">{t('common.filter')}</Button>
        <ButtonLink href={projectsHref({ view: filter.view })} variant="ghost">{t('common.reset')}</ButtonLink>
      </div>
    </FilterForm>
  );
}
