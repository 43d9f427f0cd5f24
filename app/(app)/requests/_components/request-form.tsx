'use client';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { useTranslations } from 'next-intl';
import { StaleNotice } from '@/components/forms/stale-notice';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Notice } from '@/components/ui/notice';
import type { ActionResult } from '@/lib/action';
import { createRequest, updateRequest } from '../actions';
import { RequestFields, type RequestContent } from './request-fields';

type Props = { departments: { id: string; name: string }[] } & (
  | { record: { enterpriseId: string; projectId: string | null }; defaults: { deadline: string }; request?: never }
  | { request: RequestContent & { id: string; version: number }; record?: never; defaults?: never }
);

type Result = ActionResult<{ id: string } | { version: number }>;

/** 提出诉求 (then to its page), or 修改诉求 while 待分派 (then the page reloads). */
export function RequestForm({ departments, record, defaults, request }: Props) {
  const t = useTranslations('requests');
  const router = useRouter();
  const submit = useCallback(
    async (prev: Result | null, data: FormData): Promise<Result> => {
      if (request) {
        const result = await updateRequest(null, data);
        if (result.ok) router.refresh();
        return result;
      }
      const result = await createRequest(null, data);
      if (result.ok) router.push(`/requests/${result.data.id}?created=1`);
      return result;
    },
    [request, router],
  );
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(submit);
  const stale = state && !state.ok && state.error === 'conflict';
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4" aria-label={request ? t('edit.form') : t('new.title')}>
      {stale ? <StaleNotice /> : formError && <Notice tone="error">{formError}</Notice>}
      {request ? (
        <>
          <input type="hidden" name="id" value={request.id} />
          <input type="hidden" name="version" value={request.version} />
        </>
      ) : (
        <>
          <input type="hidden" name="enterpriseId" value={record.enterpriseId} />
          <input type="hidden" name="projectId" value={record.projectId ?? ''} />
        </>
      )}
      <RequestFields departments={departments} values={request ?? defaults} fieldError={fieldError} />
      <SubmitButton pending={pending}>{request ? t('edit.title') : t('new.submit')}</SubmitButton>
    </form>
  );
}
