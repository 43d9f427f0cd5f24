'use client';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextAreaField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { MilestoneRow } from '@/db/queries/project-milestones';
import type { ActionResult } from '@/lib/action';
import { updateMilestone } from '../../actions';

type SaveAction = (prev: ActionResult<{ id: string }> | null, input: FormData) => Promise<ActionResult<{ id: string }>>;

/**
 * Planned and actual dates, progress and notes of one milestone, behind a disclosure. The version it
 * posts follows the page (a hidden input with the current value), so a second save after a refresh works
 * and an edit on a stale page is refused as a conflict.
 */
export function MilestoneForm({ milestone: m, kind }: { milestone: MilestoneRow; kind: string }) {
  const t = useTranslations('project.milestones');
  const tc = useTranslations('common');
  const router = useRouter();
  const save = useCallback<SaveAction>(
    async (prev, data) => {
      const result = await updateMilestone(prev, data);
      if (result.ok) router.refresh();
      return result;
    },
    [router],
  );
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(save);
  const id = (name: string) => `milestone-${m.kind}-${name}`;
  return (
    <details className="group mt-3" data-testid={`milestone-${m.kind}-edit`}>
      <summary className="cursor-pointer text-sm font-medium text-brand-700 select-none">
        <span className="group-open:hidden">{t('edit')}</span>
        <span className="hidden group-open:inline">{t('closeEdit')}</span>
        <span className="sr-only"> · {kind}</span>
      </summary>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
        {formError && <Notice tone="error">{formError}</Notice>}
        {state?.ok && <Notice tone="success">{t('saved')}</Notice>}
        <input type="hidden" name="id" value={m.id} />
        <input type="hidden" name="version" value={m.version} />
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <TextField id={id('plannedOn')} label={t('plannedOn')} name="plannedOn" type="date" defaultValue={m.plannedOn ?? ''} error={fieldError('plannedOn')} />
          <TextField
            id={id('actualOn')}
            label={t('actualOn')}
            name="actualOn"
            type="date"
            defaultValue={m.actualOn ?? ''}
            hint={m.verifiedAt ? t('unverifyHint') : undefined}
            error={fieldError('actualOn')}
          />
          <TextField id={id('progress')} label={t('progressField')} name="progress" type="number" inputMode="numeric" min={0} max={100} step={1} defaultValue={m.progress} className="tabular-nums" error={fieldError('progress')} />
        </div>
        <TextAreaField id={id('notes')} label={t('notes')} name="notes" rows={3} maxLength={2000} defaultValue={m.notes} error={fieldError('notes')} />
        <SubmitButton pending={pending}>{tc('save')}</SubmitButton>
      </form>
    </details>
  );
}
