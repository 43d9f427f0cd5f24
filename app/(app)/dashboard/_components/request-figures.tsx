import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { Table, Td, Th } from '@/components/ui/table';
import type { DepartmentRequestFigures } from '@/db/queries/requests';
import type { Locale } from '@/lib/i18n/locales';
import { formatCount, formatPercent } from './format';

/** 企业诉求闭环 per department: open, overdue (red), average days to 已办结, satisfaction rate; each count opens the list. */
export function RequestFiguresCard({ rows, locale, className }: { rows: DepartmentRequestFigures[]; locale: Locale; className?: string }) {
  const t = useTranslations('requests');
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <Card
      title={t('dashboard.title')}
      className={className}
      actions={<Link href="/requests" className="text-sm font-medium text-brand-700 hover:underline">{t('dashboard.all')}</Link>}
    >
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t('dashboard.empty')}</p>
      ) : (
        <Table>
          <caption className="sr-only">{t('dashboard.title')}</caption>
          <thead>
            <tr>
              <Th>{t('dashboard.department')}</Th>
              <Th className="text-right">{t('dashboard.open')}</Th>
              <Th className="text-right">{t('dashboard.overdue')}</Th>
              <Th className="text-right">{t('dashboard.avgDays')}</Th>
              <Th className="text-right">{t('dashboard.satisfaction')}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.departmentId} data-testid="request-department-row">
                <Td className="whitespace-nowrap">{row.departmentName}</Td>
                <Td className="text-right tabular-nums">
                  <Link href={`/requests?state=open&departmentId=${row.departmentId}`} className="hover:underline">{formatCount(row.open, locale)}</Link>
                </Td>
                <Td className={cn('text-right tabular-nums', row.overdue > 0 && 'font-medium text-red-700')}>
                  <Link href={`/requests?state=overdue&departmentId=${row.departmentId}`} className="hover:underline">{formatCount(row.overdue, locale)}</Link>
                </Td>
                <Td className="text-right tabular-nums">{row.avgDaysToClose === null ? '—' : oneDecimal.format(row.avgDaysToClose)}</Td>
                <Td className="text-right tabular-nums">{row.satisfactionRate === null ? '—' : formatPercent(row.satisfactionRate, locale)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
