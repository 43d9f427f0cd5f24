import { describe, expect, it } from 'vitest';
import { shortValue } from './short-value';

describe('shortValue', () => {
  it('keeps short values and marks nothing as null', () => {
    expect(shortValue('新名称')).toBe('新名称');
    expect(shortValue(5000)).toBe('5000');
    expect(shortValue(false)).toBe('false');
    expect(shortValue('')).toBeNull();
    expect(shortValue(null)).toBeNull();
  });

  it('cuts long text and objects to 40 characters', () => {
    expect(shortValue('长'.repeat(60))).toBe(`${'长'.repeat(40)}…`);
    expect(shortValue({ tags: ['a', 'b'] })).toBe('{"tags":["a","b"]}');
  });
});
