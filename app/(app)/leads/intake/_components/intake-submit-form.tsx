'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextAreaField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { submitIntake } from '../actions';

/** A liaison's report of a possible lead: what they know, nothing more is required than a name and a hint. */
export function IntakeSubmitForm() {
  const t = useTranslations('intake');
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(submitIntake);

  useEffect(() => {
    if (!state?.ok) return;
    // Ready for the next one; the list below picks up the new row.
    form.current?.reset();
    router.refresh();
  }, [state, router]);

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate>
      {formError && <Notice tone="error" testId="form-error">{formError}</Notice>}
      {state?.ok && <Notice tone="success">{t('submitted')}</Notice>}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <TextField label={t('enterpriseName')} name="enterpriseName" required maxLength={100} autoComplete="off" error={fieldError('enterpriseName')} />
        </div>
        <div className="sm:col-span-2">
          <TextField label={t('uscc')} name="uscc" maxLength={18} autoComplete="off" autoCapitalize="characters" spellCheck={false} className="font-mono" hint={t('usccHint')} error={fieldError('uscc')} />
        </div>
        <TextField label={t('contactName')} name="contactName" maxLength={30} autoComplete="off" error={fieldError('contactName')} />
        <TextField label={t('contactPhone')} name="contactPhone" type="tel" inputMode="numeric" maxLength={11} autoComplete="off" error={fieldError('contactPhone')} />
        <div className="sm:col-span-2">
          <TextAreaField label={t('projectHint')} name="projectHint" required maxLength={1000} rows={4} hint={t('projectHintHint')} error={fieldError('projectHint')} />
        </div>
      </div>
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}
