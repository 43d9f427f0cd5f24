import fs from 'node:fs';
import path from 'node:path';
import type { ExportResult } from './cases/projects';
import type { BenchMeta } from './generate';
import type { CaseResult } from './measure';

/** The issues' common target (a case may set its own) for every case at 1M enterprises, 200,000 leads, 1M meetings and 50,000 projects on PostgreSQL. */
export const TARGET_P95_MS = 100;

export function printTable(results: CaseResult[]): void {
  const rows = [
    ['case', 'runs', 'p50 ms', 'p95 ms', 'target', 'slowest input'],
    ...results.map((r) => [r.name, String(r.runs), r.p50_ms.toFixed(1), r.p95_ms.toFixed(1), `< ${r.target_ms} ${r.p95_ms < r.target_ms ? '✓' : '✗'}`, `${r.slowest.label} (${r.slowest.ms.toFixed(1)} ms)`]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const numeric = new Set([1, 2, 3]);
  const line = (row: string[]) => row.map((cell, c) => (numeric.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd();
  console.log(['', line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n'));
}

/** bench/results.json: the scale measured and p50/p95 per case (kept small and stable, to be committed). */
export function writeResults(meta: BenchMeta, results: CaseResult[], exports: ExportResult[]): string {
  const file = path.join(process.cwd(), 'bench', 'results.json');
  const body = {
    scale: {
      enterprises: meta.enterprises,
      contacts: meta.contacts,
      leads: meta.leads,
      leadEvents: meta.leadEvents,
      meetings: meta.meetings,
      followUps: meta.followUps,
      projects: meta.projects,
      projectFunds: meta.projectFunds,
      projectMilestones: meta.projectMilestones,
    },
    cases: results.map(({ name, target_ms, p50_ms, p95_ms, runs }) => ({ name, target_ms, p50_ms, p95_ms, runs })),
    exports,
  };
  fs.writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  return file;
}
