'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { ActionResult } from '@/lib/action';
import { RecoveryCodes } from './recovery-codes';

type Result = { id: string } | { recoveryCodes: string[] };

/** A two-factor change confirmed with the current password: new recovery codes (shown once), or switching it off. */
export function CurrentPasswordForm<T extends Result>({
  action,
  hint,
  submit,
  variant = 'secondary',
}: {
  action: (prev: ActionResult<T> | null, input: FormData) => Promise<ActionResult<T>>;
  hint: string;
  submit: string;
  variant?: 'secondary' | 'danger';
}) {
  const t = useTranslations('account');
  const router = useRouter();
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(action);
  const data: Result | null = state?.ok ? state.data : null;
  const codes = data && 'recoveryCodes' in data ? data.recoveryCodes : null;
  useEffect(() => {
    // Switched off: the page shows the enrolment again.
    if (data && !('recoveryCodes' in data)) router.refresh();
  }, [data, router]);
  if (codes) return <RecoveryCodes codes={codes} />;
  return (
    <form onSubmit={onSubmit} className="max-w-md space-y-3" noValidate>
      {formError && <Notice tone="error" testId="form-error">{formError}</Notice>}
      <TextField label={t('currentPassword')} name="currentPassword" type="password" autoComplete="current-password" required error={fieldError('currentPassword')} hint={hint} />
      <SubmitButton pending={pending} variant={variant}>{submit}</SubmitButton>
    </form>
  );
}
