'use client';
import { useTranslations } from 'next-intl';
import { RecordForm } from '@/components/forms/record-form';
import { TextField } from '@/components/ui/field';
import { createDepartment, updateDepartment } from '../actions';

interface Props {
  /** Absent when creating a department. */
  department?: { id: string; name: string; phone: string; version: number };
}

export function DepartmentForm({ department }: Props) {
  const t = useTranslations('admin');
  return (
    <RecordForm action={department ? updateDepartment : createDepartment} record={department} saved={t('departmentSaved')} createLabel={t('newDepartment')}>
      {(fieldError) => (
        <>
          <TextField label={t('departmentName')} name="name" defaultValue={department?.name} required error={fieldError('name')} />
          <TextField label={t('departmentPhone')} name="phone" type="tel" defaultValue={department?.phone} error={fieldError('phone')} hint={t('departmentPhoneHint')} />
        </>
      )}
    </RecordForm>
  );
}
