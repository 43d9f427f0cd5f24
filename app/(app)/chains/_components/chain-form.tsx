'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { ChainMap } from '@/db/queries/chains';
import { createChain, updateChain } from '../actions';

interface Props {
  teams: { id: string; name: string }[];
  leaders: { id: string; name: string }[];
  /** Absent when creating. */
  chain?: ChainMap['chain'];
}

export function ChainForm({ teams, leaders, chain }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(chain ? updateChain : createChain);
  useEffect(() => {
    if (state?.ok && !chain) router.push(`/chains/${state.data.id}/manage`);
    else if (state?.ok) router.refresh();
  }, [state, chain, router]);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {formError && <Notice tone="error" testId="form-error">{formError}</Notice>}
      {state?.ok && chain && <Notice tone="success">{t('chains.saved')}</Notice>}
      {chain && (
        <>
          <input type="hidden" name="id" value={chain.id} />
          <input type="hidden" name="version" value={chain.version} />
        </>
      )}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField label={t('chains.name')} name="name" defaultValue={chain?.name} required error={fieldError('name')} />
        <TextField label={t('chains.sortOrder')} name="sortOrder" inputMode="numeric" defaultValue={chain?.sortOrder ?? 0} error={fieldError('sortOrder')} />
        <SelectField label={t('chains.team')} name="teamId" defaultValue={chain?.teamId ?? ''} error={fieldError('teamId')}>
          <option value="">{t('chains.none')}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>{team.name}</option>
          ))}
        </SelectField>
        <SelectField label={t('chains.leader')} name="leaderId" defaultValue={chain?.leaderId ?? ''} error={fieldError('leaderId')}>
          <option value="">{t('chains.none')}</option>
          {leaders.map((l) => (
            <option key={l.id} value={l.id}>{l.name}</option>
          ))}
        </SelectField>
      </div>
      <TextAreaField label={t('chains.chainDescription')} name="description" rows={3} defaultValue={chain?.description} error={fieldError('description')} />
      <SubmitButton pending={pending}>{chain ? t('common.save') : t('common.create')}</SubmitButton>
    </form>
  );
}
