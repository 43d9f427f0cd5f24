import { getLocale, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { getPasswordStatus } from '@/db/queries/account';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { requireSession } from '@/lib/viewer';
import { PasswordChangeForm } from '../_components/password-change-form';

export async function generateMetadata() {
  return { title: (await getTranslations('account'))('password') };
}

/** 修改密码: the viewer's own password, against the 等保 rules; also where a forced or expired change is made. */
export default async function PasswordPage() {
  const { viewer, pendingStep } = await requireSession();
  const [status, t, locale] = await Promise.all([getPasswordStatus(viewer), getTranslations('account'), getLocale()]);
  return (
    <Card title={t('password')}>
      <p className="mb-4 text-sm text-slate-600">
        {t('passwordChangedAt', { at: formatDate(status.changedAt, locale as Locale) })}
        {status.expiresAt && <> {t('passwordExpiresAt', { at: formatDate(status.expiresAt, locale as Locale) })}</>}
      </p>
      <PasswordChangeForm username={viewer.username} complexity={status.complexity} continueToApp={pendingStep === 'passwordChange' || pendingStep === 'passwordExpired'} />
    </Card>
  );
}
