import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { UserMenu } from '@/components/shell/user-menu';
import { ButtonLink } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/viewer';
import { AccountTabs } from './_components/account-tabs';

const STEP_NOTICES = { passwordChange: 'stepPasswordChange', passwordExpired: 'stepPasswordExpired', twoFactorEnrollment: 'stepTwoFactor' } as const;

/**
 * 账号安全: outside the app's shell on purpose, since a user with a pending step (a password to change,
 * an authenticator to enrol) may open only these pages and log out until it is done.
 */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const { viewer, pendingStep } = await requireSession();
  const t = await getTranslations();
  return (
    <div className="min-h-dvh bg-slate-50">
      <header className="flex h-14 items-center gap-3 border-b border-slate-200 bg-white px-4 lg:px-6">
        <Link href="/dashboard" className="hidden text-base font-semibold whitespace-nowrap text-ink sm:block">
          {t('app.name')}
        </Link>
        <div className="ml-auto flex min-w-0 items-center gap-3">
          <LanguageSwitch />
          <UserMenu viewer={viewer} />
        </div>
      </header>
      <main className="mx-auto max-w-3xl px-4 py-6 lg:px-6">
        <PageHeader
          title={t('account.title')}
          actions={pendingStep ? undefined : <ButtonLink href="/dashboard" variant="secondary">{t('account.backToApp')}</ButtonLink>}
        />
        {pendingStep && (
          <div className="mb-4">
            <Notice tone="info" testId="account-step">{t(`account.${STEP_NOTICES[pendingStep]}`)}</Notice>
          </div>
        )}
        <AccountTabs />
        {children}
      </main>
    </div>
  );
}
