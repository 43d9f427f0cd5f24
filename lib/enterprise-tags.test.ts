import { describe, expect, it } from 'vitest';
import { targetScore } from './enterprise-tags';

describe('targetScore', () => {
  it('ranks one stronger tag above any mix of weaker ones', () => {
    expect(targetScore(['链主企业'])).toBeGreaterThan(targetScore(['世界500强', '中国500强', '上市公司', '专精特新', '高新技术企业', '独角兽']));
    expect(targetScore(['上市公司'])).toBeGreaterThan(targetScore(['专精特新"小巨人"', '专精特新']));
  });

  it('is 0 without tags and ignores unknown ones', () => {
    expect(targetScore([])).toBe(0);
    expect(targetScore(['不存在'])).toBe(0);
  });
});
