'use client';
import { useRouter } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { SecurityPolicy } from '@/lib/security-policy';
import { AUDIT_RETENTION_DAYS, PASSWORD_MAX_AGE_DAYS } from '@/lib/security-policy';
import { saveSecurityPolicy } from '../actions';

/** A switch with its label and what it does underneath (tied by aria-describedby). */
function Switch({ name, label, hint, defaultChecked }: { name: keyof SecurityPolicy; label: string; hint: string; defaultChecked: boolean }) {
  return (
    <div className="flex items-start gap-2.5">
      <input id={name} type="checkbox" name={name} defaultChecked={defaultChecked} aria-describedby={`${name}-hint`} className="mt-0.5 size-4 shrink-0 accent-brand-600" />
      <div className="min-w-0">
        <label htmlFor={name} className="text-sm font-medium text-slate-800">{label}</label>
        <p id={`${name}-hint`} className="mt-0.5 text-xs text-slate-500">{hint}</p>
      </div>
    </div>
  );
}

/** A group of settings under its heading; the ones after the first are set off by a rule. */
function Section({ title, first, children }: { title: string; first?: boolean; children: ReactNode }) {
  return (
    <div className={first ? undefined : 'border-t border-slate-100 pt-4'}>
      <fieldset>
        <legend className="mb-3 text-sm font-semibold text-slate-900">{title}</legend>
        <div className="space-y-4">{children}</div>
      </fieldset>
    </div>
  );
}

/** /admin/security's settings. The version turns two admins saving at once into a clear conflict. */
export function SecurityPolicyForm({ policy }: { policy: SecurityPolicy & { version: number } }) {
  const t = useTranslations('security');
  const common = useTranslations('common');
  const router = useRouter();
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(saveSecurityPolicy);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  // Each setting's label is security.<name>, its help text security.<name>Hint.
  const flag = (name: 'passwordComplexity' | 'passwordMaxAgeEnabled' | 'twoFactorForAdmins') => (
    <Switch name={name} label={t(name)} hint={t(`${name}Hint`)} defaultChecked={policy[name]} />
  );
  const days = (name: 'passwordMaxAgeDays' | 'auditRetentionDays', bounds: { min: number; max: number }) => (
    <TextField label={t(name)} name={name} type="number" {...bounds} defaultValue={policy[name]} required className="max-w-32" error={fieldError(name)} hint={t(`${name}Hint`)} />
  );
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      {formError && <Notice tone="error" testId="form-error">{formError}</Notice>}
      {state?.ok && <Notice tone="success">{t('saved')}</Notice>}
      <input type="hidden" name="version" value={state?.ok ? state.data.version : policy.version} />
      <Section title={t('passwordSection')} first>
        {flag('passwordComplexity')}
        {flag('passwordMaxAgeEnabled')}
        {days('passwordMaxAgeDays', PASSWORD_MAX_AGE_DAYS)}
      </Section>
      <Section title={t('twoFactorSection')}>{flag('twoFactorForAdmins')}</Section>
      <Section title={t('auditSection')}>{days('auditRetentionDays', AUDIT_RETENTION_DAYS)}</Section>
      <SubmitButton pending={pending}>{common('save')}</SubmitButton>
    </form>
  );
}
