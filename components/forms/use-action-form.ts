'use client';
import { useActionState, useTransition, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/action';

type FormAction<T> = (prev: ActionResult<T> | null, input: FormData) => Promise<ActionResult<T>>;

/**
 * useActionState plus translation of the action's message keys: `fieldError(name)` for the line under
 * a field, `formError` for the rest (e.g. "changed by someone else").
 *
 * Forms submit through `onSubmit` rather than `action=`: React resets a form after an `action=` call,
 * which would wipe what the user typed whenever the server answers with a validation error.
 */
export function useActionForm<T>(action: FormAction<T>) {
  const [state, formAction, actionPending] = useActionState(action, null);
  const [transitionPending, startTransition] = useTransition();
  const t = useTranslations('errors');
  const say = (key: string) => (t.has(key) ? t(key) : t('invalid'));
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const fieldError = (name: string) => (fieldErrors[name]?.[0] ? say(fieldErrors[name][0]) : undefined);
  // A field-level failure is shown at its field; a summary of it ("invalid", or the same message) would only repeat it.
  const atFields = Object.entries(fieldErrors).filter(([k]) => k !== '_form').flatMap(([, codes]) => codes);
  const repeatsField = state && !state.ok && atFields.length > 0 && (state.error === 'invalid' || atFields.includes(state.error));
  const formError = state && !state.ok && !repeatsField ? say(fieldErrors._form?.[0] ?? state.error) : undefined;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  };
  return { state, onSubmit, pending: actionPending || transitionPending, fieldError, formError };
}
