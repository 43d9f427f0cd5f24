import { useTranslations } from 'next-intl';
import { FilterForm } from '@/components/forms/filter-form';
import { ChoiceFilter } from '@/components/forms/choice-filter';
import { FilterActions } from '@/components/forms/filter-actions';
import { SelectField } from '@/components/ui/field';
import { SUPERVISION_FILTER_STATES, type SupervisionFilter } from '@/lib/validation/supervision';

/** State and team as a GET form: the choice lands in the URL and survives a reload. */
export function SupervisionFilters({ filter, teams }: { filter: SupervisionFilter; teams: { id: string; name: string }[] | null }) {
  const t = useTranslations('supervision');
  return (
    <FilterForm path="/supervision" label={t('filters.label')} className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-4 md:items-end">
      <SelectField label={t('fields.state')} name="state" defaultValue={filter.state ?? ''}>
        <option value="">{t('filters.anyState')}</option>
        {SUPERVISION_FILTER_STATES.map((s) => (
          <option key={s} value={s}>{t(`filters.states.${s}`)}</option>
        ))}
      </SelectField>
      {teams && <ChoiceFilter label={t('fields.team')} name="teamId" value={filter.teamId} anyLabel={t('filters.anyTeam')} options={teams} />}
      <FilterActions resetHref="/supervision" />
    </FilterForm>
  );
}
