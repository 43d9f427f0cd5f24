import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Db } from '@/db';
import { pace, saturate, type LoadFigures } from './http-measure';
import type { HttpLoadOptions } from './http-options';
import { printLoadTables, writeLoadResults } from './http-report';
import { startServer } from './http-server';
import { loadTargets, type LoadTarget } from './http-targets';

// Issue 9 item 8: under the bounded load, p95 of a page at most 200 ms and of the action at most 150 ms.
const TARGET_P95_MS: Record<LoadTarget['kind'], number> = { page: 200, action: 150 };

// The first requests of a route compile it and fill Node's and PostgreSQL's caches: a short run not counted.
const WARM_UP = { seconds: 3, connections: 2 };

export interface TargetResult {
  name: string;
  kind: LoadTarget['kind'];
  path: string;
  target_p95_ms: number;
  bounded: LoadFigures;
  saturation: LoadFigures;
  pass: boolean;
}

/**
 * Starts the production build against the bench database in `db` and loads each target twice: bounded (the
 * zone's peak rate, where the p95 targets apply) and saturated (as fast as answered: the machine's ceiling,
 * where latency is mostly queueing). Writes bench/http-results.json; true when no response was wrong.
 */
export async function httpLoad(db: Db, scale: number, options: HttpLoadOptions): Promise<boolean> {
  const { seconds, connections, rate } = options;
  const secret = randomBytes(32).toString('base64url');
  const loadBefore = os.loadavg()[0];
  const { origin, stop } = await startServer(secret);
  const results: TargetResult[] = [];
  let targets: LoadTarget[] = [];
  try {
    targets = await loadTargets(db, { origin, secret, runId: randomBytes(4).toString('hex') });
    console.log(`\nHTTP load: ${targets.length} targets, each ${seconds} s at ${rate} req/s over ≤ ${connections} connections, then ${seconds} s with ${connections} connections flat out`);
    for (const target of targets) {
      await saturate(origin, target, WARM_UP.seconds, WARM_UP.connections);
      const bounded = await pace(origin, target, seconds, connections, rate);
      const saturation = await saturate(origin, target, seconds, connections);
      const target_p95_ms = TARGET_P95_MS[target.kind];
      const pass = bounded.errors === 0 && saturation.errors === 0 && bounded.p95_ms <= target_p95_ms;
      results.push({ name: target.name, kind: target.kind, path: target.path, target_p95_ms, bounded, saturation, pass });
      console.log(`  ${pass ? 'PASS' : 'FAIL'} ${target.name}: bounded p95 ${bounded.p95_ms} ms, flat out ${saturation.req_per_s} req/s`);
    }
  } finally {
    stop();
    for (const target of targets) if (target.undo) console.log(await target.undo());
  }
  const load = { before: loadBefore, after: os.loadavg()[0] };
  printLoadTables(results, load);
  console.log(`\nWrote ${writeLoadResults({ scale, ...options, load, results })}`);
  return results.every((r) => r.bounded.errors === 0 && r.saturation.errors === 0);
}
