import { useLocale, useTranslations } from 'next-intl';
import type { ProjectTotals as Totals } from '@/db/queries/project-list';
import { formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { fundsRatio } from '@/lib/project-status';

/** Count, 协议投资额 and 到位资金 of every project the filters match (all pages, all columns). */
export function ProjectTotals({ totals }: { totals: Totals }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const items = [
    { label: t('projects.totals.count'), value: t('projects.totals.countValue', { count: totals.count }) },
    { label: t('projects.totals.contracted'), value: t('format.wan', { amount: formatWanNumber(totals.contracted, locale) }) },
    { label: t('projects.totals.fundsInPlace'), value: t('format.wan', { amount: formatWanNumber(totals.fundsInPlace, locale) }) },
    { label: t('projects.totals.fundsRatio'), value: percent.format(fundsRatio(totals.fundsInPlace, totals.contracted)) },
  ];
  return (
    <section aria-label={t('projects.totals.label')} aria-live="polite">
      <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-lg border border-slate-200 bg-slate-200 sm:grid-cols-4">
        {items.map((item) => (
          <div key={item.label} className="bg-white px-3 py-2">
            <dt className="text-xs text-slate-500">{item.label}</dt>
            <dd className="text-base font-semibold text-ink tabular-nums">{item.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
