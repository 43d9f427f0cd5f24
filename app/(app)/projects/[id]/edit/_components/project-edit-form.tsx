'use client';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { AgreementFields, type AgreementValues } from '@/components/projects/agreement-fields';
import { ButtonLink } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import type { ActionResult } from '@/lib/action';
import { StaleNotice } from '@/components/forms/stale-notice';
import { updateProject } from '../../../actions';

interface Props {
  project: AgreementValues & { id: string; version: number };
  /** Earlier signing occasions, as on the signing form. */
  occasions: string[];
}

type SaveAction = (prev: ActionResult<{ id: string }> | null, input: FormData) => Promise<ActionResult<{ id: string }>>;

/**
 * 编辑项目信息: the signing form's agreement fields, filled with what is saved. The page keys this form by
 * the project's version, so "reload" after a conflict starts over from the other person's values.
 */
export function ProjectEditForm({ project, occasions }: Props) {
  const t = useTranslations('project.edit');
  const router = useRouter();
  const save = useCallback<SaveAction>(
    async (prev, data) => {
      const result = await updateProject(prev, data);
      if (result.ok) router.push(`/projects/${result.data.id}?saved=1`);
      return result;
    },
    [router],
  );
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(save);
  const stale = state && !state.ok && state.error === 'conflict';
  const { id, version, ...values } = project;

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate data-testid="project-edit-form">
      {stale ? <StaleNotice testId="stale-notice" /> : formError && <Notice tone="error" testId="form-error">{formError}</Notice>}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-slate-500">{t('hint')}</p>

      <AgreementFields values={values} occasions={occasions} fieldError={fieldError} />

      <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-4">
        <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
        <ButtonLink href={`/projects/${id}`} variant="ghost">{t('cancel')}</ButtonLink>
      </div>
    </form>
  );
}
