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
      <EnrollForm qr={<QrCode value={uri} label={t('account.qrLabel')} />} secret={secret} />
    </Card>
  );
}
