'use client';
import { useTranslations } from 'next-intl';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { REQUEST_CATEGORIES, REQUEST_URGENCIES } from '@/db/schema/requests';

export interface RequestContent {
  category: string;
  urgency: string;
  description: string;
  departmentId: string;
  deadline: string;
}

/** What an officer writes when raising or correcting a request: category, urgency, the text, department, deadline. */
export function RequestFields({ departments, values, fieldError }: { departments: { id: string; name: string }[]; values: Partial<RequestContent>; fieldError: (name: string) => string | undefined }) {
  const t = useTranslations('requests');
  return (
    <>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField label={t('fields.category')} name="category" required defaultValue={values.category ?? ''} error={fieldError('category')}>
          <option value="" disabled>—</option>
          {REQUEST_CATEGORIES.map((c) => (
            <option key={c} value={c}>{t(`category.${c}`)}</option>
          ))}
        </SelectField>
        <SelectField label={t('fields.urgency')} name="urgency" required defaultValue={values.urgency ?? 'normal'} error={fieldError('urgency')}>
          {REQUEST_URGENCIES.map((u) => (
            <option key={u} value={u}>{t(`urgency.${u}`)}</option>
          ))}
        </SelectField>
      </div>
      <TextAreaField label={t('fields.description')} name="description" required rows={4} maxLength={2000} defaultValue={values.description} error={fieldError('description')} hint={t('new.descriptionHint')} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField label={t('fields.department')} name="departmentId" required defaultValue={values.departmentId ?? ''} error={fieldError('departmentId')}>
          <option value="" disabled>—</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>{d.name}</option>
          ))}
        </SelectField>
        <TextField label={t('fields.deadline')} name="deadline" type="date" required defaultValue={values.deadline} error={fieldError('deadline')} />
      </div>
    </>
  );
}
