'use client';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { resetUserPassword } from '../actions';

export function PasswordForm({ userId }: { userId: string }) {
  const t = useTranslations();
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(resetUserPassword);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      {formError && <Notice tone="error">{formError}</Notice>}
      {state?.ok && <Notice tone="success">{t('admin.passwordReset')}</Notice>}
      <input type="hidden" name="id" value={userId} />
      <TextField label={t('admin.newPassword')} name="password" type="password" autoComplete="new-password" required error={fieldError('password')} hint={t('admin.resetPasswordHint')} />
      <SubmitButton pending={pending} variant="secondary">{t('admin.resetPassword')}</SubmitButton>
    </form>
  );
}
