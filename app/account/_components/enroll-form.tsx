'use client';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { confirmTwoFactor } from '../actions';
import { RecoveryCodes } from './recovery-codes';

/** The enrolment's last step: a code from the app proves it holds the key; then the recovery codes, once. */
export function EnrollForm() {
  const t = useTranslations('account');
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(confirmTwoFactor);
  if (state?.ok) return <RecoveryCodes codes={state.data.recoveryCodes} />;
  return (
    <form onSubmit={onSubmit} className="max-w-xs space-y-3" noValidate>
      <p className="text-sm font-medium text-slate-800">{t('confirmStep')}</p>
      {formError && <Notice tone="error" testId="form-error">{formError}</Notice>}
      <TextField label={t('code')} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required error={fieldError('code')} />
      <SubmitButton pending={pending}>{t('confirm')}</SubmitButton>
    </form>
  );
}
