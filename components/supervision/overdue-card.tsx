import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import type { SupervisionRow } from '@/db/queries/supervision';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';

/**
 * 逾期督办 for the dashboard and the officer's home: the viewer's overdue items (listOverdueSupervision),
 * in red, each linking to its page. Shown only when there are any.
 */
export function OverdueSupervisionCard({ count, items, locale, className }: { count: number; items: SupervisionRow[]; locale: Locale; className?: string }) {
  const t = useTranslations('supervision');
  if (count === 0) return null;
  return (
    <Card
      title={`${t('overdueCard')}（${count}）`}
      className={className}
      actions={
        <Link href="/supervision?state=overdue" className="text-sm font-medium text-brand-700 hover:underline">
          {t('overdueAll')}
        </Link>
      }
    >
      <ul className="divide-y divide-red-100 rounded-md border border-red-200 bg-red-50/60">
        {items.map((item) => (
          <li key={item.id} className="px-3 py-2.5 text-sm">
            <Link href={`/supervision/${item.id}`} className="font-medium text-red-800 hover:underline">{item.title}</Link>
            <p className="mt-0.5 text-xs text-slate-600">
              {item.recordName} · {item.teamName}
              {item.assigneeName ? ` · ${item.assigneeName}` : ''} · <span className="font-medium text-red-700">{t('overdueDue', { date: formatDate(`${item.deadline}T00:00:00+08:00`, locale) })}</span>
            </p>
          </li>
        ))}
      </ul>
      {count > items.length && <p className="mt-2 text-xs text-slate-500">{t('overdueMore', { count: count - items.length })}</p>}
    </Card>
  );
}
