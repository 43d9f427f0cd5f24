/**
 * 统一社会信用代码 (unified social credit code, USCC) as defined by GB 32100-2015:
 * 1 registering authority + 1 entity type + 6 region code + 9 organisation code + 1 check character.
 */

export type UsccProblem = 'length' | 'character' | 'checksum';

const USCC_LENGTH = 18;

// GB 32100 leaves out I, O, Z, S and V because they are easily confused with 1, 0, 2, 5 and U.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

// Full-width ASCII (！ U+FF01 … ～ U+FF5E) sits at a fixed offset from its half-width twin.
const FULL_WIDTH_OFFSET = 0xfee0;

/** Upper-cases and trims; also converts full-width ASCII (e.g. 'ＡＢ１２') to half-width. */
export function normalizeUscc(input: string): string {
  const halfWidth = input.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET));
  return halfWidth.trim().toUpperCase();
}

/** null when valid, else the first problem found: wrong length (must be 18), an illegal character
 *  (allowed: 0-9 and A-Z except I, O, Z, S, V), or a wrong check character (the 18th). Expects normalized input. */
export function checkUscc(code: string): UsccProblem | null {
  // Count code points, not UTF-16 units, so an astral character is reported as one illegal character.
  const chars = Array.from(code);
  if (chars.length !== USCC_LENGTH) return 'length';
  if (chars.some((c) => !CHARSET.includes(c))) return 'character';
  return usccCheckChar(code.slice(0, USCC_LENGTH - 1)) === code[USCC_LENGTH - 1] ? null : 'checksum';
}

/** The 18th (check) character for the first 17 characters. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== USCC_LENGTH - 1) throw new RangeError(`Expected 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    const value = CHARSET.indexOf(first17[i]);
    if (value < 0) throw new RangeError(`Illegal USCC character '${first17[i]}'`);
    sum += value * WEIGHTS[i];
  }
  // 31 - (sum mod 31) is 1..31, and 31 stands for '0': taking it mod 31 again does exactly that.
  return CHARSET[(CHARSET.length - (sum % CHARSET.length)) % CHARSET.length];
}

/** The GB 11714-1997 check character of an 8-character organisation code body (digits only here). */
function orgCodeCheckChar(first8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + Number(first8[i]) * w, 0);
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  return check === 11 ? '0' : String(check);
}

// Real prefecture-level (or municipality) codes, so demo data looks like it came from familiar places.
const DEMO_REGIONS = ['220100', '110000', '310000', '440300', '320500', '330100', '370200', '120000', '510100', '420100'];

const SERIALS_PER_REGION = 100_000_000; // 8 digits before the organisation-code check character
const DEMO_CAPACITY = DEMO_REGIONS.length * SERIALS_PER_REGION;
// x → (A·x + B) mod 10^9 is a bijection when A is coprime to 10^9 (odd, not a multiple of 5). It scatters consecutive n
// so neighbouring codes share neither region nor serial and do not look like a counter. A·10^9 stays below 2^53.
const SCATTER_MULTIPLIER = 7_368_787;
const SCATTER_OFFSET = 379_056_137;

/** A valid, deterministic, realistic-looking fictional USCC for demo and benchmark data: the n-th code
 *  (n = 0, 1, 2 … up to at least 50,000,000, all distinct). Starts with '91' (enterprise registered by the market
 *  regulator), then a 6-digit administrative region code chosen deterministically from a small built-in list of
 *  real prefecture-level codes, then a 9-character organisation code whose 9th character is the
 *  GB 11714-1997 check character, then the GB 32100 check character.
 *  Distinct for every n below 10 regions × 10^8 serials = 1,000,000,000; throws RangeError outside that range. */
export function makeUscc(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= DEMO_CAPACITY) throw new RangeError(`makeUscc: n must be an integer in [0, ${DEMO_CAPACITY})`);
  // The scatter is one-to-one and so is m ↔ (region, serial), hence distinct n give distinct codes.
  const m = (n * SCATTER_MULTIPLIER + SCATTER_OFFSET) % DEMO_CAPACITY;
  const region = DEMO_REGIONS[m % DEMO_REGIONS.length];
  const body = String(Math.floor(m / DEMO_REGIONS.length)).padStart(8, '0');
  const first17 = `91${region}${body}${orgCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}
