'use client';
import { useTranslations } from 'next-intl';
import { RecordForm } from '@/components/forms/record-form';
import { TextField } from '@/components/ui/field';
import { createTeam, updateTeam } from '../actions';

interface Props {
  /** Absent when creating a team. */
  team?: { id: string; name: string; chainFocus: string; version: number };
}

export function TeamForm({ team }: Props) {
  const t = useTranslations('admin');
  return (
    <RecordForm action={team ? updateTeam : createTeam} record={team} saved={t('teamSaved')} createLabel={t('newTeam')}>
      {(fieldError) => (
        <>
          <TextField label={t('teamName')} name="name" defaultValue={team?.name} required error={fieldError('name')} />
          <TextField label={t('chainFocus')} name="chainFocus" defaultValue={team?.chainFocus} error={fieldError('chainFocus')} />
        </>
      )}
    </RecordForm>
  );
}
