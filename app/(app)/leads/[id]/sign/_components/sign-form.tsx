'use client';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { ButtonLink } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { AgreementFields, FormSection } from '@/components/projects/agreement-fields';
import type { ActionResult } from '@/lib/action';
import { signLead } from '../../../../projects/actions';
import { StaleNotice } from '@/components/forms/stale-notice';

interface Props {
  lead: { id: string; version: number; projectName: string; intendedInvestment: number | null; landArea: number | null; expectedJobs: number | null };
  /** Earlier signing occasions (春季集中签约…), offered as suggestions so one event is spelled one way. */
  occasions: string[];
  /** Today in Asia/Shanghai, 'YYYY-MM-DD'. */
  today: string;
}

type SignAction = (prev: ActionResult<{ id: string }> | null, input: FormData) => Promise<ActionResult<{ id: string }>>;

/** The signing form, prefilled from the lead: the agreement (shared with 编辑项目信息) and the planned dates. */
export function SignForm({ lead, occasions, today }: Props) {
  const t = useTranslations('sign');
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
  const stale = state && !state.ok && state.error === 'conflict';
  const f = (key: string) => t(`fields.${key}`);

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate data-testid="sign-form">
      {stale ? <StaleNotice testId="stale-notice" /> : formError && <Notice tone="error" testId="form-error">{formError}</Notice>}
      <input type="hidden" name="leadId" value={lead.id} />
      <input type="hidden" name="version" value={lead.version} />
      <p className="text-sm text-slate-500">{t('prefillHint')}</p>

      <AgreementFields
        values={{
          agreementName: t('defaultAgreementName', { name: lead.projectName }),
          signedOn: today,
          occasion: '',
          kind: '',
          contractedInvestment: lead.intendedInvestment,
          fixedAssetInvestment: null,
          landArea: lead.landArea,
          expectedJobs: lead.expectedJobs,
          expectedOutput: null,
        }}
        occasions={occasions}
        fieldError={fieldError}
      />

      <FormSection title={t('scheduleSection')}>
        <TextField label={f('plannedStartOn')} name="plannedStartOn" type="date" error={fieldError('plannedStartOn')} />
        <TextField label={f('plannedProductionOn')} name="plannedProductionOn" type="date" error={fieldError('plannedProductionOn')} />
      </FormSection>

      <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-4">
        <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
        <ButtonLink href={`/leads/${lead.id}`} variant="ghost">{t('backToLead')}</ButtonLink>
      </div>
    </form>
  );
}
