import { describe, expect, it } from 'vitest';
import { checkUscc, makeUscc, normalizeUscc, usccCheckChar } from './uscc';

// Real-format codes whose check characters were verified against GB 32100 (the first is the standard's own example).
const VALID = ['91350100M000100Y43', '91110108551385082Q', '911100001000118019', '914403001922038216', '91440300708461136T'];

describe('checkUscc', () => {
  it.each(VALID)('accepts %s', (code) => {
    expect(checkUscc(code)).toBeNull();
  });

  it('reports a wrong length before anything else', () => {
    expect(checkUscc('')).toBe('length');
    expect(checkUscc(VALID[0].slice(0, 17))).toBe('length');
    expect(checkUscc(`${VALID[0]}0`)).toBe('length');
    expect(checkUscc('9135010-M000100Y4')).toBe('length');
  });

  it('counts an astral character as one character, not two UTF-16 units', () => {
    expect(checkUscc(`${VALID[0].slice(0, 17)}😀`)).toBe('character');
    expect(checkUscc(`${VALID[0].slice(0, 16)}😀`)).toBe('length');
  });

  it('rejects characters outside the GB 32100 set', () => {
    for (const bad of ['I', 'O', 'Z', 'S', 'V', '-', 'm', ' ']) {
      expect(checkUscc(`91350100${bad}000100Y43`)).toBe('character');
    }
  });

  it('accepts lower-case input once normalized', () => {
    expect(checkUscc('91110108551385082q')).toBe('character');
    expect(checkUscc(normalizeUscc('91110108551385082q'))).toBeNull();
  });

  it('reports a wrong check character', () => {
    for (const code of VALID) {
      const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
      expect(checkUscc(wrong)).toBe('checksum');
    }
  });

  it('reports a checksum problem when two characters are swapped', () => {
    expect(checkUscc('91350100M000100Y34')).toBe('checksum');
  });
});

describe('usccCheckChar', () => {
  it('returns the 18th character of a valid code', () => {
    for (const code of VALID) expect(usccCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it('throws on input it cannot weigh', () => {
    expect(() => usccCheckChar('9135')).toThrow(RangeError);
    expect(() => usccCheckChar('91350100I000100Y4')).toThrow(RangeError);
  });
});

describe('normalizeUscc', () => {
  it('trims and upper-cases', () => {
    expect(normalizeUscc('  91110108551385082q\n')).toBe('91110108551385082Q');
  });

  it('converts full-width ASCII to half-width', () => {
    expect(normalizeUscc('ＡＢ１２')).toBe('AB12');
    expect(normalizeUscc('\u3000９１１１０１０８５５１３８５０８２ｑ\u3000')).toBe('91110108551385082Q');
  });
});

describe('makeUscc', () => {
  it('makes 10,001 valid, distinct codes for market-regulator enterprises', () => {
    const seen = new Set<string>();
    for (let n = 0; n <= 10_000; n++) {
      const code = makeUscc(n);
      expect(checkUscc(code)).toBeNull();
      expect(code.startsWith('91')).toBe(true);
      seen.add(code);
    }
    expect(seen.size).toBe(10_001);
  });

  it('is deterministic', () => {
    for (const n of [0, 1, 12_345, 49_999_999]) expect(makeUscc(n)).toBe(makeUscc(n));
  });

  it('uses real region codes and an organisation code with a valid GB 11714 check', () => {
    const regions = ['220100', '110000', '310000', '440300', '320500', '330100', '370200', '120000', '510100', '420100'];
    const weights = [3, 7, 9, 10, 5, 8, 4, 2];
    for (let n = 0; n < 200; n++) {
      const code = makeUscc(n);
      expect(regions).toContain(code.slice(2, 8));
      const org = code.slice(8, 17);
      expect(org).toMatch(/^\d{8}[\dX]$/);
      const check = 11 - (weights.reduce((sum, w, i) => sum + Number(org[i]) * w, 0) % 11);
      expect(org[8]).toBe(check === 10 ? 'X' : String(check % 11));
    }
  });

  it('stays valid and distinct near the top of the 50,000,000 range', () => {
    const codes = Array.from({ length: 1_000 }, (_, i) => makeUscc(50_000_000 - 1 - i));
    for (const code of codes) expect(checkUscc(code)).toBeNull();
    expect(new Set([...codes, makeUscc(0)]).size).toBe(1_001);
  });

  it('rejects an index it cannot map to a distinct code', () => {
    expect(() => makeUscc(-1)).toThrow(RangeError);
    expect(() => makeUscc(1.5)).toThrow(RangeError);
    expect(() => makeUscc(1_000_000_000)).toThrow(RangeError);
  });
});
