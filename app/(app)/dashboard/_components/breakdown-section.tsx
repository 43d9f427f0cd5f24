import { useTranslations } from 'next-intl';
import { Table, Td, Th } from '@/components/ui/table';
import type { BreakdownRow } from '@/db/queries/dashboard';
import { formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { formatCount } from './format';

/** One breakdown table (by chain or by chain action): active leads, signings, 签约额 and funds in place. */
export function BreakdownTable({ caption, head, rows, locale }: { caption: string; head: string; rows: ({ key: string; label: string } & BreakdownRow)[]; locale: Locale }) {
  const t = useTranslations('dashboard.breakdown');
  return (
    <Table className="text-base">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <Th className="text-sm">{head}</Th>
          <Th className="text-right text-sm">{t('activeLeads')}</Th>
          <Th className="text-right text-sm">{t('signings')}</Th>
          <Th className="text-right text-sm">{t('signingAmount')}</Th>
          <Th className="text-right text-sm">{t('fundsInPlace')}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" className="border-b border-slate-100 px-3 py-2 text-left text-sm font-medium text-slate-800">{r.label}</th>
            <Td className="text-right tabular-nums">{formatCount(r.activeLeads, locale)}</Td>
            <Td className="text-right tabular-nums">{formatCount(r.signings, locale)}</Td>
            <Td className="text-right tabular-nums">{formatWanNumber(r.signingAmount, locale)}</Td>
            <Td className="text-right tabular-nums">{formatWanNumber(r.fundsInPlace, locale)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
