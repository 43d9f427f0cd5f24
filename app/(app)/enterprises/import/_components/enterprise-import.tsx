'use client';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { ExistingChoice, ImportOutcome } from '@/db/queries/enterprise-import';
import type { ActionResult } from '@/lib/action';
import { commitImport, previewImport } from '../actions';
import { DownloadRejected } from './download-rejected';
import { ImportProblems } from './import-problems';
import { ImportProgress, type ImportPhase } from './import-progress';

type Preview = Extract<Awaited<ReturnType<typeof previewImport>>, { ok: true }>['data'];

interface Props {
  maxBytes: number;
  requiredHeaders: string[];
  optionalHeaders: string[];
}

/** An action's failure as one message key: a field's own message (e.g. the file is too large) before the generic one. */
function errorKey(result: ActionResult<unknown>): string {
  if (result.ok) return '';
  return result.fieldErrors?.file?.[0] ?? result.fieldErrors?.existing?.[0] ?? result.error;
}

function formDataOf(file: File, existing?: ExistingChoice): FormData {
  const data = new FormData();
  data.append('file', file);
  if (existing) data.append('existing', existing);
  return data;
}

/**
 * The import in two steps: choose a file and check it (nothing is written), then import its valid rows
 * or cancel. The same File is sent again to import: the server validates it anew rather than trusting
 * anything the page kept from the check.
 */
export function EnterpriseImport({ maxBytes, requiredHeaders, optionalHeaders }: Props) {
  const t = useTranslations('import');
  const te = useTranslations('errors');
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<ImportPhase>('choose');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [existing, setExisting] = useState<ExistingChoice>('skip');
  const [error, setError] = useState<string | null>(null);
  // A new key gives a fresh, empty file input: the only way to clear one.
  const [inputKey, setInputKey] = useState(0);
  const busy = phase === 'checking' || phase === 'writing';

  const say = (key: string) => (te.has(key) ? te(key) : te('unexpected'));

  function restart() {
    setFile(null);
    setPhase('choose');
    setPreview(null);
    setOutcome(null);
    setExisting('skip');
    setError(null);
    setInputKey((k) => k + 1);
  }

  function choose(event: ChangeEvent<HTMLInputElement>) {
    // A new file makes the previous check meaningless.
    setFile(event.target.files?.[0] ?? null);
    setPhase('choose');
    setPreview(null);
    setOutcome(null);
    setError(null);
  }

  async function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The server checks these too; catching them here spares uploading a file it would refuse.
    if (!file) return setError('importNoFile');
    if (file.size === 0) return setError('importEmpty');
    if (file.size > maxBytes) return setError('importTooLarge');
    setError(null);
    setPhase('checking');
    const result = await previewImport(null, formDataOf(file)).catch(() => null);
    if (result?.ok) {
      setPreview(result.data);
      setPhase('checked');
    } else {
      setError(result ? errorKey(result) : 'unexpected');
      setPhase('choose');
    }
  }

  async function commit() {
    if (!file) return;
    setError(null);
    setPhase('writing');
    const result = await commitImport(null, formDataOf(file, existing)).catch(() => null);
    if (result?.ok) {
      setOutcome(result.data);
      setPhase('done');
    } else {
      setError(result ? errorKey(result) : 'unexpected');
      setPhase('checked');
    }
  }

  const counts = preview?.counts;
  const mine = counts ? counts.existing - counts.existingNotYours : 0;
  const toWrite = counts ? counts.valid - counts.existingNotYours - (existing === 'skip' ? mine : 0) : 0;

  return (
    <div className="max-w-5xl space-y-4">
      <Card title={t('chooseTitle')}>
        <form onSubmit={check} noValidate className="space-y-4">
          <p className="text-sm text-slate-600">
            {t('chooseHint')}{' '}
            <a href="/api/enterprises/import/template" download className="font-medium text-brand-700 underline hover:text-brand-800">{t('downloadTemplate')}</a>
          </p>
          <div className="flex flex-wrap items-end gap-3">
            <div className="min-w-72 flex-1">
              <TextField
                key={inputKey}
                label={t('fileLabel')}
                name="file"
                type="file"
                accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                hint={t('fileHint', { maxMb: maxBytes / 1024 / 1024 })}
                onChange={choose}
                disabled={busy}
                className="h-auto py-1.5 file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1 file:text-sm"
              />
            </div>
            <Button type="submit" disabled={busy || phase === 'done'} aria-busy={phase === 'checking' || undefined}>{t('check')}</Button>
          </div>
          {/* Opened when the headers were wrong: the list is what the user has to compare against. */}
          <details className="text-sm text-slate-600" open={error === 'importWrongHeaders' || undefined}>
            <summary className="cursor-pointer font-medium text-slate-700">{t('columnsTitle')}</summary>
            <div className="mt-2 space-y-1">
              <p>{t('columnsRequired', { columns: requiredHeaders.join('、') })}</p>
              <p>{t('columnsOptional', { columns: optionalHeaders.join('、') })}</p>
              <p>{t('columnsNotes')}</p>
            </div>
          </details>
        </form>
      </Card>

      {error && <Notice tone="error" testId="import-error">{say(error)}</Notice>}

      {file && phase !== 'choose' && (
        <Card title={t('resultTitle')}>
          <div className="space-y-4">
            <ImportProgress phase={phase} fileSize={file.size} counts={counts} toWrite={toWrite} written={outcome ? outcome.inserted + outcome.updated : undefined} />

            {preview && counts && phase !== 'done' && (
              <>
                {counts.existing > 0 && (
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
                )}

                {counts.invalid > 0 ? (
                  <section aria-labelledby="import-problems-title" className="space-y-2">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <div>
                        <h3 id="import-problems-title" className="text-sm font-semibold text-slate-900">{t('problemsTitle')}</h3>
                        <p className="text-sm text-slate-600">{t('problemsHint')}</p>
                      </div>
                      <DownloadRejected file={file} onError={setError} />
                    </div>
                    <ImportProblems errors={preview.errors} shownRows={preview.shownBadRows} totalRows={counts.invalid} />
                  </section>
                ) : (
                  <Notice tone="success">{t('noProblems')}</Notice>
                )}

                {counts.valid === 0 ? <Notice tone="info">{t('nothingValid')}</Notice> : toWrite === 0 && <Notice tone="info">{t('nothingToWrite')}</Notice>}
                <div className="flex flex-wrap gap-2">
                  <Button onClick={commit} disabled={busy || toWrite === 0} aria-busy={phase === 'writing' || undefined}>{t('commit')}</Button>
                  <Button variant="secondary" onClick={restart} disabled={busy}>{t('cancel')}</Button>
                </div>
              </>
            )}

            {outcome && phase === 'done' && (
              <div className="space-y-3">
                <Notice tone="success" testId="import-done">
                  {t('done', { inserted: outcome.inserted, updated: outcome.updated, skipped: outcome.skipped })}
                  {outcome.notYours > 0 && ` ${t('doneNotYours', { count: outcome.notYours })}`}
                  {outcome.invalid > 0 && ` ${t('doneInvalid', { count: outcome.invalid })}`}
                </Notice>
                <div className="flex flex-wrap gap-2">
                  <ButtonLink href="/enterprises">{t('backToLibrary')}</ButtonLink>
                  <Button variant="secondary" onClick={restart}>{t('importAnother')}</Button>
                </div>
              </div>
            )}
          </div>
        </Card>
      )}
    </div>
  );
}
