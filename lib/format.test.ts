import { describe, expect, it } from 'vitest';
import { formatDate, formatWanNumber, formatYiNumber } from './format';

describe('money in 万元', () => {
  it('groups digits and keeps at most two decimals', () => {
    expect(formatWanNumber(840000, 'zh-CN')).toBe('840,000');
    expect(formatWanNumber(5000.456, 'en')).toBe('5,000.46');
  });

  it('shows large sums in 亿元 (1 亿 = 10,000 万)', () => {
    expect(formatYiNumber(840000, 'zh-CN')).toBe('84');
    expect(formatYiNumber(523000, 'en')).toBe('52.3');
  });
});

describe('dates in Asia/Shanghai', () => {
  it('shows the zone calendar date even when UTC is still the day before', () => {
    const lateUtc = new Date('2026-03-31T17:30:00Z'); // 01:30 on 1 April in Shanghai
    expect(formatDate(lateUtc, 'zh-CN')).toBe('2026年4月1日');
    expect(formatDate(lateUtc, 'en')).toBe('Apr 1, 2026');
  });
});
