import { zoneToday } from '@/lib/project-status';

/**
 * 周报 / 月报 periods: an ISO week `YYYY-Www` (Monday to Sunday) or a calendar month `YYYY-MM`, as
 * calendar dates in Asia/Shanghai. `from` is the first day, `to` the day after the last ([from, to)),
 * so a timestamp belongs to the period when its Shanghai date does.
 */
export type ReportKind = 'weekly' | 'monthly';

export interface ReportPeriod {
  kind: ReportKind;
  /** `2026-W48` or `2026-11`: what the URL and the file name carry. */
  key: string;
  /** The ISO week-numbering year (weeks) or the calendar year (months). */
  year: number;
  /** The week (1–53) or the month (1–12). */
  number: number;
  /** 'YYYY-MM-DD', the first day. */
  from: string;
  /** 'YYYY-MM-DD', the day after the last (exclusive). */
  to: string;
  /** 'YYYY-MM-DD', the last day (inclusive), for labels. */
  lastDay: string;
}

const WEEK_KEY = /^(\d{4})-W(\d{2})$/;
const MONTH_KEY = /^(\d{4})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The period a `?week=` / `?month=` value names; null when it is not one (a 400, or the current period on a page). */
export function parsePeriod(kind: ReportKind, value: string): ReportPeriod | null {
  if (kind === 'weekly') {
    const m = WEEK_KEY.exec(value);
    if (!m) return null;
    const year = Number(m[1]);
    const week = Number(m[2]);
    if (year < 2000 || year > 2100 || week < 1 || week > isoWeeksInYear(year)) return null;
    return weekPeriod(year, week);
  }
  const m = MONTH_KEY.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 2000 || year > 2100 || month < 1 || month > 12) return null;
  return monthPeriod(year, month);
}

/** The week or month holding `day` ('YYYY-MM-DD'; by default today in Asia/Shanghai). */
export function currentPeriod(kind: ReportKind, day = zoneToday()): ReportPeriod {
  if (kind === 'monthly') return monthPeriod(Number(day.slice(0, 4)), Number(day.slice(5, 7)));
  const date = toDate(day);
  // ISO 8601: a week belongs to the year that holds its Thursday.
  const thursday = new Date(date.getTime() + (3 - isoWeekday(date)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - weekOneMonday(year).getTime()) / (7 * DAY_MS)) + 1;
  return weekPeriod(year, week);
}

/** The period `steps` periods later (negative: earlier). */
export function shiftPeriod(period: ReportPeriod, steps: number): ReportPeriod {
  if (period.kind === 'weekly') return currentPeriod('weekly', toDay(new Date(toDate(period.from).getTime() + steps * 7 * DAY_MS)));
  const index = period.year * 12 + (period.number - 1) + steps;
  return monthPeriod(Math.floor(index / 12), (index % 12) + 1);
}

/** The `count` periods up to and including the current one, newest first: the report's period select. */
export function recentPeriods(kind: ReportKind, count = 12, day = zoneToday()): ReportPeriod[] {
  const current = currentPeriod(kind, day);
  return Array.from({ length: count }, (_, i) => shiftPeriod(current, -i));
}

/** A language-neutral label, e.g. `2026-W48 (2026-11-23 – 2026-11-29)`; pages word it through messages. */
export function periodLabel(period: ReportPeriod): string {
  return `${period.key} (${period.from} – ${period.lastDay})`;
}

/** The last day counted for "overdue" figures: the period's last day, or yesterday while it is still running. */
export function overdueAsOf(period: ReportPeriod, today = zoneToday()): { asOf: string; running: boolean } {
  // Overdue means due before the reference day; the reference is the period's end (`to`) or today, whichever is earlier.
  return period.to <= today ? { asOf: period.to, running: false } : { asOf: today, running: true };
}

function weekPeriod(year: number, week: number): ReportPeriod {
  const monday = new Date(weekOneMonday(year).getTime() + (week - 1) * 7 * DAY_MS);
  return {
    kind: 'weekly',
    key: `${year}-W${String(week).padStart(2, '0')}`,
    year,
    number: week,
    from: toDay(monday),
    to: toDay(new Date(monday.getTime() + 7 * DAY_MS)),
    lastDay: toDay(new Date(monday.getTime() + 6 * DAY_MS)),
  };
}

function monthPeriod(year: number, month: number): ReportPeriod {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const next = new Date(Date.UTC(year, month, 1));
  return {
    kind: 'monthly',
    key: `${year}-${String(month).padStart(2, '0')}`,
    year,
    number: month,
    from: toDay(first),
    to: toDay(next),
    lastDay: toDay(new Date(next.getTime() - DAY_MS)),
  };
}

/** Week 1 is the week holding 4 January. */
function weekOneMonday(year: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  return new Date(jan4.getTime() - (isoWeekday(jan4) - 1) * DAY_MS);
}

function isoWeeksInYear(year: number): number {
  return currentPeriod('weekly', `${year}-12-28`).number;
}

/** 1 = Monday … 7 = Sunday. */
function isoWeekday(date: Date): number {
  return date.getUTCDay() || 7;
}

function toDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The period in words through the `reports` messages: "2026年第48周" / "Week 48, 2026", "2026年11月". */
export function periodName(period: ReportPeriod, t: (key: string, values: Record<string, string | number>) => string): string {
  return period.kind === 'weekly'
    ? t('reports.weekName', { year: period.year, week: period.number })
    : t('reports.monthName', { year: period.year, month: String(period.number).padStart(2, '0') });
}
