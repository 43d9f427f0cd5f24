import { describe, expect, it } from 'vitest';
import { addMonths, calendarDays, isDay, weekdayIndex, zoneDay, zoneRange, zoneTime, zoneToday } from './zone-dates';

describe('calendar dates (Asia/Shanghai)', () => {
  it('takes today and a moment’s day and time in the zone, not in UTC', () => {
    expect(zoneToday(new Date('2026-11-25T16:30:00Z'))).toBe('2026-11-26');
    expect(zoneDay(new Date('2026-11-25T15:59:00Z'))).toBe('2026-11-25');
    expect(zoneTime(new Date('2026-11-26T01:30:00Z'))).toBe('09:30');
  });

  it('validates days', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-2-3')).toBe(false);
  });

  it('starts weeks on Monday and covers a month with whole weeks', () => {
    expect(weekdayIndex('2026-11-23')).toBe(0);
    expect(calendarDays('week', '2026-11-26').days).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    const { days } = calendarDays('month', '2026-11-15');
    expect(days[0]).toBe('2026-10-26');
    expect(days.at(-1)).toBe('2026-12-06');
    expect(days.length % 7).toBe(0);
  });

  it('moves by months without overflowing short months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('turns zone days into the instants a query needs', () => {
    const { from, to } = zoneRange('2026-11-23', '2026-11-29');
    expect(from.toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect(to.toISOString()).toBe('2026-11-29T16:00:00.000Z');
  });
});
