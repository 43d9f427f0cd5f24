'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { SelectField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { EVIDENCE_KINDS } from '@/db/schema/projects';
import type { ActionResult } from '@/lib/action';
import { MAX_EVIDENCE_BYTES } from '@/lib/file-type';
import { uploadEvidence } from '../../actions';

type UploadAction = (prev: ActionResult<{ id: number }> | null, input: FormData) => Promise<ActionResult<{ id: number }>>;

/**
 * Uploads one evidence file. The server checks the content (a program renamed .pdf is refused); the size
 * is checked here too, which spares sending 20 MB that would only be turned away.
 */
export function EvidenceUpload({ projectId, milestones }: { projectId: string; milestones: { id: string; name: string }[] }) {
  const t = useTranslations('project.evidence');
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const upload = useCallback<UploadAction>(
    async (prev, data) => {
      const file = data.get('file');
      if (file instanceof File && file.size > MAX_EVIDENCE_BYTES) return { ok: false, error: 'invalid', fieldErrors: { file: ['fileTooLarge'] } };
      const result = await uploadEvidence(prev, data);
      if (result.ok) {
        form.current?.reset();
        router.refresh();
      }
      return result;
    },
    [router],
  );
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(upload);
  // A refused file comes back as the error and as the file field's error: say it once, at the field.
  const atField = state && !state.ok && Object.values(state.fieldErrors ?? {}).some((keys) => keys.includes(state.error));
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="space-y-3" data-testid="evidence-upload">
      {formError && !atField && <Notice tone="error">{formError}</Notice>}
      {state?.ok && <Notice tone="success">{t('uploaded')}</Notice>}
      <input type="hidden" name="projectId" value={projectId} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <SelectField id="evidence-kind" label={t('kind')} name="kind" defaultValue="agreement" required error={fieldError('kind')}>
          {EVIDENCE_KINDS.map((k) => (
            <option key={k} value={k}>{t(`kinds.${k}`)}</option>
          ))}
        </SelectField>
        <SelectField id="evidence-milestone" label={t('milestone')} name="milestoneId" defaultValue="" error={fieldError('milestoneId')}>
          <option value="">{t('noMilestone')}</option>
          {milestones.map((m) => (
            <option key={m.id} value={m.id}>{m.name}</option>
          ))}
        </SelectField>
        <div className="sm:col-span-2">
          <TextField
            id="evidence-file"
            label={t('file')}
            name="file"
            type="file"
            accept=".pdf,.jpg,.jpeg,.png,.xlsx,.docx"
            required
            hint={t('fileHint')}
            error={fieldError('file')}
            className="h-auto py-1.5 file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1 file:text-sm"
          />
        </div>
      </div>
      <SubmitButton pending={pending}>{t('uploadSubmit')}</SubmitButton>
    </form>
  );
}
