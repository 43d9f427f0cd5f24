'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

/**
 * A failure above the pages' own boundary, above all the (app) layout, which reads the viewer from the
 * database: when the database is down this is what every signed-in page shows. The error itself
 * stays in the server log; the person gets a plain message and a retry that asks the server again.
 */
export default function RootError({ retry }: { error: Error; retry: () => void }) {
  const t = useTranslations('serverError');
  return (
    <main className="flex min-h-dvh items-center justify-center p-6">
      <div role="alert" className="max-w-md text-center">
        <h1 className="text-2xl font-semibold text-ink">{t('title')}</h1>
        <p className="mt-3 text-sm text-slate-600">{t('body')}</p>
        <Button className="mt-6" onClick={retry}>
          {t('retry')}
        </Button>
      </div>
    </main>
  );
}
