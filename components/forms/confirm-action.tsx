'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import type { ActionResult } from '@/lib/action';
import { Notice } from '@/components/ui/notice';
import { ConfirmSubmit } from './confirm-submit';
import { useActionForm } from './use-action-form';

interface Props<T> {
  action: (prev: ActionResult<T> | null, input: FormData) => Promise<ActionResult<T>>;
  /** Hidden inputs: the record id, its version… A list sends one input per value under the same name. */
  fields: Record<string, string | number | readonly string[]>;
  label: string;
  title: string;
  message: string;
  variant?: 'danger' | 'secondary';
  /** Where to go afterwards; the current page is refreshed when absent. */
  redirectTo?: string;
  errorTestId?: string;
}

/** One button that asks for confirmation, then runs a Server Action on a record (delete, restore, merge…). */
export function ConfirmAction<T>({ action, fields, label, title, message, variant, redirectTo, errorTestId }: Props<T>) {
  const router = useRouter();
  const { state, onSubmit, formError } = useActionForm(action);
  useEffect(() => {
    if (!state?.ok) return;
    if (redirectTo) router.push(redirectTo);
    else router.refresh();
  }, [state, redirectTo, router]);
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      {formError && <Notice tone="error" testId={errorTestId}>{formError}</Notice>}
      {Object.entries(fields).flatMap(([name, value]) =>
        typeof value === 'object' ? value.map((v) => <input key={`${name}:${v}`} type="hidden" name={name} value={v} />) : [<input key={name} type="hidden" name={name} value={value} />],
      )}
      <ConfirmSubmit variant={variant} label={label} title={title} message={message} />
    </form>
  );
}
