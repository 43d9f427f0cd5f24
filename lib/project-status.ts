import { MAJOR_PROJECT_WAN, type MilestoneKind, type ProjectStatus } from '@/db/schema/projects';

export interface MilestoneDates {
  kind: MilestoneKind;
  plannedOn: string | null;
  actualOn: string | null;
}

/** 重大项目: ≥ 5,000 万元 contracted (the database derives the stored flag with the same rule). */
export function isMajor(contractedWan: number): boolean {
  return contractedWan >= MAJOR_PROJECT_WAN;
}

/** The wall-chart column: 已投产 once production has an actual date, 在建 once construction has, else 已签约未开工. */
export function projectStatus(milestones: MilestoneDates[]): ProjectStatus {
  const done = (kind: MilestoneKind) => milestones.some((m) => m.kind === kind && m.actualOn);
  if (done('production')) return 'producing';
  if (done('construction')) return 'building';
  return 'signed';
}

/** The earliest planned date among milestones not yet reached: what the card counts down to. */
export function nextDueOn(milestones: MilestoneDates[]): string | null {
  const open = milestones.filter((m) => !m.actualOn && m.plannedOn).map((m) => m.plannedOn!);
  return open.length ? open.sort()[0] : null;
}

/** Planned date passed without an actual date. Dates are 'YYYY-MM-DD' in the zone's calendar. */
export function isLate(m: Pick<MilestoneDates, 'plannedOn' | 'actualOn'>, today: string): boolean {
  return !m.actualOn && m.plannedOn !== null && m.plannedOn < today;
}

/** Whole days from `today` to `date` (negative when past), both 'YYYY-MM-DD'. */
export function daysUntil(date: string, today: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** Today's date in Asia/Shanghai as 'YYYY-MM-DD'. */
export function zoneToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Funds in place as a share of the contracted amount, 0–∞ (over-delivery happens). */
export function fundsRatio(fundsWan: number, contractedWan: number): number {
  return contractedWan > 0 ? fundsWan / contractedWan : 0;
}
