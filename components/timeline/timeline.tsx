import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import type { TimelineItem } from '@/db/queries/timeline';
import { formatDate, formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { describeLeadEvent, leadEventTitle } from './lead-event';

interface Props {
  items: TimelineItem[];
  locale: Locale;
  /** On an enterprise's timeline a meeting names the lead it was logged on. */
  showLead?: boolean;
}

const DOT: Record<TimelineItem['kind'], string> = {
  meeting: 'bg-brand-600',
  event: 'bg-slate-300',
  note: 'bg-amber-400',
  followUp: 'bg-emerald-500',
};

function itemKey(item: TimelineItem): string {
  switch (item.kind) {
    case 'meeting':
      return `m-${item.meeting.id}`;
    case 'event':
      return `e-${item.event.id}`;
    default:
      return `${item.kind}-${item.id}`;
  }
}

/**
 * A lead's or an enterprise's 动态, newest first: meetings (kind, time, place, summary, outcome), stage
 * changes and assignments, notes, and follow-ups set and done.
 */
export function Timeline({ items, locale, showLead = false }: Props) {
  const t = useTranslations();
  if (items.length === 0) return <p className="text-sm text-slate-500">{t('timeline.empty')}</p>;
  const when = (at: Date) => <time dateTime={new Date(at).toISOString()}>{formatDateTime(at, locale)}</time>;

  return (
    <ol className="relative space-y-5 border-l border-slate-200 pl-4" data-testid="timeline">
      {items.map((item) => (
        <li key={itemKey(item)} className="relative text-sm" data-kind={item.kind}>
          <span aria-hidden="true" className={cn('absolute top-1.5 -left-[1.3rem] size-2.5 rounded-full ring-2 ring-white', item.kind === 'event' && item.event.kind === 'conflict' ? 'bg-red-500' : item.kind === 'event' && item.event.kind === 'stage' ? 'bg-brand-600' : DOT[item.kind])} />
          {item.kind === 'meeting' && (
            <>
              <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                <Badge tone="brand">{t(`meetingKind.${item.meeting.kind}`)}</Badge>
                <span className="text-xs text-slate-500">
                  {when(item.meeting.occurredAt)}
                  {item.meeting.place && <> · {item.meeting.place}</>}
                  {item.meeting.authorName && <> · {item.meeting.authorName}</>}
                </span>
              </p>
              {showLead && item.meeting.leadId && (
                <p className="mt-0.5 text-xs text-slate-500">
                  {t('timeline.onLead')} <Link href={`/leads/${item.meeting.leadId}`} className="text-brand-700 hover:underline">{item.meeting.leadName}</Link>
                </p>
              )}
              <p className="mt-1 break-words whitespace-pre-line text-slate-800">{item.meeting.summary}</p>
              {item.meeting.outcome && <p className="mt-1 break-words whitespace-pre-line text-slate-600">{t('timeline.outcome', { outcome: item.meeting.outcome })}</p>}
            </>
          )}
          {item.kind === 'event' && (
            <>
              <p className="flex flex-wrap items-baseline gap-x-2">
                <span className="font-medium text-slate-900">{leadEventTitle(t, item.event)}</span>
                <span className="text-xs text-slate-500">{when(item.at)} · {item.event.actorName ?? t('leadDetail.system')}</span>
              </p>
              {describeLeadEvent(t, item.event).map((line, i) => (
                <p key={i} className="mt-0.5 break-words text-slate-700">{line}</p>
              ))}
            </>
          )}
          {item.kind === 'note' && (
            <>
              <p className="flex flex-wrap items-baseline gap-x-2">
                <span className="font-medium text-slate-900">{t('timeline.note')}</span>
                <span className="text-xs text-slate-500">{when(item.at)} · {item.authorName}</span>
              </p>
              <p className="mt-0.5 break-words whitespace-pre-line text-slate-700">{item.body}</p>
            </>
          )}
          {item.kind === 'followUp' && (
            <>
              <p className="flex flex-wrap items-baseline gap-x-2">
                <span className="font-medium text-slate-900">{t(item.done ? 'timeline.followUpDone' : 'timeline.followUpSet')}</span>
                <span className="text-xs text-slate-500">{when(item.at)}</span>
                {item.done ? <Badge tone="green">{t('timeline.done')}</Badge> : <Badge tone="amber">{t('timeline.open')}</Badge>}
              </p>
              <p className={cn('mt-0.5 break-words', item.done ? 'text-slate-500 line-through decoration-slate-300' : 'text-slate-800')}>{item.title}</p>
              <p className="mt-0.5 text-xs text-slate-500">{t('timeline.followUpMeta', { owner: item.ownerName, due: formatDate(`${item.dueDate}T00:00:00+08:00`, locale) })}</p>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
