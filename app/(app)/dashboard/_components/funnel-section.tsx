import { useTranslations } from 'next-intl';
import { Table, Td, Th } from '@/components/ui/table';
import type { Funnel } from '@/db/queries/dashboard';
import type { Locale } from '@/lib/i18n/locales';
import { FunnelChart } from './charts';
import { DataDetails } from './data-details';
import { formatCount, formatPercent } from './format';

/** 招商漏斗: leads per stage now (bars), and the year's entries, conversions and median days per stage (table). */
export function FunnelSection({ funnel, locale }: { funnel: Funnel; locale: Locale }) {
  const t = useTranslations('dashboard.funnel');
  const stage = useTranslations('lead.stage');
  const days = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (
    <div>
      <FunnelChart caption={t('chart')} data={funnel.steps.map((s) => ({ label: stage(s.stage), value: s.current }))} />
      <p className="mt-2 text-sm text-slate-600">{t('aside', { onHold: funnel.onHold, dropped: funnel.dropped })}</p>
      <DataDetails>
        <Table className="text-base">
          <caption className="sr-only">{t('title')}</caption>
          <thead>
            <tr>
              <Th className="text-sm">{t('stage')}</Th>
              <Th className="text-right text-sm">{t('current')}</Th>
              <Th className="text-right text-sm">{t('entered')}</Th>
              <Th className="text-right text-sm">{t('advanced')}</Th>
              <Th className="text-right text-sm">{t('conversion')}</Th>
              <Th className="text-right text-sm">{t('medianDays')}</Th>
            </tr>
          </thead>
          <tbody>
            {funnel.steps.map((s) => (
              <tr key={s.stage}>
                <th scope="row" className="border-b border-slate-100 px-3 py-2 text-left text-sm font-medium text-slate-800">{stage(s.stage)}</th>
                <Td className="text-right tabular-nums">{formatCount(s.current, locale)}</Td>
                <Td className="text-right tabular-nums">{formatCount(s.entered, locale)}</Td>
                <Td className="text-right tabular-nums">{s.advanced === null ? t('none') : formatCount(s.advanced, locale)}</Td>
                <Td className="text-right tabular-nums">{s.conversion === null ? t('none') : formatPercent(s.conversion, locale)}</Td>
                <Td className="text-right tabular-nums">{s.medianDays === null ? t('none') : t('days', { days: days.format(s.medianDays) })}</Td>
              </tr>
            ))}
            <tr>
              <th scope="row" className="border-b border-slate-100 px-3 py-2 text-left text-sm font-medium text-slate-800">{t('onHold')}</th>
              <Td className="text-right tabular-nums">{formatCount(funnel.onHold, locale)}</Td>
              <Td colSpan={4} />
            </tr>
            <tr>
              <th scope="row" className="border-b border-slate-100 px-3 py-2 text-left text-sm font-medium text-slate-800">{t('dropped')}</th>
              <Td className="text-right tabular-nums">{formatCount(funnel.dropped, locale)}</Td>
              <Td colSpan={4} />
            </tr>
          </tbody>
        </Table>
      </DataDetails>
    </div>
  );
}
