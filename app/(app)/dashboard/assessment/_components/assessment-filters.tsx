import { useTranslations } from 'next-intl';
import { FilterForm } from '@/components/forms/filter-form';
import { Button, ButtonLink } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ASSESSMENT_GROUPS, type AssessmentQuery } from '@/lib/validation/assessment';

/** Period, grouping and team as a GET form: the choice lands in the URL (and in the export link); the sort stays. */
export function AssessmentFilters({ query, teams }: { query: AssessmentQuery; teams: { id: string; name: string }[] }) {
  const t = useTranslations('assessment');
  return (
    <FilterForm path="/dashboard/assessment" label={t('filters.label')} className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-5 md:items-end">
      <TextField label={t('filters.from')} name="from" type="date" defaultValue={query.from} required />
      <TextField label={t('filters.to')} name="to" type="date" defaultValue={query.to} required />
      <SelectField label={t('filters.by')} name="by" defaultValue={query.by}>
        {ASSESSMENT_GROUPS.map((by) => (
          <option key={by} value={by}>{t(`by.${by}`)}</option>
        ))}
      </SelectField>
      <SelectField label={t('filters.team')} name="teamId" defaultValue={query.teamId ?? ''}>
        <option value="">{t('filters.anyTeam')}</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>{team.name}</option>
        ))}
      </SelectField>
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <div className="col-span-2 flex items-end gap-2 md:col-span-1">
        <Button type="submit">{t('filters.show')}</Button>
        <ButtonLink href="/dashboard/assessment" variant="ghost">{t('filters.reset')}</ButtonLink>
      </div>
    </FilterForm>
  );
}
