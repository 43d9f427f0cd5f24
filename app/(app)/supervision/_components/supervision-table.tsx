import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';
import { Table, Td, Th } from '@/components/ui/table';
import type { SupervisionRow } from '@/db/queries/supervision';
import { formatDate, formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { RecordLink } from './record-link';
import { SupervisionStateBadge } from '@/components/supervision/state-badge';

/** The supervision list: overdue rows are tinted, their deadline red and labelled 已逾期. */
export function SupervisionTable({ rows, locale }: { rows: SupervisionRow[]; locale: Locale }) {
  const t = useTranslations('supervision');
  return (
    <Table>
      <caption className="sr-only">{t('caption')}</caption>
      <thead>
        <tr>
          <Th>{t('fields.title')}</Th>
          <Th>{t('fields.state')}</Th>
          <Th>{t('fields.deadline')}</Th>
          <Th>{t('fields.record')}</Th>
          <Th>{t('fields.assignedTo')}</Th>
          <Th>{t('fields.lastProgress')}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className={cn('hover:bg-slate-50', row.overdue && 'bg-red-50/60')} data-overdue={row.overdue || undefined}>
            <Td className="min-w-48">
              <Link href={`/supervision/${row.id}`} className="font-medium text-brand-700 hover:underline">{row.title}</Link>
            </Td>
            <Td><SupervisionStateBadge state={row.state} overdue={row.overdue} /></Td>
            <Td className="whitespace-nowrap tabular-nums">
              {/* The span carries the colour: Td's own text colour would win over a second one on the cell. */}
              <span data-testid="supervision-deadline" className={cn(row.overdue && 'font-medium text-red-700')}>{formatDate(`${row.deadline}T00:00:00+08:00`, locale)}</span>
            </Td>
            <Td className="min-w-40"><RecordLink leadId={row.leadId} projectId={row.projectId} name={row.recordName} /></Td>
            <Td className="whitespace-nowrap">
              {row.teamName}
              <span className="block text-xs text-slate-500">{row.assigneeName ?? t('wholeTeam')}</span>
            </Td>
            <Td className="min-w-48 text-slate-600">
              {row.lastProgressAt ? (
                <>
                  <span className="line-clamp-2">{row.lastProgressNote}</span>
                  <span className="text-xs text-slate-400">{formatDateTime(row.lastProgressAt, locale)}</span>
                </>
              ) : (
                <span className="text-slate-400">{t('noProgress')}</span>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
