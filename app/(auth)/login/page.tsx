import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { isDemoLoaded } from '@/db/queries/settings';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { Notice } from '@/components/ui/notice';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@/lib/demo-logins';
import { getSession } from '@/lib/viewer';
import { LoginForm } from './_components/login-form';

export async function generateMetadata() {
  return { title: (await getTranslations('login'))('title') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reason?: string }> }) {
  // With the database down the page still renders: the form, and a notice that logging in cannot work now.
  const { viewer, demo, down } = await Promise.all([getSession(), isDemoLoaded()]).then(
    ([viewer, demo]) => ({ viewer, demo, down: false }),
    (error: Error) => {
      console.error(`Login page: database unavailable: ${error.message}`);
      return { viewer: null, demo: false, down: true };
    },
  );
  // Signed in already (with or without a pending account step, which /dashboard then sends them to).
  if (viewer) redirect('/dashboard');
  const { callbackUrl, reason } = await searchParams;
  const returnTo = localPath(callbackUrl);
  const t = await getTranslations();
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-10">
      <div className="absolute top-4 right-4">
        <LanguageSwitch />
      </div>
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <h1 className="text-2xl font-semibold text-ink">{t('app.name')}</h1>
          <p className="mt-1 text-sm text-slate-500">{t('login.subtitle')}</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          {down && (
            <div className="mb-4">
              <Notice tone="error" testId="login-unavailable">{t('login.unavailable')}</Notice>
            </div>
          )}
          {reason === 'revoked' && (
            <div className="mb-4">
              <Notice tone="info" testId="login-revoked">{t('login.revoked')}</Notice>
            </div>
          )}
          <LoginForm callbackUrl={returnTo} demoLogins={demo ? DEMO_LOGINS.map(({ username, role }) => ({ username, role })) : []} demoPassword={demo ? DEMO_PASSWORD : undefined} />
        </div>
      </div>
    </main>
  );
}

/** The proxy passes an absolute URL; only its path is kept, so a login never leads off this site. */
function localPath(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, 'http://local.invalid');
    return parsed.pathname.startsWith('/') && !parsed.pathname.startsWith('//') ? `${parsed.pathname}${parsed.search}` : undefined;
  } catch {
    return undefined;
  }
}
