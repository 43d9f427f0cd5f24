/** Fixed-seed randomness for generated data (demo seed, benchmark): the same rows on every machine and run. */

export type Rng = () => number;

/** mulberry32: tiny and fast enough for millions of rows. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An independent stream per purpose and row, so row i is the same whatever the batch size or the total count. */
export function rowRng(seed: number, stream: number, index: number): Rng {
  return mulberry32((seed ^ Math.imul(stream + 1, 0x85ebca6b) ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}
