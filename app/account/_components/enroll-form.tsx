'use client';
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { confirmTwoFactor } from '../actions';
import { RecoveryCodes } from './recovery-codes';

/**
 * Enrolment: the QR code (drawn on the server) or the key by hand, then a code from the app, which proves
 * it holds the key. After that only the recovery codes are shown, once.
 */
export function EnrollForm({ qr, secret }: { qr: ReactNode; secret: string }) {
  const t = useTranslations('account');
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(confirmTwoFactor);
  if (state?.ok) return <RecoveryCodes codes={state.data.recoveryCodes} />;
  return (
    <>
      <p className="mb-4 text-sm text-slate-600">{t('twoFactorOff')}</p>
      <div className="grid grid-cols-1 gap-6 sm:grid-cols-[auto_minmax(0,1fr)]">
        <div className="space-y-2">
          <p className="text-sm font-medium text-slate-800 sm:max-w-48">{t('scanStep')}</p>
          {qr}
        </div>
        <div className="min-w-0 space-y-4">
          <div>
            <p className="text-sm text-slate-600">{t('manualEntry')}</p>
            <p className="mt-1 font-mono text-base tracking-wider break-all text-slate-900" aria-label={t('secret')} data-testid="totp-secret">
              {secret.match(/.{1,4}/g)!.join(' ')}
            </p>
          </div>
          <form onSubmit={onSubmit} className="max-w-xs space-y-3" noValidate>
            <p className="text-sm font-medium text-slate-800">{t('confirmStep')}</p>
            {formError && <Notice tone="error" testId="form-error">{formError}</Notice>}
            <TextField label={t('code')} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required error={fieldError('code')} />
            <SubmitButton pending={pending}>{t('confirm')}</SubmitButton>
          </form>
        </div>
      </div>
    </>
  );
}
