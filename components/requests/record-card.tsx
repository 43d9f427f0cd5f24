import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { RequestRow } from '@/db/queries/requests';
import type { Locale } from '@/lib/i18n/locales';
import { RequestDeadline } from './deadline';
import { RequestStateBadge } from './state-badge';

/**
 * 企业诉求 on an enterprise's or a project's page (listRecordRequests): state, department and deadline, overdue in red,
 * and the way to raise one when the viewer may.
 */
export function RecordRequestsCard({ items, locale, raiseHref }: { items: RequestRow[]; locale: Locale; raiseHref: string | null }) {
  const t = useTranslations('requests');
  if (items.length === 0 && !raiseHref) return null;
  return (
    <Card title={t('recordCard.title', { count: items.length })} actions={raiseHref && <ButtonLink href={raiseHref} variant="secondary" className="h-8 px-3">{t('action')}</ButtonLink>}>
      {items.length === 0 ? (
        <p className="text-sm text-slate-500">{t('recordCard.empty')}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {items.map((item) => (
            <li key={item.id} className="py-2.5 text-sm first:pt-0 last:pb-0" data-overdue={item.overdue || undefined}>
              <div className="flex items-start justify-between gap-2">
                <Link href={`/requests/${item.id}`} className="line-clamp-2 font-medium text-brand-700 hover:underline">
                  {t(`category.${item.category}`)} · {item.description}
                </Link>
                <RequestStateBadge state={item.state} overdue={item.overdue} />
              </div>
              <p className="mt-0.5 text-xs text-slate-600">
                {item.departmentName} · <RequestDeadline deadline={item.deadline} overdue={item.overdue} locale={locale} label={(date) => t('due', { date })} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
