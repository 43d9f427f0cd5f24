'use client';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextAreaField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { ActionResult } from '@/lib/action';
import { resolveConflict } from '../actions';

/** "Keep both": clears the 撞单 flag on every lead of the enterprise, with the leader's note on each. */
export function ResolveConflictForm({ enterpriseId, enterpriseName }: { enterpriseId: string; enterpriseName: string }) {
  const t = useTranslations('conflicts');
  const router = useRouter();
  // Navigate from inside the action: the refreshed list drops this group (and this form) at once, before
  // an effect watching the result could run.
  const resolve = useCallback(
    async (prev: ActionResult<{ resolved: number }> | null, input: FormData) => {
      const result = await resolveConflict(prev, input);
      if (result.ok) router.push('/leads/conflicts?resolved=1');
      return result;
    },
    [router],
  );
  const { onSubmit, pending, fieldError, formError } = useActionForm(resolve);

  return (
    <form onSubmit={onSubmit} className="space-y-3 border-t border-slate-100 pt-4" noValidate aria-label={t('keepBothFor', { name: enterpriseName })}>
      {formError && <Notice tone="error" testId="resolve-error">{formError}</Notice>}
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      <TextAreaField label={t('note')} name="note" id={`note-${enterpriseId}`} required maxLength={500} rows={2} hint={t('noteHint')} error={fieldError('note')} />
      <SubmitButton pending={pending} variant="secondary">{t('keepBoth')}</SubmitButton>
    </form>
  );
}
