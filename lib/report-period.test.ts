import { describe, expect, it } from 'vitest';
import { currentPeriod, overdueAsOf, parsePeriod, periodLabel, recentPeriods, shiftPeriod } from './report-period';

describe('report periods', () => {
  it('parses an ISO week into Monday to the next Monday', () => {
    expect(parsePeriod('weekly', '2026-W48')).toEqual({ kind: 'weekly', key: '2026-W48', year: 2026, number: 48, from: '2026-11-23', to: '2026-11-30', lastDay: '2026-11-29' });
    expect(parsePeriod('weekly', '2026-W47')).toMatchObject({ from: '2026-11-16', to: '2026-11-23' });
    // Week 1 of 2026 starts in 2025 (1 January 2026 is a Thursday); 2026 has 53 weeks, 2025 has 52.
    expect(parsePeriod('weekly', '2026-W01')).toMatchObject({ from: '2025-12-29', to: '2026-01-05' });
    expect(parsePeriod('weekly', '2026-W53')).toMatchObject({ from: '2026-12-28', to: '2027-01-04' });
    expect(parsePeriod('weekly', '2025-W53')).toBeNull();
  });

  it('parses a month into its first day and the next month’s', () => {
    expect(parsePeriod('monthly', '2026-11')).toEqual({ kind: 'monthly', key: '2026-11', year: 2026, number: 11, from: '2026-11-01', to: '2026-12-01', lastDay: '2026-11-30' });
    expect(parsePeriod('monthly', '2026-12')).toMatchObject({ to: '2027-01-01', lastDay: '2026-12-31' });
    expect(parsePeriod('monthly', '2028-02')).toMatchObject({ lastDay: '2028-02-29' });
  });

  it('refuses anything else', () => {
    for (const bad of ['2026-W00', '2026-W54', '2026-w48', '2026W48', '2026-W4', '', 'x', '2026-11']) expect(parsePeriod('weekly', bad)).toBeNull();
    for (const bad of ['2026-00', '2026-13', '2026-1', '26-11', '2026-W48']) expect(parsePeriod('monthly', bad)).toBeNull();
  });

  it('finds the current period of a day, Sunday belonging to the week before Monday', () => {
    expect(currentPeriod('weekly', '2026-11-22').key).toBe('2026-W47');
    expect(currentPeriod('weekly', '2026-11-23').key).toBe('2026-W48');
    expect(currentPeriod('weekly', '2027-01-01').key).toBe('2026-W53');
    expect(currentPeriod('weekly', '2024-12-30').key).toBe('2025-W01');
    expect(currentPeriod('monthly', '2026-11-26').key).toBe('2026-11');
    expect(currentPeriod('weekly').kind).toBe('weekly');
  });

  it('steps to the previous and next period across years', () => {
    const w01 = parsePeriod('weekly', '2026-W01')!;
    expect(shiftPeriod(w01, -1).key).toBe('2025-W52');
    expect(shiftPeriod(parsePeriod('weekly', '2026-W53')!, 1).key).toBe('2027-W01');
    expect(shiftPeriod(parsePeriod('monthly', '2026-01')!, -1).key).toBe('2025-12');
    expect(shiftPeriod(parsePeriod('monthly', '2026-12')!, 1).key).toBe('2027-01');
  });

  it('lists the last twelve periods, newest first', () => {
    const weeks = recentPeriods('weekly', 12, '2026-11-26');
    expect(weeks).toHaveLength(12);
    expect(weeks[0].key).toBe('2026-W48');
    expect(weeks[11].key).toBe('2026-W37');
    expect(recentPeriods('monthly', 12, '2026-11-26').map((p) => p.key).slice(-2)).toEqual(['2026-01', '2025-12']);
  });

  it('labels a period and says when overdue figures are counted', () => {
    expect(periodLabel(parsePeriod('weekly', '2026-W48')!)).toBe('2026-W48 (2026-11-23 – 2026-11-29)');
    expect(overdueAsOf(parsePeriod('weekly', '2026-W47')!, '2026-11-26')).toEqual({ asOf: '2026-11-23', running: false });
    expect(overdueAsOf(parsePeriod('weekly', '2026-W48')!, '2026-11-26')).toEqual({ asOf: '2026-11-26', running: true });
  });
});
