import { TARGET_P95_MS } from './report';

/** A named case: the data-access calls a page makes, over a fixed list of varied inputs. */
export interface BenchCase {
  name: string;
  /** The p95 the issue sets for this case, when it is not the common TARGET_P95_MS (bench/report.ts). */
  targetMs?: number;
  /** Run k calls calls[k mod length]; the label names the input in the slowest-input column. */
  calls: { label: string; run: () => Promise<unknown> }[];
}

export interface CaseResult {
  name: string;
  target_ms: number;
  p50_ms: number;
  p95_ms: number;
  runs: number;
  slowest: { label: string; ms: number };
}

const WARMUPS = 3;
const MIN_RUNS = 40;

/** Nearest-rank percentile of ascending samples. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Times each call by wall clock around the awaited data-access call, after a few untimed warm-up calls. */
export async function measure(c: BenchCase): Promise<CaseResult> {
  for (let k = 0; k < WARMUPS; k++) await c.calls[k % c.calls.length].run();
  // A whole number of rounds, so every input weighs the same in the percentiles.
  const runs = Math.ceil(MIN_RUNS / c.calls.length) * c.calls.length;
  const times: number[] = [];
  let slowest = { label: '', ms: -1 };
  for (let k = 0; k < runs; k++) {
    const call = c.calls[k % c.calls.length];
    const started = performance.now();
    await call.run();
    const ms = performance.now() - started;
    times.push(ms);
    if (ms > slowest.ms) slowest = { label: call.label, ms: round(ms) };
  }
  times.sort((a, b) => a - b);
  return { name: c.name, target_ms: c.targetMs ?? TARGET_P95_MS, p50_ms: round(percentile(times, 50)), p95_ms: round(percentile(times, 95)), runs, slowest };
}
