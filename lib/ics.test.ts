import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, formatUtc } from './ics';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('ics', () => {
  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('writes times in UTC', () => {
    // 09:30 in Shanghai is 01:30 UTC.
    expect(formatUtc(new Date('2026-11-26T09:30:00+08:00'))).toBe('20261126T013000Z');
  });

  it('leaves short lines alone and folds long Chinese lines by octets, never inside a character', () => {
    expect(foldLine('SUMMARY:短')).toBe('SUMMARY:短');
    const line = `SUMMARY:${'汽车零部件项目洽谈'.repeat(10)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    // A character-count fold would allow 75 Chinese characters (225 octets) on one line.
    expect(parts[0].length).toBeLessThan(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('builds a calendar with CRLF line endings and one VEVENT per meeting', () => {
    const ics = buildIcs(
      [{ uid: 'm1@chain-crm', start: new Date('2026-11-26T01:30:00Z'), end: new Date('2026-11-26T02:30:00Z'), summary: '外出拜访：甲公司', location: '上海市, 浦东新区', description: '洽谈;第一轮\n下一步：报价' }],
      { now: new Date('2026-11-20T00:00:00Z'), calendarName: '我的拜访' },
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('UID:m1@chain-crm');
    expect(lines).toContain('DTSTAMP:20261120T000000Z');
    expect(lines).toContain('DTSTART:20261126T013000Z');
    expect(lines).toContain('DTEND:20261126T023000Z');
    expect(lines).toContain('LOCATION:上海市\\, 浦东新区');
    expect(lines).toContain('DESCRIPTION:洽谈\\;第一轮\\n下一步：报价');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });
});
