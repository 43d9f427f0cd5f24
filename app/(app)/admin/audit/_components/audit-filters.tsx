import { useTranslations } from 'next-intl';
import { FilterActions } from '@/components/forms/filter-actions';
import { FilterForm } from '@/components/forms/filter-form';
import { SelectField, TextField } from '@/components/ui/field';
import { AUDIT_ACTIONS, type AuditFilter } from '@/lib/validation/audit';

/** The audit filters as a GET form: exact values (login name, record, address) and zone calendar days. */
export function AuditFilters({ filter }: { filter: AuditFilter }) {
  const t = useTranslations('audit');
  return (
    <FilterForm path="/admin/audit" label={t('filters')} className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-4 md:items-end">
      <TextField label={t('actorLogin')} name="actor" defaultValue={filter.actor} autoComplete="off" />
      <SelectField label={t('action')} name="action" defaultValue={filter.action}>
        <option value="">{t('anyAction')}</option>
        {AUDIT_ACTIONS.map((a) => (
          <option key={a} value={a}>{t(`actions.${a}`)}</option>
        ))}
      </SelectField>
      <TextField label={t('entityType')} name="entityType" defaultValue={filter.entityType} autoComplete="off" />
      <TextField label={t('entityId')} name="entityId" defaultValue={filter.entityId} autoComplete="off" />
      <TextField label={t('ip')} name="ip" defaultValue={filter.ip} autoComplete="off" />
      <TextField label={t('from')} name="from" type="date" defaultValue={filter.from} />
      <TextField label={t('to')} name="to" type="date" defaultValue={filter.to} />
      <FilterActions resetHref="/admin/audit" />
    </FilterForm>
  );
}
