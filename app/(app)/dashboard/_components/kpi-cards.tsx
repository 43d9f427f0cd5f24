import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { Kpis } from '@/db/queries/dashboard';
import type { Locale } from '@/lib/i18n/locales';
import { DataDetails } from './data-details';
import { formatCount, formatPercent, formatYi1 } from './format';
import { ProgressBar } from '@/components/ui/progress-bar';

type CardKey = 'majorStarts' | 'fundsInPlace' | 'signings' | 'newLeads' | 'springStarts';

/** Which target each card reads, and how its numbers are written. */
const CARDS: { key: CardKey; target: keyof Kpis['targets']; money?: boolean; unit: 'unitCount' | 'unitLeads' | 'unitYi' }[] = [
  { key: 'majorStarts', target: 'majorProjects', unit: 'unitCount' },
  { key: 'fundsInPlace', target: 'fundsInPlace', money: true, unit: 'unitYi' },
  { key: 'signings', target: 'signings', unit: 'unitCount' },
  { key: 'newLeads', target: 'newLeads', unit: 'unitLeads' },
  { key: 'springStarts', target: 'springStarts', unit: 'unitCount' },
];

/**
 * The KPI cards: each figure against its annual target with a progress bar, % of target, the share of the
 * year elapsed and 领先/落后进度; the same numbers again as a table under "查看数据".
 */
export function KpiCards({ kpis, locale, scope }: { kpis: Kpis; locale: Locale; scope: string }) {
  const t = useTranslations('dashboard.kpi');
  const elapsed = formatPercent(kpis.elapsed, locale);
  const write = (value: number, money?: boolean) => (money ? formatYi1(value, locale) : formatCount(value, locale));
  const rows = CARDS.map((card) => {
    const actual = kpis.figures[card.key];
    const target = kpis.targets[card.target];
    const share = target ? actual / target : null;
    return { ...card, actual, target, share, label: t(card.key) };
  });
  const amountTarget = kpis.targets.signingAmount;
  const amountShare = amountTarget ? kpis.figures.signingAmount / amountTarget : null;
  const tableRows = [
    ...rows,
    { key: 'signingAmount' as const, label: t('signingAmount'), actual: kpis.figures.signingAmount, target: amountTarget, share: amountShare, money: true, unit: 'unitYi' as const },
  ];

  return (
    <div>
      <p className="mb-3 text-sm text-slate-600">{scope}</p>
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-5">
        {rows.map((r) => (
          <li key={r.key} className="rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
            <h3 className="text-base font-semibold text-slate-700">{r.label}</h3>
            <p className="mt-2 text-3xl font-semibold text-ink tabular-nums">
              {write(r.actual, r.money)}
              {r.target !== null && <span className="text-xl font-normal text-slate-500"> / {write(r.target, r.money)}</span>}
              {t(r.unit) && <span className="ml-1 text-base font-normal text-slate-500">{t(r.unit)}</span>}
            </p>
            {r.key === 'signings' && (
              <p className="mt-1 text-sm text-slate-600 tabular-nums">
                {amountTarget ? t('amountTarget', { amount: formatYi1(kpis.figures.signingAmount, locale), target: formatYi1(amountTarget, locale) }) : t('amountLine', { amount: formatYi1(kpis.figures.signingAmount, locale) })}
              </p>
            )}
            {r.share === null ? (
              <p className="mt-3 text-sm text-slate-500">{t('noTarget')}</p>
            ) : (
              <div className="mt-3 space-y-2">
                <ProgressBar value={r.share} pace={kpis.elapsed} tone={r.share >= kpis.elapsed ? 'green' : 'amber'} size="thick" label={t('progress', { measure: r.label })} valueText={t('ofTarget', { percent: formatPercent(r.share, locale) })} />
                <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
                  <span className="font-medium text-slate-900">{t('ofTarget', { percent: formatPercent(r.share, locale) })}</span>
                  <span>{t('elapsed', { percent: elapsed })}</span>
                  <Badge tone={r.share >= kpis.elapsed ? 'green' : 'amber'}>{r.share >= kpis.elapsed ? t('ahead') : t('behind')}</Badge>
                </p>
              </div>
            )}
          </li>
        ))}
      </ul>
      <DataDetails>
        <Table className="text-base">
          <caption className="sr-only">{t('title', { year: kpis.year })}</caption>
          <thead>
            <tr>
              <Th className="text-sm">{t('measure')}</Th>
              <Th className="text-right text-sm">{t('actual')}</Th>
              <Th className="text-right text-sm">{t('target')}</Th>
              <Th className="text-right text-sm">{t('share')}</Th>
              <Th className="text-right text-sm">{t('elapsedColumn')}</Th>
              <Th className="text-sm">{t('pace')}</Th>
            </tr>
          </thead>
          <tbody>
            {tableRows.map((r) => (
              <tr key={r.key}>
                <th scope="row" className="border-b border-slate-100 px-3 py-2 text-left text-sm font-medium text-slate-800">{r.money ? `${r.label}（${t('unitYi')}）` : r.label}</th>
                <Td className="text-right tabular-nums">{write(r.actual, r.money)}</Td>
                <Td className="text-right tabular-nums">{r.target === null ? '—' : write(r.target, r.money)}</Td>
                <Td className="text-right tabular-nums">{r.share === null ? '—' : formatPercent(r.share, locale)}</Td>
                <Td className="text-right tabular-nums">{elapsed}</Td>
                <Td>{r.share === null ? t('noTarget') : r.share >= kpis.elapsed ? t('ahead') : t('behind')}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </DataDetails>
    </div>
  );
}
