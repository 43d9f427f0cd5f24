'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextAreaField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { ActionResult } from '@/lib/action';
import { addNote } from '@/app/(app)/meetings/actions';

type Save = (prev: ActionResult<{ id: string }> | null, input: FormData) => Promise<ActionResult<{ id: string }>>;

/** A free note on the timeline of a lead (with its enterprise) or of an enterprise. */
export function AddNoteForm({ enterpriseId, leadId }: { enterpriseId: string; leadId?: string }) {
  const t = useTranslations('timeline');
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  // Clear the box only once the note is saved; a refused one keeps what was typed.
  const save = useCallback<Save>(
    async (prev, data) => {
      const result = await addNote(prev, data);
      if (result.ok) {
        form.current?.reset();
        router.refresh();
      }
      return result;
    },
    [router],
  );
  const { onSubmit, pending, fieldError, formError } = useActionForm(save);
  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-2" noValidate aria-label={t('addNote')} data-testid="add-note-form">
      {formError && <Notice tone="error">{formError}</Notice>}
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      {leadId && <input type="hidden" name="leadId" value={leadId} />}
      <TextAreaField label={t('noteLabel')} id="note-body" name="body" rows={2} maxLength={2000} placeholder={t('notePlaceholder')} error={fieldError('body')} />
      <div className="flex justify-end">
        <SubmitButton pending={pending} variant="secondary">{t('addNote')}</SubmitButton>
      </div>
    </form>
  );
}
