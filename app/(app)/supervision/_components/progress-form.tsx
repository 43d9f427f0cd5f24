'use client';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { useTranslations } from 'next-intl';
import { StaleNotice } from '@/components/forms/stale-notice';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextAreaField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { ActionResult } from '@/lib/action';
import { reportProgress } from '../actions';

type Result = ActionResult<{ version: number }>;

/** 报告办理情况: the assignee's note joins the history; the page then reloads (the form is keyed by version). */
export function ProgressForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations('supervision');
  const router = useRouter();
  const report = useCallback(
    async (prev: Result | null, data: FormData) => {
      const result = await reportProgress(prev, data);
      if (result.ok) router.refresh();
      return result;
    },
    [router],
  );
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(report);
  const stale = state && !state.ok && state.error === 'conflict';
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t('progress.form')}>
      {stale ? <StaleNotice /> : formError && <Notice tone="error">{formError}</Notice>}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField id="progress-note" label={t('progress.note')} name="note" required rows={3} maxLength={2000} error={fieldError('note')} />
      <SubmitButton pending={pending}>{t('progress.submit')}</SubmitButton>
    </form>
  );
}
