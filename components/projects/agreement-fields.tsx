'use client';
import { useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { SelectField, TextField } from '@/components/ui/field';
import { PROJECT_KINDS, type ProjectKind } from '@/db/schema/projects';
import { isMajor } from '@/lib/project-status';
import { MajorBadge } from './major-badge';

/** What the form starts with; '' and null leave a field empty. */
export interface AgreementValues {
  agreementName: string;
  signedOn: string;
  occasion: string;
  kind: ProjectKind | '';
  contractedInvestment: number | null;
  fixedAssetInvestment: number | null;
  landArea: number | null;
  expectedJobs: number | null;
  expectedOutput: number | null;
}

interface Props {
  values: AgreementValues;
  /** Earlier signing occasions (春季集中签约…), offered as suggestions so one event is spelled one way. */
  occasions: string[];
  fieldError: (name: string) => string | undefined;
}

/**
 * What the agreement says, as the signing form and 编辑项目信息 both ask it: name, date, occasion and kind,
 * then the investment. 重大项目 is derived from the contracted amount as it is typed (never a field);
 * the server decides it again from what is saved.
 */
export function AgreementFields({ values, occasions, fieldError }: Props) {
  const t = useTranslations('sign');
  const tk = useTranslations('project.kind');
  const [amount, setAmount] = useState(num(values.contractedInvestment));
  const typed = amount.trim() === '' ? NaN : Number(amount);
  const major = Number.isFinite(typed) && isMajor(typed);
  const f = (key: string) => t(`fields.${key}`);

  return (
    <>
      <FormSection title={t('agreementSection')}>
        <div className="sm:col-span-2">
          <TextField label={f('agreementName')} name="agreementName" defaultValue={values.agreementName} required maxLength={200} error={fieldError('agreementName')} />
        </div>
        <TextField label={f('signedOn')} name="signedOn" type="date" defaultValue={values.signedOn} required error={fieldError('signedOn')} />
        <div className="sm:col-span-2">
          <TextField label={f('occasion')} name="occasion" list="agreement-occasions" defaultValue={values.occasion} maxLength={50} autoComplete="off" hint={t('occasionHint')} error={fieldError('occasion')} />
          <datalist id="agreement-occasions">
            {occasions.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
        </div>
        <SelectField label={f('kind')} name="kind" defaultValue={values.kind} required error={fieldError('kind')}>
          <option value="" disabled>{t('chooseKind')}</option>
          {PROJECT_KINDS.map((k) => (
            <option key={k} value={k}>{tk(k)}</option>
          ))}
        </SelectField>
      </FormSection>

      <FormSection title={t('sizeSection')}>
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
        <TextField label={f('fixedAssetInvestment')} name="fixedAssetInvestment" inputMode="decimal" defaultValue={num(values.fixedAssetInvestment)} className="tabular-nums" error={fieldError('fixedAssetInvestment')} />
        <TextField label={f('landArea')} name="landArea" inputMode="decimal" defaultValue={num(values.landArea)} className="tabular-nums" error={fieldError('landArea')} />
        <TextField label={f('expectedJobs')} name="expectedJobs" inputMode="numeric" defaultValue={num(values.expectedJobs)} className="tabular-nums" error={fieldError('expectedJobs')} />
        <TextField label={f('expectedOutput')} name="expectedOutput" inputMode="decimal" defaultValue={num(values.expectedOutput)} className="tabular-nums" error={fieldError('expectedOutput')} />
      </FormSection>
    </>
  );
}

/** A titled group of a project form's fields, laid out in up to three columns. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset>
      <legend className="mb-3 text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</legend>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">{children}</div>
    </fieldset>
  );
}

function num(v: number | null): string {
  return v === null ? '' : String(v);
}
