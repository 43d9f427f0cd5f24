/** Fixed-seed randomness for the benchmark data: the same rows on every machine and every run (never Math.random). */

import type { Rng } from '@/lib/random';

export { pick, rowRng, type Rng } from '@/lib/random';

/** A sampler over fixed weights; the cumulative table is built once, as it is drawn from millions of times. */
export function weightedPicker<T>(entries: readonly (readonly [T, number])[]): (rng: Rng) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) cumulative.push((total += weight));
  return (rng) => {
    const r = rng() * total;
    const i = cumulative.findIndex((c) => r < c);
    return entries[i < 0 ? entries.length - 1 : i][0];
  };
}

/** murmur3's 32-bit finaliser: every step is invertible, so distinct inputs below 2^32 give distinct outputs. */
function scramble(n: number): number {
  let h = n >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A version-4-shaped uuid, deterministic so contacts can reference enterprises without RETURNING. Its first 32
 * bits are the scrambled serial, which makes ids unique per serial (a 32-bit PRNG state alone repeats within
 * millions of ids) and still spreads them over the primary-key index as random uuids do.
 */
export function uuidFrom(rng: Rng, serial: number): string {
  const hex = [scramble(serial), ...Array.from({ length: 3 }, () => Math.floor(rng() * 2 ** 32))].map((w) => w.toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
