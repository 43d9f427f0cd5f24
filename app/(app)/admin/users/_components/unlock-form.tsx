'use client';
import { useTranslations } from 'next-intl';
import { ConfirmAction } from '@/components/forms/confirm-action';
import { unlockUser } from '../actions';

/** Lifts the failed-login lock at once (the person called the security administrator). */
export function UnlockForm({ user }: { user: { id: string; displayName: string } }) {
  const t = useTranslations('admin');
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{t('unlockHelp')}</p>
      <ConfirmAction action={unlockUser} fields={{ id: user.id }} variant="secondary" label={t('unlock')} title={t('unlockTitle', { name: user.displayName })} message={t('unlockMessage')} />
    </div>
  );
}
