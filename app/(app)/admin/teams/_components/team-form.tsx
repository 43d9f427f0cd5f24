'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { createTeam, updateTeam } from '../actions';

interface Props {
  /** Absent when creating a team. */
  team?: { id: string; name: string; chainFocus: string; version: number };
}

export function TeamForm({ team }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(team ? updateTeam : createTeam);

  useEffect(() => {
    if (!state?.ok) return;
    if (!team) form.current?.reset();
    router.refresh();
  }, [state, team, router]);

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate>
      {formError && <Notice tone="error" testId="form-error">{formError}</Notice>}
      {state?.ok && <Notice tone="success">{t('admin.teamSaved')}</Notice>}
      {team && (
        <>
          <input type="hidden" name="id" value={team.id} />
          <input type="hidden" name="version" value={team.version} />
        </>
      )}
      <TextField label={t('admin.teamName')} name="name" defaultValue={team?.name} required error={fieldError('name')} />
      <TextField label={t('admin.chainFocus')} name="chainFocus" defaultValue={team?.chainFocus} error={fieldError('chainFocus')} />
      <SubmitButton pending={pending}>{team ? t('common.save') : t('admin.newTeam')}</SubmitButton>
    </form>
  );
}
