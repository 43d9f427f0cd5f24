import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';
import { Card } from '@/components/ui/card';
import type { SupervisionRow } from '@/db/queries/supervision';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { SupervisionStateBadge } from './state-badge';

/** 督办事项 on a lead's or a project's page (listRecordSupervision): state, deadline (red when overdue), who handles it. */
export function RecordSupervisionCard({ items, locale }: { items: SupervisionRow[]; locale: Locale }) {
  const t = useTranslations('supervision');
  if (items.length === 0) return null;
  return (
    <Card title={t('recordCard.title', { count: items.length })}>
      <ul className="divide-y divide-slate-100">
        {items.map((item) => (
          <li key={item.id} className="py-2.5 text-sm first:pt-0 last:pb-0" data-overdue={item.overdue || undefined}>
            <div className="flex items-start justify-between gap-2">
              <Link href={`/supervision/${item.id}`} className="font-medium text-brand-700 hover:underline">{item.title}</Link>
              <SupervisionStateBadge state={item.state} overdue={item.overdue} />
            </div>
            <p className="mt-0.5 text-xs text-slate-600">
              {item.teamName}
              {item.assigneeName ? ` · ${item.assigneeName}` : ''} ·{' '}
              <span className={cn('tabular-nums', item.overdue && 'font-medium text-red-700')}>{t('overdueDue', { date: formatDate(`${item.deadline}T00:00:00+08:00`, locale) })}</span>
            </p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
