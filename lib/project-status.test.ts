import { describe, expect, it } from 'vitest';
import { daysUntil, fundsRatio, isLate, isMajor, nextDueOn, projectStatus, zoneToday, type MilestoneDates } from './project-status';

const m = (kind: MilestoneDates['kind'], plannedOn: string | null, actualOn: string | null = null): MilestoneDates => ({ kind, plannedOn, actualOn });

describe('isMajor', () => {
  it('draws the line at 5,000 万元', () => {
    expect(isMajor(4999.99)).toBe(false);
    expect(isMajor(5000)).toBe(true);
  });
});

describe('projectStatus', () => {
  it('follows the actual dates of 开工 and 投产, whatever the planned ones say', () => {
    expect(projectStatus([m('registered', null, '2026-01-02'), m('construction', '2026-01-01')])).toBe('signed');
    expect(projectStatus([m('construction', '2026-05-01', '2026-05-03'), m('production', '2027-01-01')])).toBe('building');
    expect(projectStatus([m('construction', null, '2026-05-03'), m('production', null, '2027-02-01')])).toBe('producing');
    // Production recorded without a start date still counts as producing.
    expect(projectStatus([m('production', null, '2027-02-01')])).toBe('producing');
  });
});

describe('nextDueOn and isLate', () => {
  it('takes the earliest planned date not yet reached', () => {
    expect(nextDueOn([m('land', '2026-06-01', '2026-05-20'), m('construction', '2026-09-01'), m('production', '2026-08-01')])).toBe('2026-08-01');
    expect(nextDueOn([m('construction', null), m('production', '2027-01-01', '2027-01-05')])).toBeNull();
  });

  it('flags a planned date passed without an actual date', () => {
    expect(isLate(m('construction', '2026-11-25'), '2026-11-26')).toBe(true);
    expect(isLate(m('construction', '2026-11-26'), '2026-11-26')).toBe(false);
    expect(isLate(m('construction', '2026-11-25', '2026-11-27'), '2026-11-26')).toBe(false);
    expect(isLate(m('construction', null), '2026-11-26')).toBe(false);
  });
});

describe('dates in the zone', () => {
  it('counts whole days and uses Asia/Shanghai for today', () => {
    expect(daysUntil('2026-12-01', '2026-11-26')).toBe(5);
    expect(daysUntil('2026-11-20', '2026-11-26')).toBe(-6);
    // 2026-11-25 17:00 UTC is already the 26th in Shanghai.
    expect(zoneToday(new Date('2026-11-25T17:00:00Z'))).toBe('2026-11-26');
  });

  it('gives the funds ratio, zero for a zero contract', () => {
    expect(fundsRatio(2500, 10000)).toBe(0.25);
    expect(fundsRatio(10, 0)).toBe(0);
  });
});
