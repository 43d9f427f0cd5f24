import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Table, Td, Th } from '@/components/ui/table';
import type { LeagueRow } from '@/db/queries/dashboard';
import { formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { LEAGUE_SORTS, type LeagueSort } from '@/lib/validation/dashboard';
import { dashboardHref, type DashboardParams } from './dashboard-href';
import { formatCount } from './format';

/** 专班排行: one row per team; each column head is a link that sorts by it (?sort=, kept in the URL). */
export function LeagueTable({ rows, params, sort, locale }: { rows: LeagueRow[]; params: DashboardParams; sort: LeagueSort; locale: Locale }) {
  const t = useTranslations('dashboard.league');
  const cell = (row: LeagueRow, key: Exclude<LeagueSort, 'team'>) =>
    key === 'signingAmount' || key === 'fundsInPlace' ? formatWanNumber(row[key], locale) : formatCount(row[key], locale);
  return (
    <Table className="text-base">
      <caption className="sr-only">{t('caption')}</caption>
      <thead>
        <tr>
          {LEAGUE_SORTS.map((key) => (
            <Th key={key} className={key === 'team' ? 'text-sm' : 'text-right text-sm'} aria-sort={key === sort ? (key === 'team' ? 'ascending' : 'descending') : undefined}>
              <Link href={dashboardHref({ ...params, sort: key })} scroll={false} aria-label={t('sortBy', { column: t(key) })} className={key === sort ? 'text-ink underline' : 'text-brand-700 hover:underline'}>
                {t(key)}
                {key === sort && <span aria-hidden="true">{key === 'team' ? ' ↑' : ' ↓'}</span>}
              </Link>
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.teamId}>
            <th scope="row" className="border-b border-slate-100 px-3 py-2 text-left text-sm font-medium text-slate-800">{row.teamName}</th>
            {LEAGUE_SORTS.filter((k): k is Exclude<LeagueSort, 'team'> => k !== 'team').map((key) => (
              <Td key={key} className={key === 'overdueFollowUps' && row[key] > 0 ? 'text-right font-medium text-red-700 tabular-nums' : 'text-right tabular-nums'}>
                {cell(row, key)}
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
