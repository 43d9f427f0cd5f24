'use client';
import { useTranslations } from 'next-intl';
import { ConfirmAction } from '@/components/forms/confirm-action';
import type { UserRow } from '@/db/queries/users';
import { setUserStatus } from '../actions';

/** Disable or enable a login, after a confirmation. */
export function StatusForm({ user }: { user: UserRow }) {
  const t = useTranslations('admin');
  const disable = !user.disabled;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{user.disabled ? t('statusDisabled') : t('statusActive')}</p>
      <ConfirmAction
        action={setUserStatus}
        fields={{ id: user.id, version: user.version, disabled: String(disable) }}
        variant={disable ? 'danger' : 'secondary'}
        label={disable ? t('disable') : t('enable')}
        title={t(disable ? 'disableTitle' : 'enableTitle', { name: user.displayName })}
        message={disable ? t('disableMessage') : t('enableMessage')}
        errorTestId="status-error"
      />
    </div>
  );
}
