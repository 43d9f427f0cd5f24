'use client';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { useTranslations } from 'next-intl';
import { StaleNotice } from '@/components/forms/stale-notice';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { ActionResult } from '@/lib/action';
import { updateSupervision } from '../actions';

type Result = ActionResult<{ version: number }>;

interface Props {
  item: { id: string; version: number; title: string; deadline: string; assigneeId: string | null };
  /** The officers of the item's team. */
  officers: { id: string; name: string }[];
}

/** 修改督办事项 (leaders): the instruction, the deadline and the named officer within the item's team. */
export function EditForm({ item, officers }: Props) {
  const t = useTranslations('supervision');
  const tc = useTranslations('common');
  const router = useRouter();
  const save = useCallback(
    async (prev: Result | null, data: FormData) => {
      const result = await updateSupervision(prev, data);
      if (result.ok) router.refresh();
      return result;
    },
    [router],
  );
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(save);
  const stale = state && !state.ok && state.error === 'conflict';
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t('edit.form')}>
      {stale ? <StaleNotice /> : formError && <Notice tone="error">{formError}</Notice>}
      <input type="hidden" name="id" value={item.id} />
      <input type="hidden" name="version" value={item.version} />
      <TextAreaField id="edit-title" label={t('fields.title')} name="title" required rows={3} maxLength={500} defaultValue={item.title} error={fieldError('title')} />
      <SelectField id="edit-assignee" label={t('fields.assignee')} name="assigneeId" defaultValue={item.assigneeId ?? ''} error={fieldError('assigneeId')}>
        <option value="">{t('wholeTeam')}</option>
        {officers.map((o) => (
          <option key={o.id} value={o.id}>{o.name}</option>
        ))}
      </SelectField>
      <TextField id="edit-deadline" label={t('fields.deadline')} name="deadline" type="date" required defaultValue={item.deadline} error={fieldError('deadline')} />
      <SubmitButton pending={pending} variant="secondary">{tc('save')}</SubmitButton>
    </form>
  );
}
