'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/action';

type FormAction<T> = (prev: ActionResult<T> | null, input: FormData) => Promise<ActionResult<T>>;

/**
 * useActionState plus translation of the action's message keys: `fieldError(name)` for the line under
 * a field, `formError` for the rest (e.g. "changed by someone else").
 */
export function useActionForm<T>(action: FormAction<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  const t = useTranslations('errors');
  const say = (key: string) => (t.has(key) ? t(key) : t('invalid'));
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const fieldError = (name: string) => (fieldErrors[name]?.[0] ? say(fieldErrors[name][0]) : undefined);
  // A field-level failure is shown at its field; the generic "invalid" summary would only repeat it.
  const hasFieldErrors = Object.keys(fieldErrors).some((k) => k !== '_form');
  const formError = state && !state.ok && !(state.error === 'invalid' && hasFieldErrors) ? say(fieldErrors._form?.[0] ?? state.error) : undefined;
  return { state, formAction, pending, fieldError, formError };
}
