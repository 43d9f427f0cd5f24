'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { ButtonLink } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { MajorBadge } from '@/components/projects/major-badge';
import { PROJECT_KINDS } from '@/db/schema/projects';
import type { ActionResult } from '@/lib/action';
import { isMajor } from '@/lib/project-status';
import { signLead } from '../../../../projects/actions';
import { StaleNotice } from '../../../_components/stale-notice';

interface Props {
  lead: { id: string; version: number; projectName: string; intendedInvestment: number | null; landArea: number | null; expectedJobs: number | null };
  /** Earlier signing occasions (春季集中签约…), offered as suggestions so one event is spelled one way. */
  occasions: string[];
  /** Today in Asia/Shanghai, 'YYYY-MM-DD'. */
  today: string;
}

type SignAction = (prev: ActionResult<{ id: string }> | null, input: FormData) => Promise<ActionResult<{ id: string }>>;

/**
 * The signing form, prefilled from the lead. 重大项目 is derived from the contracted amount as it is
 * typed (never a field); the server decides it again from what is saved.
 */
export function SignForm({ lead, occasions, today }: Props) {
  const t = useTranslations('sign');
  const tk = useTranslations('project.kind');
  const router = useRouter();
  // Navigate from inside the action: on success the lead page's data changes under this form.
  const save = useCallback<SignAction>(
    async (prev, data) => {
      const result = await signLead(prev, data);
      if (result.ok) router.push(`/projects/${result.data.id}?signed=1`);
      return result;
    },
    [router],
  );
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(save);
  const [amount, setAmount] = useState(lead.intendedInvestment === null ? '' : String(lead.intendedInvestment));
  const typed = amount.trim() === '' ? NaN : Number(amount);
  const major = Number.isFinite(typed) && isMajor(typed);
  const stale = state && !state.ok && state.error === 'conflict';
  const f = (key: string) => t(`fields.${key}`);
  const num = (v: number | null) => (v === null ? '' : String(v));

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate data-testid="sign-form">
      {stale ? <StaleNotice testId="stale-notice" /> : formError && <Notice tone="error" testId="form-error">{formError}</Notice>}
      <input type="hidden" name="leadId" value={lead.id} />
      <input type="hidden" name="version" value={lead.version} />
      <p className="text-sm text-slate-500">{t('prefillHint')}</p>

      <Section title={t('agreementSection')}>
        <div className="sm:col-span-2">
          <TextField label={f('agreementName')} name="agreementName" defaultValue={t('defaultAgreementName', { name: lead.projectName })} required maxLength={200} error={fieldError('agreementName')} />
        </div>
        <TextField label={f('signedOn')} name="signedOn" type="date" defaultValue={today} required error={fieldError('signedOn')} />
        <div className="sm:col-span-2">
          <TextField label={f('occasion')} name="occasion" list="sign-occasions" maxLength={50} autoComplete="off" hint={t('occasionHint')} error={fieldError('occasion')} />
          <datalist id="sign-occasions">
            {occasions.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
        </div>
        <SelectField label={f('kind')} name="kind" defaultValue="" required error={fieldError('kind')}>
          <option value="" disabled>{t('chooseKind')}</option>
          {PROJECT_KINDS.map((k) => (
            <option key={k} value={k}>{tk(k)}</option>
          ))}
        </SelectField>
      </Section>

      <Section title={t('sizeSection')}>
        <div className="space-y-1.5">
          <TextField
            label={f('contractedInvestment')}
            name="contractedInvestment"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            required
            className="tabular-nums"
            aria-describedby={fieldError('contractedInvestment') ? 'contractedInvestment-error contractedInvestment-major' : 'contractedInvestment-major'}
            error={fieldError('contractedInvestment')}
          />
          {/* The rule, and the badge once the typed amount reaches it (announced as it appears). */}
          <p id="contractedInvestment-major" className="flex min-h-5 flex-wrap items-center gap-2 text-xs text-slate-500" data-testid="major-preview">
            {t('majorHint')}
            <span aria-live="polite">{major && <MajorBadge />}</span>
          </p>
        </div>
        <TextField label={f('fixedAssetInvestment')} name="fixedAssetInvestment" inputMode="decimal" className="tabular-nums" error={fieldError('fixedAssetInvestment')} />
        <TextField label={f('landArea')} name="landArea" inputMode="decimal" defaultValue={num(lead.landArea)} className="tabular-nums" error={fieldError('landArea')} />
        <TextField label={f('expectedJobs')} name="expectedJobs" inputMode="numeric" defaultValue={num(lead.expectedJobs)} className="tabular-nums" error={fieldError('expectedJobs')} />
        <TextField label={f('expectedOutput')} name="expectedOutput" inputMode="decimal" className="tabular-nums" error={fieldError('expectedOutput')} />
      </Section>

      <Section title={t('scheduleSection')}>
        <TextField label={f('plannedStartOn')} name="plannedStartOn" type="date" error={fieldError('plannedStartOn')} />
        <TextField label={f('plannedProductionOn')} name="plannedProductionOn" type="date" error={fieldError('plannedProductionOn')} />
      </Section>

      <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-4">
        <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
        <ButtonLink href={`/leads/${lead.id}`} variant="ghost">{t('backToLead')}</ButtonLink>
      </div>
    </form>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset>
      <legend className="mb-3 text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</legend>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">{children}</div>
    </fieldset>
  );
}
