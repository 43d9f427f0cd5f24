import { useTranslations } from 'next-intl';
import { Table, Td, Th } from '@/components/ui/table';
import type { TrendPoint } from '@/db/queries/dashboard';
import { formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { TrendChart } from './charts';
import { DataDetails } from './data-details';
import { formatCount } from './format';

/** 月度趋势: signings and funds in place per month, this year against last year; the 12 points as a table too. */
export function TrendSection({ points, year, locale }: { points: TrendPoint[]; year: number; locale: Locale }) {
  const t = useTranslations('dashboard.trend');
  const last = year - 1;
  const labels = {
    signing: t('signingAmount', { year }),
    funds: t('fundsInPlace', { year }),
    lastSigning: t('signingAmount', { year: last }),
    lastFunds: t('fundsInPlace', { year: last }),
  };
  const wan = (n: number) => formatWanNumber(n, locale);
  return (
    <div>
      <TrendChart
        caption={t('chart', { year, last })}
        labels={labels}
        data={points.map((p) => ({ label: t('monthValue', { month: p.month }), signing: p.signingAmount, funds: p.fundsInPlace, lastSigning: p.lastSigningAmount, lastFunds: p.lastFundsInPlace }))}
      />
      <DataDetails>
        <Table className="text-base">
          <caption className="sr-only">{t('title')}</caption>
          <thead>
            <tr>
              <Th className="text-sm">{t('month')}</Th>
              <Th className="text-right text-sm">{t('signings', { year })}</Th>
              <Th className="text-right text-sm">{labels.signing}</Th>
              <Th className="text-right text-sm">{labels.funds}</Th>
              <Th className="text-right text-sm">{t('signings', { year: last })}</Th>
              <Th className="text-right text-sm">{labels.lastSigning}</Th>
              <Th className="text-right text-sm">{labels.lastFunds}</Th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.month}>
                <th scope="row" className="border-b border-slate-100 px-3 py-2 text-left text-sm font-medium text-slate-800">{t('monthValue', { month: p.month })}</th>
                <Td className="text-right tabular-nums">{formatCount(p.signings, locale)}</Td>
                <Td className="text-right tabular-nums">{wan(p.signingAmount)}</Td>
                <Td className="text-right tabular-nums">{wan(p.fundsInPlace)}</Td>
                <Td className="text-right tabular-nums">{formatCount(p.lastSignings, locale)}</Td>
                <Td className="text-right tabular-nums">{wan(p.lastSigningAmount)}</Td>
                <Td className="text-right tabular-nums">{wan(p.lastFundsInPlace)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </DataDetails>
    </div>
  );
}
