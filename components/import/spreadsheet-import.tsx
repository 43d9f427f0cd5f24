'use client';
import { useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { ActionResult } from '@/lib/action';
import type { ImportFileSpec } from '@/lib/import/import-action';
import type { ImportCounts, ImportRowError } from '@/lib/import/import-rows';
import { DownloadRejected } from './download-rejected';
import { ImportProblems } from './import-problems';
import { ImportProgress, type ImportPhase } from './import-progress';

/** What every import's check answers (lib/import/import-action.ts shownPreview). */
export interface ImportPreviewBase {
  counts: ImportCounts;
  errors: ImportRowError[];
  shownBadRows: number;
}

type FormAction<T> = (prev: null, input: FormData) => Promise<ActionResult<T>>;

interface Props<P extends ImportPreviewBase, O> {
  previewAction: FormAction<P>;
  commitAction: FormAction<O>;
  /** The import's route folder, holding `template` (GET) and `rejected` (POST). */
  api: string;
  spec: ImportFileSpec;
  /** The import's own words: the hint above the file input, the notes under the column list, the way back. */
  text: { chooseHint: string; columnsNotes: string; back: string };
  backHref: string;
  /** Fields the check depends on (e.g. the team to import into): sent with the check, the import and the download. */
  fields?: Record<string, string>;
  /** Controls for `fields`, above the file input; `locked` once a file is checked (cancel to change them). */
  controls?: (locked: boolean) => ReactNode;
  /** Fields for the import only (e.g. what to do with records that exist). */
  commitFields?: Record<string, string>;
  /** Rows the import will write with the current choices. */
  toWrite: (preview: P) => number;
  /** Choices and warnings of this import, shown with the checked file's counts. */
  renderPreview?: (preview: P, busy: boolean) => ReactNode;
  /** What the import did, and how many rows it wrote. */
  describeOutcome: (outcome: O) => { message: ReactNode; written: number };
  onRestart?: () => void;
}

/** An action's failure as one message key: a field's own message (e.g. the file is too large) before the generic one. */
function errorKey(result: ActionResult<unknown>): string {
  if (result.ok) return '';
  return result.fieldErrors?.file?.[0] ?? Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.error;
}

function formDataOf(file: File, ...fieldSets: (Record<string, string> | undefined)[]): FormData {
  const data = new FormData();
  data.append('file', file);
  for (const fields of fieldSets) for (const [key, value] of Object.entries(fields ?? {})) data.append(key, value);
  return data;
}

/**
 * A spreadsheet import in two steps: choose a file and check it (nothing is written), then import its valid
 * rows or cancel. The same File is sent again to import: the server validates it anew rather than trusting
 * anything the page kept from the check. Each import supplies its actions, routes, words and extra choices.
 */
export function SpreadsheetImport<P extends ImportPreviewBase, O>(props: Props<P, O>) {
  const { previewAction, commitAction, fields, commitFields, text } = props;
  const { maxBytes } = props.spec;
  const t = useTranslations('import');
  const te = useTranslations('errors');
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<ImportPhase>('choose');
  const [preview, setPreview] = useState<P | null>(null);
  const [outcome, setOutcome] = useState<O | null>(null);
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
    setError(null);
    setInputKey((k) => k + 1);
    props.onRestart?.();
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
    const checked = await send(previewAction, formDataOf(file, fields), { during: 'checking', failed: 'choose' });
    if (checked) {
      setPreview(checked);
      setPhase('checked');
    }
  }

  async function commit() {
    if (!file) return;
    const written = await send(commitAction, formDataOf(file, fields, commitFields), { during: 'writing', failed: 'checked' });
    if (written) {
      setOutcome(written);
      setPhase('done');
    }
  }

  /** Runs an action in phase `during`; on failure shows its message and goes back to phase `failed`. */
  async function send<T>(action: FormAction<T>, data: FormData, phases: { during: ImportPhase; failed: ImportPhase }): Promise<T | null> {
    setError(null);
    setPhase(phases.during);
    const result = await action(null, data).catch(() => null);
    if (result?.ok) return result.data;
    setError(result ? errorKey(result) : 'unexpected');
    setPhase(phases.failed);
    return null;
  }

  const counts = preview?.counts;
  const toWrite = preview ? props.toWrite(preview) : 0;
  const done = outcome !== null && phase === 'done' ? props.describeOutcome(outcome) : null;

  return (
    <div className="max-w-5xl space-y-4">
      <Card title={t('chooseTitle')}>
        <form onSubmit={check} noValidate className="space-y-4">
          <p className="text-sm text-slate-600">
            {text.chooseHint}{' '}
            <a href={`${props.api}/template`} download className="font-medium text-brand-700 underline hover:text-brand-800">{t('downloadTemplate')}</a>
          </p>
          {props.controls?.(busy || phase !== 'choose')}
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
              <p>{t('columnsRequired', { columns: props.spec.requiredHeaders.join('、') })}</p>
              <p>{t('columnsOptional', { columns: props.spec.optionalHeaders.join('、') })}</p>
              <p>{text.columnsNotes}</p>
            </div>
          </details>
        </form>
      </Card>

      {error && <Notice tone="error" testId="import-error">{say(error)}</Notice>}

      {file && phase !== 'choose' && (
        <Card title={t('resultTitle')}>
          <div className="space-y-4">
            <ImportProgress phase={phase} fileSize={file.size} counts={counts} toWrite={toWrite} written={done?.written} />

            {preview && counts && phase !== 'done' && (
              <>
                {props.renderPreview?.(preview, busy)}

                {counts.invalid > 0 ? (
                  <section aria-labelledby="import-problems-title" className="space-y-2">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <div>
                        <h3 id="import-problems-title" className="text-sm font-semibold text-slate-900">{t('problemsTitle')}</h3>
                        <p className="text-sm text-slate-600">{t('problemsHint')}</p>
                      </div>
                      <DownloadRejected url={`${props.api}/rejected`} file={file} fields={fields} onError={setError} />
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

            {done && (
              <div className="space-y-3">
                <Notice tone="success" testId="import-done">{done.message}</Notice>
                <div className="flex flex-wrap gap-2">
                  <ButtonLink href={props.backHref}>{text.back}</ButtonLink>
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
