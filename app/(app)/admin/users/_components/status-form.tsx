'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { ConfirmSubmit } from '@/components/forms/confirm-submit';
import { useActionForm } from '@/components/forms/use-action-form';
import { Notice } from '@/components/ui/notice';
import type { UserRow } from '@/db/queries/users';
import { setUserStatus } from '../actions';

/** Disable or enable a login, after a confirmation. */
export function StatusForm({ user }: { user: UserRow }) {
  const t = useTranslations('admin');
  const router = useRouter();
  const { state, formAction, formError } = useActionForm(setUserStatus);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const disable = !user.disabled;
  return (
    <form action={formAction} className="space-y-3">
      {formError && <Notice tone="error" testId="status-error">{formError}</Notice>}
      <p className="text-sm text-slate-600">{user.disabled ? t('statusDisabled') : t('statusActive')}</p>
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <input type="hidden" name="disabled" value={String(disable)} />
      <ConfirmSubmit
        variant={disable ? 'danger' : 'secondary'}
        label={disable ? t('disable') : t('enable')}
        title={t(disable ? 'disableTitle' : 'enableTitle', { name: user.displayName })}
        message={disable ? t('disableMessage') : t('enableMessage')}
      />
    </form>
  );
}
