import { useTranslations } from 'next-intl';

/** Shown while a page loads its data: the page's shape, and "loading" for screen readers. */
export function PageSkeleton() {
  const t = useTranslations('common');
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">{t('loading')}</span>
      <div className="h-7 w-48 animate-pulse rounded bg-slate-200" />
      <div className="h-4 w-72 animate-pulse rounded bg-slate-200" />
      <div className="mt-6 h-64 animate-pulse rounded-lg bg-slate-100" />
    </div>
  );
}
