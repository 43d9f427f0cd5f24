import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { RequestDeadline } from '@/components/requests/deadline';
import { RequestStateBadge } from '@/components/requests/state-badge';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { Table, Td, Th } from '@/components/ui/table';
import type { RequestRow } from '@/db/queries/requests';
import type { Locale } from '@/lib/i18n/locales';
import { RequestRecordLink } from './record-link';

/** The request list (records linked for viewers who can open them): overdue rows are tinted, their deadline red and labelled 已逾期. */
export function RequestTable({ rows, locale, linked }: { rows: RequestRow[]; locale: Locale; linked: boolean }) {
  const t = useTranslations('requests');
  return (
    <Table>
      <caption className="sr-only">{t('caption')}</caption>
      <thead>
        <tr>
          <Th>{t('fields.description')}</Th>
          <Th>{t('fields.state')}</Th>
          <Th>{t('fields.deadline')}</Th>
          <Th>{t('fields.record')}</Th>
          <Th>{t('fields.department')}</Th>
          <Th>{t('fields.team')}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className={cn('hover:bg-slate-50', row.overdue && 'bg-red-50/60')} data-overdue={row.overdue || undefined}>
            <Td className="min-w-64">
              <div className="mb-0.5 flex flex-wrap gap-1">
                <Badge>{t(`category.${row.category}`)}</Badge>
                {row.urgency !== 'normal' && <Badge tone={row.urgency === 'critical' ? 'red' : 'amber'}>{t(`urgency.${row.urgency}`)}</Badge>}
                {row.reopenCount > 0 && <Badge tone="amber">{t('reopened', { count: row.reopenCount })}</Badge>}
              </div>
              <Link href={`/requests/${row.id}`} className="line-clamp-2 font-medium text-brand-700 hover:underline">{row.description}</Link>
            </Td>
            <Td><RequestStateBadge state={row.state} overdue={row.overdue} /></Td>
            <Td className="whitespace-nowrap"><RequestDeadline deadline={row.deadline} overdue={row.overdue} locale={locale} /></Td>
            <Td className="min-w-40"><RequestRecordLink row={row} linked={linked} /></Td>
            <Td className="whitespace-nowrap">{row.departmentName}</Td>
            <Td className="whitespace-nowrap">{row.teamName}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
