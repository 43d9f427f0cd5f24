import { useTranslations } from 'next-intl';
import { FilterForm } from '@/components/forms/filter-form';
import { ChoiceFilter } from '@/components/forms/choice-filter';
import { FilterActions } from '@/components/forms/filter-actions';
import { SelectField } from '@/components/ui/field';
import { REQUEST_CATEGORIES } from '@/db/schema/requests';
import { REQUEST_FILTER_STATES, type RequestFilter } from '@/lib/validation/requests';

type Option = { id: string; name: string };

/** State, department, category and team as a GET form: the choice lands in the URL and survives a reload. */
export function RequestFilters({ filter, departments, teams }: { filter: RequestFilter; departments: Option[] | null; teams: Option[] | null }) {
  const t = useTranslations('requests');
  return (
    <FilterForm path="/requests" label={t('filters.label')} className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-5 md:items-end">
      <SelectField label={t('fields.state')} name="state" defaultValue={filter.state}>
        {REQUEST_FILTER_STATES.map((s) => (
          <option key={s} value={s}>{t(`filters.states.${s}`)}</option>
        ))}
      </SelectField>
      {departments && <ChoiceFilter label={t('fields.department')} name="departmentId" value={filter.departmentId} anyLabel={t('filters.anyDepartment')} options={departments} />}
      <SelectField label={t('fields.category')} name="category" defaultValue={filter.category ?? ''}>
        <option value="">{t('filters.anyCategory')}</option>
        {REQUEST_CATEGORIES.map((c) => (
          <option key={c} value={c}>{t(`category.${c}`)}</option>
        ))}
      </SelectField>
      {teams && <ChoiceFilter label={t('fields.team')} name="teamId" value={filter.teamId} anyLabel={t('filters.anyTeam')} options={teams} />}
      <FilterActions resetHref="/requests" />
    </FilterForm>
  );
}
