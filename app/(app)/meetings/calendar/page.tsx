import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { PageHeader } from '@/components/ui/page-header';
import { listMyFollowUps, type FollowUpRow } from '@/db/queries/follow-ups';
import { listMeetingsBetween, type MeetingRow } from '@/db/queries/meetings';
import type { Locale } from '@/lib/i18n/locales';
import { requirePermission } from '@/lib/viewer';
import { addDays, addMonths, calendarDays, isDay, zoneDay, zoneRange, zoneTime, zoneToday, type CalendarView } from '@/lib/zone-dates';

type Scope = 'me' | 'team' | 'all';
type SearchParams = Promise<Record<string, string | string[] | undefined>>;
interface DayItems {
  meetings: MeetingRow[];
  followUps: FollowUpRow[];
}

export async function generateMetadata() {
  return { title: (await getTranslations('calendar'))('title') };
}

const MONTH_CELL_ITEMS = 4;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** 拜访日历: meetings (and, in 我的, follow-up due dates) by week or month, in the zone's dates. */
export default async function MeetingCalendarPage({ searchParams }: { searchParams: SearchParams }) {
  // /meetings has its own layout check; the page checks too so it never depends on it.
  const viewer = await requirePermission('meetings.read');
  const t = await getTranslations('calendar');
  const kindLabel = await getTranslations('meetingKind');
  const locale = (await getLocale()) as Locale;
  const params = await searchParams;

  const scopes: Scope[] = ['me', ...(viewer.teamId ? (['team'] as const) : []), ...(viewer.role === 'leader' || viewer.role === 'admin' ? (['all'] as const) : [])];
  const view: CalendarView = params.view === 'week' ? 'week' : 'month';
  const today = zoneToday();
  const date = isDay(params.date) ? params.date : today;
  const scope: Scope = scopes.includes(params.scope as Scope) ? (params.scope as Scope) : 'me';

  const { days, month } = calendarDays(view, date);
  const first = days[0];
  const last = days[days.length - 1];
  const [meetings, followUps] = await Promise.all([
    listMeetingsBetween(viewer, { ...zoneRange(first, last), scope }),
    // Follow-ups come from the viewer's own open list (overdue up to a week ahead), so only 我的 shows them.
    scope === 'me' ? listMyFollowUps(viewer) : Promise.resolve([]),
  ]);

  const byDay = new Map<string, DayItems>(days.map((d) => [d, { meetings: [], followUps: [] }]));
  for (const m of meetings) byDay.get(zoneDay(m.occurredAt))?.meetings.push(m);
  for (const f of followUps) byDay.get(f.dueDate)?.followUps.push(f);

  const href = (next: Partial<{ view: CalendarView; date: string; scope: Scope }>) => {
    const q = new URLSearchParams({ view, date, scope, ...next });
    return `/meetings/calendar?${q}`;
  };
  const step = (n: number) => (view === 'week' ? addDays(date, 7 * n) : addMonths(date, n));
  const dayFmt = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const longDayFmt = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', weekday: 'short', timeZone: 'UTC' });
  const asDate = (d: string) => new Date(`${d}T00:00:00Z`);
  const rangeLabel =
    view === 'month'
      ? new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(asDate(date))
      : `${new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(asDate(first))} – ${dayFmt.format(asDate(last))}`;

  const pill = (active: boolean) =>
    cn('inline-flex h-8 items-center px-3 text-sm font-medium', active ? 'bg-brand-600 text-white' : 'bg-white text-slate-700 hover:bg-slate-50');

  // A month cell holds a few; the rest are a link away, in that day's week.
  const dayEvents = (d: string, cap = Infinity) => {
    const items = byDay.get(d)!;
    const total = items.meetings.length + items.followUps.length;
    if (total === 0) return null;
    // Meetings first: they are what the calendar is for; due dates fill what room is left.
    const meetingsShown = items.meetings.slice(0, cap);
    const followUpsShown = items.followUps.slice(0, Math.max(0, cap - meetingsShown.length));
    const hidden = total - followUpsShown.length - meetingsShown.length;
    return (
      <ul className="space-y-1">
        {meetingsShown.map((m) => (
          <li key={m.id}>
            <Link href={m.leadId ? `/leads/${m.leadId}` : `/enterprises/${m.enterpriseId}`} className="block rounded border-l-2 border-brand-500 bg-brand-50 px-1.5 py-0.5 text-xs leading-snug text-slate-800 hover:bg-brand-100">
              <span className="font-medium tabular-nums">{zoneTime(m.occurredAt)}</span> {kindLabel(m.kind)}
              <span className="block truncate text-slate-600">{m.enterpriseName}</span>
            </Link>
          </li>
        ))}
        {followUpsShown.map((f) => (
          <li key={f.id}>
            <Link
              href={f.leadId ? `/leads/${f.leadId}` : `/enterprises/${f.enterpriseId}`}
              className={cn('block rounded border-l-2 px-1.5 py-0.5 text-xs leading-snug', f.bucket === 'overdue' ? 'border-red-500 bg-red-50 text-red-800' : 'border-amber-500 bg-amber-50 text-amber-900')}
            >
              <span className="font-medium">{t('due')}</span> {f.title}
            </Link>
          </li>
        ))}
        {hidden > 0 && (
          <li>
            <Link href={href({ view: 'week', date: d })} className="block px-1.5 text-xs font-medium text-brand-700 hover:underline">
              {t('more', { count: hidden })}
            </Link>
          </li>
        )}
      </ul>
    );
  };

  const dayNumber = (d: string) => (
    <span className={cn('inline-flex size-6 items-center justify-center rounded-full text-xs tabular-nums', d === today ? 'bg-brand-600 font-semibold text-white' : d.slice(0, 7) === month || view === 'week' ? 'text-slate-800' : 'text-slate-400')}>
      {Number(d.slice(8))}
    </span>
  );

  const weeks = Array.from({ length: days.length / 7 }, (_, i) => days.slice(i * 7, i * 7 + 7));
  const listDays = days.filter((d) => d.slice(0, 7) === month || view === 'week').filter((d) => dayEvents(d));

  return (
    <>
      <PageHeader
        title={t('title')}
        description={scope === 'me' ? t('descriptionMe') : t('descriptionOthers')}
        actions={
          <ButtonLink href="/api/meetings/ics" variant="secondary" prefetch={false} download>
            {t('icsExport')}
          </ButtonLink>
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <nav aria-label={t('viewLabel')} className="inline-flex overflow-hidden rounded-md border border-slate-300">
          {(['week', 'month'] as const).map((v) => (
            <Link key={v} href={href({ view: v })} aria-current={v === view ? 'page' : undefined} className={pill(v === view)}>
              {t(`views.${v}`)}
            </Link>
          ))}
        </nav>
        {scopes.length > 1 && (
          <nav aria-label={t('scopeLabel')} className="inline-flex overflow-hidden rounded-md border border-slate-300">
            {scopes.map((s) => (
              <Link key={s} href={href({ scope: s })} aria-current={s === scope ? 'page' : undefined} className={pill(s === scope)}>
                {t(`scopes.${s}`)}
              </Link>
            ))}
          </nav>
        )}
        <div className="flex items-center gap-1 sm:ml-auto">
          <ButtonLink href={href({ date: step(-1) })} variant="ghost" className="h-8 px-2" aria-label={t(view === 'week' ? 'prevWeek' : 'prevMonth')}>
            ‹
          </ButtonLink>
          <ButtonLink href={href({ date: today })} variant="secondary" className="h-8 px-3">
            {t('today')}
          </ButtonLink>
          <ButtonLink href={href({ date: step(1) })} variant="ghost" className="h-8 px-2" aria-label={t(view === 'week' ? 'nextWeek' : 'nextMonth')}>
            ›
          </ButtonLink>
          <h2 className="ml-2 text-base font-semibold text-ink" aria-live="polite">{rangeLabel}</h2>
        </div>
      </div>
      {scope !== 'me' && <p className="mb-3 text-xs text-slate-500">{t('followUpsOnlyMine')}</p>}

      {view === 'month' ? (
        <>
          <table className="hidden w-full table-fixed border-collapse overflow-hidden rounded-lg border border-slate-200 bg-white md:table">
            <caption className="sr-only">{rangeLabel}</caption>
            <thead>
              <tr>
                {WEEKDAYS.map((w) => (
                  <th key={w} scope="col" className="border-b border-slate-200 bg-slate-50 px-2 py-1.5 text-left text-xs font-semibold text-slate-600">
                    {t(`weekdays.${w}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week[0]}>
                  {week.map((d) => (
                    <td key={d} className={cn('h-28 border border-slate-100 p-1.5 align-top', d.slice(0, 7) !== month && 'bg-slate-50/70')}>
                      <div className="mb-1">{dayNumber(d)}</div>
                      {dayEvents(d, MONTH_CELL_ITEMS)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <DayList className="md:hidden" days={listDays} label={(d) => longDayFmt.format(asDate(d))} events={dayEvents} empty={t('empty')} today={today} todayLabel={t('today')} />
        </>
      ) : (
        <>
          <div className="hidden grid-cols-7 gap-px overflow-hidden rounded-lg border border-slate-200 bg-slate-200 md:grid">
            {days.map((d) => (
              <section key={d} aria-label={longDayFmt.format(asDate(d))} className="min-h-64 bg-white p-2">
                <h3 className={cn('mb-2 flex items-center gap-1.5 text-xs font-semibold', d === today ? 'text-brand-700' : 'text-slate-600')}>
                  {t(`weekdays.${WEEKDAYS[days.indexOf(d)]}`)} {dayNumber(d)}
                </h3>
                {dayEvents(d)}
              </section>
            ))}
          </div>
          <DayList className="md:hidden" days={listDays} label={(d) => longDayFmt.format(asDate(d))} events={dayEvents} empty={t('empty')} today={today} todayLabel={t('today')} />
        </>
      )}
    </>
  );
}

/** On a phone a grid of seven columns is unreadable: the days that have something, one under another. */
function DayList({ days, label, events, empty, className, today, todayLabel }: { days: string[]; label: (d: string) => string; events: (d: string) => React.ReactNode; empty: string; className?: string; today: string; todayLabel: string }) {
  if (days.length === 0) return <p className={cn('rounded-lg border border-dashed border-slate-300 bg-white px-4 py-8 text-center text-sm text-slate-500', className)}>{empty}</p>;
  return (
    <ol className={cn('space-y-2', className)}>
      {days.map((d) => (
        <li key={d} className="rounded-lg border border-slate-200 bg-white p-3">
          <h3 className="mb-1.5 text-sm font-semibold text-slate-800">
            {label(d)}
            {d === today && <span className="ml-2 text-xs font-medium text-brand-700">{todayLabel}</span>}
          </h3>
          {events(d)}
        </li>
      ))}
    </ol>
  );
}
