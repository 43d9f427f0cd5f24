'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { FundsRow } from '@/db/queries/project-funds';
import { FUNDS_SOURCES } from '@/db/schema/projects';
import type { ActionResult } from '@/lib/action';
import { addFunds, updateFunds } from '../../actions';

type SaveAction = (prev: ActionResult<{ id: string }> | null, input: FormData) => Promise<ActionResult<{ id: string }>>;

interface Props {
  /** Adding: the project. */
  projectId?: string;
  /** Editing: the entry, posted with the version it was loaded with. */
  entry?: FundsRow;
  today: string;
  onDone?: () => void;
}

/** One funds-in-place entry: date, amount in 万元, 内资/外资, note. Adds a new one or edits `entry`. */
export function FundsForm({ projectId, entry, today, onDone }: Props) {
  const t = useTranslations('project.funds');
  const tc = useTranslations('common');
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const save = useCallback<SaveAction>(
    async (prev, data) => {
      const result = await (entry ? updateFunds : addFunds)(prev, data);
      if (result.ok) {
        if (!entry) form.current?.reset();
        onDone?.();
        router.refresh();
      }
      return result;
    },
    [entry, onDone, router],
  );
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(save);
  // Several forms on one page: ids are prefixed so each label points at its own control.
  const id = (name: string) => `funds-${entry?.id ?? 'new'}-${name}`;

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="space-y-3" data-testid={entry ? 'funds-edit-form' : 'funds-add-form'}>
      {formError && <Notice tone="error">{formError}</Notice>}
      {!entry && state?.ok && <Notice tone="success">{t('added')}</Notice>}
      {entry ? (
        <>
          <input type="hidden" name="id" value={entry.id} />
          <input type="hidden" name="version" value={entry.version} />
        </>
      ) : (
        <input type="hidden" name="projectId" value={projectId} />
      )}
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-[9.5rem_8rem_8.5rem_minmax(0,1fr)]">
        <TextField id={id('receivedOn')} label={t('receivedOn')} name="receivedOn" type="date" defaultValue={entry?.receivedOn ?? today} required error={fieldError('receivedOn')} />
        <TextField id={id('amount')} label={t('amount')} name="amount" inputMode="decimal" defaultValue={entry ? String(entry.amount) : ''} required className="tabular-nums" error={fieldError('amount')} />
        <SelectField id={id('source')} label={t('source')} name="source" defaultValue={entry?.source ?? 'domestic'} required error={fieldError('source')}>
          {FUNDS_SOURCES.map((s) => (
            <option key={s} value={s}>{t(`sourceKind.${s}`)}</option>
          ))}
        </SelectField>
        <TextField id={id('note')} label={t('note')} name="note" defaultValue={entry?.note ?? ''} maxLength={200} error={fieldError('note')} />
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending}>{entry ? tc('save') : t('addSubmit')}</SubmitButton>
        {entry && (
          <Button variant="ghost" onClick={onDone}>
            {tc('cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
