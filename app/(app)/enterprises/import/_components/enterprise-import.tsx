'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { SpreadsheetImport } from '@/components/import/spreadsheet-import';
import type { ExistingChoice } from '@/db/queries/enterprise-import';
import type { ImportFileSpec } from '@/lib/import/import-action';
import { commitImport, previewImport } from '../actions';

type Preview = Extract<Awaited<ReturnType<typeof previewImport>>, { ok: true }>['data'];


/** The enterprise import: the shared flow plus what to do with enterprises whose USCC is already in the library. */
export function EnterpriseImport({ spec }: { spec: ImportFileSpec }) {
  const t = useTranslations('import');
  const [existing, setExisting] = useState<ExistingChoice>('skip');

  const toWrite = ({ counts }: Preview) => {
    const mine = counts.existing - counts.existingNotYours;
    return counts.valid - counts.existingNotYours - (existing === 'skip' ? mine : 0);
  };

  return (
    <SpreadsheetImport
      previewAction={previewImport}
      commitAction={commitImport}
      api="/api/enterprises/import"
      spec={spec}
      text={{ chooseHint: t('chooseHint'), columnsNotes: t('columnsNotes'), back: t('backToLibrary') }}
      backHref="/enterprises"
      commitFields={{ existing }}
      toWrite={toWrite}
      onRestart={() => setExisting('skip')}
      renderPreview={({ counts }, busy) =>
        counts.existing > 0 && (
          <fieldset className="space-y-2" disabled={busy}>
            <legend className="text-sm font-medium text-slate-700">{t('existingLegend', { count: counts.existing })}</legend>
            {(['update', 'skip'] as const).map((choice) => (
              <label key={choice} className="flex items-center gap-2 text-sm text-slate-800">
                <input type="radio" name="existing" value={choice} checked={existing === choice} onChange={() => setExisting(choice)} className="size-4 accent-brand-600" />
                {t(choice === 'update' ? 'existingUpdate' : 'existingSkip')}
              </label>
            ))}
            {counts.existingNotYours > 0 && <p className="text-sm text-amber-800">{t('existingNotYours', { count: counts.existingNotYours })}</p>}
          </fieldset>
        )
      }
      describeOutcome={(outcome) => ({
        written: outcome.inserted + outcome.updated,
        message: (
          <>
            {t('done', { inserted: outcome.inserted, updated: outcome.updated, skipped: outcome.skipped })}
            {outcome.notYours > 0 && ` ${t('doneNotYours', { count: outcome.notYours })}`}
            {outcome.invalid > 0 && ` ${t('doneInvalid', { count: outcome.invalid })}`}
          </>
        ),
      })}
    />
  );
}
