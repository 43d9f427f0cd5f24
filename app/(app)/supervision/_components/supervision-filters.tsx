import { useTranslations } from 'next-intl';
import { FilterForm } from '@/components/forms/filter-form';
import { Button, ButtonLink } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { SUPERVISION_FILTER_STATES, type SupervisionFilter } from '@/lib/validation/supervision';

/** State and team as a GET form: the choice lands in the URL and survives a reload. */
export function SupervisionFilters({ filter, teams }: { filter: SupervisionFilter; teams: { id: string; name: string }[] | null }) {
  const t = useTranslations('supervision');
  const tc = useTranslations('common');
  return (
    <FilterForm path="/supervision" label={t('filters.label')} className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-4 md:items-end">
      <SelectField label={t('fields.state')} name="state" defaultValue={filter.state ?? ''}>
        <option value="">{t('filters.anyState')}</option>
        {SUPERVISION_FILTER_STATES.map((s) => (
          <option key={s} value={s}>{t(`filters.states.${s}`)}</option>
        ))}
      </SelectField>
      {teams && (
        <SelectField label={t('fields.team')} name="teamId" defaultValue={filter.teamId ?? ''}>
          <option value="">{t('filters.anyTeam')}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>{team.name}</option>
          ))}
        </SelectField>
      )}
      <div className="col-span-2 flex items-end gap-2 md:col-span-1">
        <Button type="submit">{tc('filter')}</Button>
        <ButtonLink href="/supervision" variant="ghost">{tc('reset')}</ButtonLink>
      </div>
    </FilterForm>
  );
}
