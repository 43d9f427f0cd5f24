import { getLocale, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { QrCode } from '@/components/ui/qr-code';
import { getTwoFactorStatus, startTwoFactorEnrollment } from '@/db/queries/two-factor';
import { formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { otpauthUri } from '@/lib/totp';
import { requireSession } from '@/lib/viewer';
import { CurrentPasswordForm } from '../_components/current-password-form';
import { EnrollForm } from '../_components/enroll-form';
import { disableTwoFactor, renewRecoveryCodes } from '../actions';

export async function generateMetadata() {
  return { title: (await getTranslations('account'))('twoFactor') };
}

/**
 * 双因素认证: enrol an authenticator app (QR code or the key by hand, then a code), or, once on, renew the
 * recovery codes or switch it off (not while the policy requires it of the viewer's role).
 */
export default async function TwoFactorPage() {
  const { viewer } = await requireSession();
  const [status, t, locale] = await Promise.all([getTwoFactorStatus(viewer), getTranslations(), getLocale()]);
  if (status.enabled) {
    return (
      <div className="space-y-4">
        <Card title={t('account.twoFactor')}>
          <p className="text-sm text-slate-700" data-testid="two-factor-status">{t('account.twoFactorOn')}</p>
          <p className="mt-1 text-sm text-slate-500">{t('account.twoFactorSince', { at: formatDateTime(status.confirmedAt!, locale as Locale), count: status.recoveryCodesLeft })}</p>
        </Card>
        <Card title={t('account.regenerate')}>
          <CurrentPasswordForm action={renewRecoveryCodes} hint={t('account.regenerateHint')} submit={t('account.regenerate')} />
        </Card>
        <Card title={t('account.disable')}>
          {status.required ? (
            <p className="text-sm text-slate-600">{t('account.requiredNote')}</p>
          ) : (
            <CurrentPasswordForm action={disableTwoFactor} hint={t('account.disableHint')} submit={t('account.disable')} variant="danger" />
          )}
        </Card>
      </div>
    );
  }
  const { secret } = await startTwoFactorEnrollment(viewer);
  const uri = otpauthUri({ issuer: t('app.name'), account: viewer.username, secret });
  return (
    <Card title={t('account.twoFactor')}>
      <p className="mb-4 text-sm text-slate-600">{t('account.twoFactorOff')}</p>
      <div className="grid gap-6 sm:grid-cols-[auto_1fr]">
        <div className="space-y-2">
          <p className="text-sm font-medium text-slate-800 sm:max-w-48">{t('account.scanStep')}</p>
          <QrCode value={uri} label={t('account.qrLabel')} />
        </div>
        <div className="min-w-0 space-y-4">
          <div>
            <p className="text-sm text-slate-600">{t('account.manualEntry')}</p>
            <p className="mt-1 font-mono text-base tracking-wider break-all text-slate-900" aria-label={t('account.secret')} data-testid="totp-secret">
              {secret.match(/.{1,4}/g)!.join(' ')}
            </p>
          </div>
          <EnrollForm />
        </div>
      </div>
    </Card>
  );
}
