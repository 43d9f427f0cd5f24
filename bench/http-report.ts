import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadFigures } from './http-measure';
import type { HttpLoadOptions } from './http-options';
import type { TargetResult } from './http-run';

type LoadAverage = { before: number; after: number };

function printTable(title: string, rows: string[][]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  // The first column names the target; the others are figures, right-aligned.
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  console.log(['', title, line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n'));
}

const figures = (f: LoadFigures) => [String(f.req_per_s), String(f.p50_ms), String(f.p95_ms), String(f.p99_ms), String(f.errors)];

/** The bounded run against the targets, and the saturated one beside it; then the first wrong response of each. */
export function printLoadTables(results: TargetResult[], load: LoadAverage): void {
  const head = ['target', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'];
  const [first] = results;
  printTable(
    `Bounded: ${first.bounded.rate} req/s over ≤ ${first.bounded.connections} connections (the p95 targets apply here)`,
    [[...head, 'p95 target', ''], ...results.map((r) => [r.name, ...figures(r.bounded), `≤ ${r.target_p95_ms}`, r.pass ? 'PASS' : 'FAIL'])],
  );
  printTable(`Saturated: ${first.saturation.connections} connections flat out (p95 ≈ connections ÷ req/s: queueing)`, [head, ...results.map((r) => [r.name, ...figures(r.saturation)])]);
  console.log(`\nLoad average (1 min) on ${os.cpus().length} cores: ${load.before.toFixed(1)} before, ${load.after.toFixed(1)} after`);
  for (const r of results) {
    for (const run of [r.bounded, r.saturation]) if (run.first_error) console.log(`First error, ${r.name}: ${run.first_error}`);
  }
}

/** bench/http-results.json: the options, the machine's load and both runs per target. */
export function writeLoadResults(body: { scale: number; load: LoadAverage; results: TargetResult[] } & HttpLoadOptions): string {
  const file = path.join('bench', 'http-results.json');
  writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), cores: os.cpus().length, ...body }, null, 2)}\n`);
  return file;
}
