import { getTranslations } from 'next-intl/server';

/** Shown while a page of the app loads its data. */
export default async function Loading() {
  const t = await getTranslations('common');
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">{t('loading')}</span>
      <div className="h-7 w-48 animate-pulse rounded bg-slate-200" />
      <div className="h-4 w-72 animate-pulse rounded bg-slate-200" />
      <div className="mt-6 h-64 animate-pulse rounded-lg bg-slate-100" />
    </div>
  );
}
