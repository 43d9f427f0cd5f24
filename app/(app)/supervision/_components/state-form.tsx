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
import { closeSupervision, reopenSupervision } from '../actions';

type Result = ActionResult<{ version: number }>;

/** The leader's side: 办结 an open item with a closing remark, or 重新打开 a closed one (saying why). */
export function StateForm({ id, version, open }: { id: string; version: number; open: boolean }) {
  const t = useTranslations('supervision');
  const router = useRouter();
  const run = useCallback(
    async (prev: Result | null, data: FormData) => {
      const result = await (open ? closeSupervision : reopenSupervision)(prev, data);
      if (result.ok) router.refresh();
      return result;
    },
    [open, router],
  );
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(run);
  const stale = state && !state.ok && state.error === 'conflict';
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={open ? t('close.form') : t('reopen.form')}>
      {stale ? <StaleNotice /> : formError && <Notice tone="error">{formError}</Notice>}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField id="state-remark" label={open ? t('close.remark') : t('reopen.remark')} name="remark" rows={2} maxLength={2000} error={fieldError('remark')} />
      <SubmitButton pending={pending} variant={open ? 'primary' : 'secondary'}>{open ? t('close.submit') : t('reopen.submit')}</SubmitButton>
    </form>
  );
}
