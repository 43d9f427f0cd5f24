import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';

/** The full-page message for 403 and 404. */
export async function StatusPage({ code, namespace }: { code: number; namespace: 'forbidden' | 'notFound' }) {
  const t = await getTranslations(namespace);
  return (
    <main className="flex min-h-dvh items-center justify-center p-6">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-brand-600">{code}</p>
        <h1 className="mt-2 text-2xl font-semibold text-ink">{t('title')}</h1>
        <p className="mt-3 text-sm text-slate-600">{t('body')}</p>
        <ButtonLink href="/" className="mt-6">
          {t('home')}
        </ButtonLink>
      </div>
    </main>
  );
}
