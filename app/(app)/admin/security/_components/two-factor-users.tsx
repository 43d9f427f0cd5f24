import { getLocale, getTranslations } from 'next-intl/server';
import { ConfirmAction } from '@/components/forms/confirm-action';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, Td, Th } from '@/components/ui/table';
import type { TwoFactorUserRow } from '@/db/queries/two-factor';
import { formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { resetTwoFactor } from '../actions';

/** Who logs in with an authenticator, each with a reset for a lost phone (after a confirmation). */
export async function TwoFactorUsers({ rows }: { rows: TwoFactorUserRow[] }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  if (rows.length === 0) return <EmptyState title={t('security.twoFactorUsersEmpty')} />;
  return (
    <Table>
      <caption className="sr-only">{t('security.twoFactorUsersCaption')}</caption>
      <thead>
        <tr>
          <Th>{t('admin.username')}</Th>
          <Th>{t('admin.displayName')}</Th>
          <Th>{t('admin.role')}</Th>
          <Th>{t('security.enrolledAt')}</Th>
          <Th className="text-right">{t('security.recoveryLeft')}</Th>
          <Th>
            <span className="sr-only">{t('common.actions')}</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <Td className="font-mono text-xs">{row.username}</Td>
            <Td className="whitespace-nowrap">{row.displayName}</Td>
            <Td className="whitespace-nowrap">{t(`roles.${row.role}`)}</Td>
            <Td className="whitespace-nowrap tabular-nums">{formatDateTime(row.confirmedAt, locale as Locale)}</Td>
            <Td className="text-right tabular-nums">{row.recoveryCodesLeft}</Td>
            <Td className="text-right">
              <ConfirmAction
                action={resetTwoFactor}
                fields={{ id: row.id }}
                variant="danger"
                label={t('security.reset')}
                title={t('security.resetTitle', { name: row.displayName })}
                message={t('security.resetMessage')}
              />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
