'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/action';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from './submit-button';
import { useActionForm } from './use-action-form';

interface Props<T> {
  action: (prev: ActionResult<T> | null, input: FormData) => Promise<ActionResult<T>>;
  /** The record being edited; absent when creating one. Its version turns a concurrent edit into a conflict. */
  record?: { id: string; version: number };
  saved: string;
  /** The submit label when creating; an edit says "save". */
  createLabel: string;
  children: (fieldError: (name: string) => string | undefined) => ReactNode;
}

/**
 * A small create-or-edit form for an admin list (teams, departments) that stays on the page: it clears
 * itself after a create and refreshes the list beside it.
 */
export function RecordForm<T>({ action, record, saved, createLabel, children }: Props<T>) {
  const t = useTranslations('common');
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(action);

  useEffect(() => {
    if (!state?.ok) return;
    if (!record) form.current?.reset();
    router.refresh();
  }, [state, record, router]);

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate>
      {formError && <Notice tone="error" testId="form-error">{formError}</Notice>}
      {state?.ok && <Notice tone="success">{saved}</Notice>}
      {record && (
        <>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={record.version} />
        </>
      )}
      {children(fieldError)}
      <SubmitButton pending={pending}>{record ? t('save') : createLabel}</SubmitButton>
    </form>
  );
}
