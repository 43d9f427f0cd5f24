'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';
import type { ImportCounts } from '@/lib/import/import-rows';

export type ImportPhase = 'choose' | 'checking' | 'checked' | 'writing' | 'done';

interface Props {
  phase: ImportPhase;
  fileSize: number;
  /** Known once the file is checked. */
  counts?: ImportCounts;
  /** Rows the commit will write (new plus updated), and after it, those it wrote. */
  toWrite: number;
  written?: number;
}

type StepState = 'waiting' | 'current' | 'done';

/**
 * Where the import stands: 读取 → 校验 → 写入, with an indeterminate bar while the server works.
 * Server Actions report no upload progress (they are one fetch that XMLHttpRequest's upload events do
 * not reach) and the app servers are stateless, so there is no in-memory job to poll for row counts
 * either. Reading and validating happen in the one "check" request, so both steps are current together;
 * the exact counts appear as soon as that request answers, and the written count after the import.
 */
export function ImportProgress({ phase, fileSize, counts, toWrite, written }: Props) {
  const t = useTranslations('import');
  const format = useFormatter();
  const busy = phase === 'checking' || phase === 'writing';
  const checked = phase === 'checked' || phase === 'writing' || phase === 'done';
  const steps: { label: string; state: StepState; detail?: string }[] = [
    { label: t('stepRead'), state: checked ? 'done' : 'current', detail: counts && t('rowsRead', { count: counts.read }) },
    { label: t('stepValidate'), state: checked ? 'done' : 'current', detail: counts && t('rowsValid', { count: counts.valid }) },
    {
      label: t('stepWrite'),
      state: phase === 'done' ? 'done' : phase === 'writing' ? 'current' : 'waiting',
      detail: written === undefined ? undefined : t('rowsWritten', { count: written }),
    },
  ];
  const size = format.number(fileSize / 1024 / 1024, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  const status =
    phase === 'checking' ? t('checking', { size })
    : phase === 'writing' ? t('writing', { count: toWrite })
    : counts ? t('checked', { read: counts.read, valid: counts.valid, invalid: counts.invalid })
    : '';

  return (
    <div className="space-y-2">
      <ol className="flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-label={t('progressLabel')}>
        {steps.map((step, i) => (
          <li key={step.label} aria-current={step.state === 'current' ? 'step' : undefined} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className={cn(
                'inline-flex size-5 items-center justify-center rounded-full text-xs font-semibold',
                step.state === 'done' && 'bg-emerald-600 text-white',
                step.state === 'current' && 'bg-brand-600 text-white',
                step.state === 'waiting' && 'bg-slate-200 text-slate-600',
              )}
            >
              {step.state === 'done' ? '✓' : i + 1}
            </span>
            <span className={cn(step.state === 'waiting' ? 'text-slate-500' : 'font-medium text-slate-900')}>{step.label}</span>
            {step.detail && <span className="text-slate-500">{step.detail}</span>}
          </li>
        ))}
      </ol>
      {/* A <progress> without a value is the platform's own indeterminate bar, announced as busy. */}
      {busy && <progress className="h-2 w-full accent-brand-600" aria-label={t('progressLabel')} />}
      <p role="status" aria-live="polite" className="text-sm text-slate-600">{status}</p>
    </div>
  );
}
