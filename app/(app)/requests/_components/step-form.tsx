'use client';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { useTranslations } from 'next-intl';
import { StaleNotice } from '@/components/forms/stale-notice';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SATISFACTIONS } from '@/db/schema/requests';
import type { ActionResult } from '@/lib/action';
import type { RequestMove } from '@/lib/request-flow';
import { acceptRequest, confirmRequest, resolveRequest } from '../actions';

type Result = ActionResult<{ version: number }>;
const ACTIONS = { accept: acceptRequest, resolve: resolveRequest, confirm: confirmRequest } as const;

/** The next step the viewer may take: 受理 or 报告办结 (the department), 回访确认 (the raising team). The page reloads after. */
export function StepForm({ move, id, version }: { move: RequestMove; id: string; version: number }) {
  const t = useTranslations('requests');
  const router = useRouter();
  const run = useCallback(
    async (prev: Result | null, data: FormData) => {
      const result = await ACTIONS[move](prev, data);
      if (result.ok) router.refresh();
      return result;
    },
    [move, router],
  );
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(run);
  const stale = state && !state.ok && state.error === 'conflict';
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t(`${move}.form`)}>
      {stale ? <StaleNotice /> : formError && <Notice tone="error">{formError}</Notice>}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {move === 'accept' && <TextAreaField id="step-note" label={t('accept.note')} name="note" rows={2} maxLength={2000} error={fieldError('note')} />}
      {move === 'resolve' && <TextAreaField id="step-result" label={t('resolve.result')} name="result" required rows={3} maxLength={2000} error={fieldError('result')} />}
      {move === 'confirm' && (
        <>
          <SelectField id="step-satisfaction" label={t('confirm.satisfaction')} name="satisfaction" required defaultValue="" error={fieldError('satisfaction')}>
            <option value="" disabled>—</option>
            {SATISFACTIONS.map((s) => (
              <option key={s} value={s}>{t(`satisfaction.${s}`)}</option>
            ))}
          </SelectField>
          <TextAreaField id="step-note" label={t('confirm.note')} name="note" rows={2} maxLength={2000} error={fieldError('note')} />
          <TextField id="step-deadline" label={t('confirm.deadline')} name="deadline" type="date" hint={t('confirm.deadlineHint')} error={fieldError('deadline')} />
        </>
      )}
      <SubmitButton pending={pending}>{t(`${move}.submit`)}</SubmitButton>
    </form>
  );
}
