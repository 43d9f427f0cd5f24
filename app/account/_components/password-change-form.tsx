'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { changePassword } from '../actions';

/** Current password, new password twice; after a forced change it goes on into the app. */
export function PasswordChangeForm({ username, complexity, continueToApp }: { username: string; complexity: boolean; continueToApp: boolean }) {
  const t = useTranslations('account');
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(changePassword);

  useEffect(() => {
    if (!state?.ok) return;
    form.current?.reset();
    if (continueToApp) router.push('/dashboard');
    else router.refresh();
  }, [state, continueToApp, router]);

  return (
    <form ref={form} onSubmit={onSubmit} className="max-w-md space-y-4" noValidate>
      {formError && <Notice tone="error" testId="form-error">{formError}</Notice>}
      {state?.ok && <Notice tone="success">{t('passwordChanged')}</Notice>}
      {/* For password managers: which account this new password belongs to. */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <TextField label={t('currentPassword')} name="currentPassword" type="password" autoComplete="current-password" required error={fieldError('currentPassword')} />
      <TextField
        label={t('newPassword')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        error={fieldError('newPassword')}
        hint={t(complexity ? 'passwordRuleComplex' : 'passwordRuleSimple')}
      />
      <TextField label={t('confirmPassword')} name="confirmPassword" type="password" autoComplete="new-password" required error={fieldError('confirmPassword')} />
      <SubmitButton pending={pending}>{t('submitPassword')}</SubmitButton>
    </form>
  );
}
