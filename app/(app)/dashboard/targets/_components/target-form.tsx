'use client';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { TargetRow } from '@/db/queries/targets';
import type { ActionResult } from '@/lib/action';
import { TARGET_MEASURES } from '@/lib/validation/targets';
import { saveTarget } from '../actions';

type SaveAction = (prev: ActionResult<{ version: number }> | null, input: FormData) => Promise<ActionResult<{ version: number }>>;

/** The six measures of one year's target for the zone or a team; an empty field means "no target". */
export function TargetForm({ year, row, name, onDone }: { year: number; row: TargetRow; name: string; onDone: () => void }) {
  const t = useTranslations('targets');
  const tc = useTranslations('common');
  const router = useRouter();
  const save = useCallback<SaveAction>(
    async (prev, data) => {
      const result = await saveTarget(prev, data);
      if (result.ok) {
        onDone();
        router.refresh();
      }
      return result;
    },
    [onDone, router],
  );
  const { onSubmit, pending, fieldError, formError } = useActionForm(save);
  const id = (measure: string) => `target-${row.teamId ?? 'zone'}-${measure}`;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('editRow', { name })} className="space-y-3">
      {formError && <Notice tone="error">{formError}</Notice>}
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="teamId" value={row.teamId ?? ''} />
      <input type="hidden" name="version" value={row.version} />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        {TARGET_MEASURES.map((m, i) => (
          <TextField
            key={m}
            // The form opens under the table: focus brings it into view, on a phone too.
            autoFocus={i === 0}
            id={id(m)}
            label={t(`measures.${m}`)}
            name={m}
            inputMode="decimal"
            defaultValue={row.values[m] === null ? '' : String(row.values[m])}
            className="tabular-nums"
            error={fieldError(m)}
          />
        ))}
      </div>
      <p className="text-xs text-slate-500">{t('emptyHint')}</p>
      <div className="flex gap-2">
        <SubmitButton pending={pending}>{tc('save')}</SubmitButton>
        <Button variant="ghost" onClick={onDone}>{tc('cancel')}</Button>
      </div>
    </form>
  );
}
