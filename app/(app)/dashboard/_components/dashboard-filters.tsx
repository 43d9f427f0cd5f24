import { useTranslations } from 'next-intl';
import { FilterForm } from '@/components/forms/filter-form';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import type { LeagueSort } from '@/lib/validation/dashboard';

/** Year, team and chain as a GET form: every choice lands in the URL (the league table's sort rides along). */
export function DashboardFilters({ year, years, teamId, chainId, sort, teams, chains }: { year: number; years: number[]; teamId?: string; chainId?: string; sort?: LeagueSort; teams: { id: string; name: string }[]; chains: { id: string; name: string }[] }) {
  const t = useTranslations('dashboard.filters');
  const common = useTranslations('common');
  return (
    <FilterForm path="/dashboard" label={t('label')} className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-4 md:items-end">
      <SelectField label={t('year')} name="year" defaultValue={String(year)}>
        {years.map((y) => (
          <option key={y} value={y}>{t('yearValue', { year: y })}</option>
        ))}
      </SelectField>
      <SelectField label={t('team')} name="teamId" defaultValue={teamId ?? ''}>
        <option value="">{t('anyTeam')}</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>{team.name}</option>
        ))}
      </SelectField>
      <SelectField label={t('chain')} name="chainId" defaultValue={chainId ?? ''}>
        <option value="">{t('anyChain')}</option>
        {chains.map((c) => (
          <option key={c.id} value={c.id}>{c.name}</option>
        ))}
      </SelectField>
      {sort && <input type="hidden" name="sort" value={sort} />}
      <div className="flex items-end">
        <Button type="submit">{common('filter')}</Button>
      </div>
    </FilterForm>
  );
}
