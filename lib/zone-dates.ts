/**
 * Calendar arithmetic on zone dates ('YYYY-MM-DD' in Asia/Shanghai). The zone is UTC+8 all year (no daylight
 * saving), so a date is handled as a UTC midnight and turned into the zone's instant only at the edges.
 */
const DAY_MS = 86_400_000;
const ZONE_OFFSET_MS = 8 * 3_600_000;

export type CalendarView = 'week' | 'month';

const toUtc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function isDay(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && fromUtc(toUtc(value)) === value;
}

/** Today's date in the zone. */
export function zoneToday(now: Date = new Date()): string {
  return fromUtc(now.getTime() + ZONE_OFFSET_MS);
}

/** The zone date of a moment. */
export function zoneDay(moment: Date): string {
  return fromUtc(moment.getTime() + ZONE_OFFSET_MS);
}

/** The zone's clock time of a moment, "09:30". */
export function zoneTime(moment: Date): string {
  return new Date(moment.getTime() + ZONE_OFFSET_MS).toISOString().slice(11, 16);
}

export function addDays(day: string, n: number): string {
  return fromUtc(toUtc(day) + n * DAY_MS);
}

export function addMonths(day: string, n: number): string {
  const d = new Date(toUtc(day));
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  // Keep the day of month where it exists (31 Jan + 1 month → 28/29 Feb).
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return fromUtc(target.getTime());
}

/** 0 = Monday … 6 = Sunday: Chinese calendars start the week on Monday. */
export function weekdayIndex(day: string): number {
  return (new Date(toUtc(day)).getUTCDay() + 6) % 7;
}

export function startOfWeek(day: string): string {
  return addDays(day, -weekdayIndex(day));
}

/**
 * The days shown: a week (Mon–Sun), or the whole weeks covering a month. `month` is the shown month
 * ('YYYY-MM'), for dimming the neighbours' days in the grid.
 */
export function calendarDays(view: CalendarView, date: string): { days: string[]; month: string } {
  const month = date.slice(0, 7);
  if (view === 'week') {
    const start = startOfWeek(date);
    return { days: Array.from({ length: 7 }, (_, i) => addDays(start, i)), month };
  }
  const first = `${month}-01`;
  const last = addDays(addMonths(first, 1), -1);
  const start = startOfWeek(first);
  const end = addDays(startOfWeek(last), 6);
  const days: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) days.push(d);
  return { days, month };
}

/** The instants bounding zone days [first, last]: first's midnight to the midnight after last. */
export function zoneRange(first: string, last: string): { from: Date; to: Date } {
  return { from: new Date(toUtc(first) - ZONE_OFFSET_MS), to: new Date(toUtc(addDays(last, 1)) - ZONE_OFFSET_MS) };
}
