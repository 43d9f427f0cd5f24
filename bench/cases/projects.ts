import { and, isNull, sql } from 'drizzle-orm';
// next-intl's own core (next-intl re-exports it): its root entry pulls in React client context, which the
// react-server condition the bench runs under does not have.
import { createTranslator } from 'use-intl/core';
import type { Db } from '@/db';
import { BOARD_CARDS_PER_STATUS, PROJECTS_PAGE_SIZE, listProjectBoard, listProjects, projectTotals } from '@/db/queries/project-list';
import type { Viewer } from '@/db/queries/viewer';
import { chains, projects } from '@/db/schema';
import { DEMO_CHAINS } from '@/db/seed/chain-data';
import { buildProjectExport, type ExportFormat, type Translate } from '@/lib/export/project-export';
import { parseProjectFilter, type ProjectFilter } from '@/lib/validation/projects';
import zhCN from '@/messages/zh-CN.json';
import type { BenchCase } from '../measure';
import { leadOfficer } from '../zone';
import { cursorBefore, deepPage } from './deep-page';
import { viewerOf } from './leads';

// What a leader narrows the table to: the year's major projects, a chain's building sites, one signing occasion,
// a half-year by amount, and an action among the not-yet-started small ones. URL parameters, as the page gets them.
const FILTERS: Record<string, string>[] = [
  { year: '2025', major: '1' },
  { chain: '汽车及零部件', status: 'building' },
  { occasion: '2025年春季集中签约' },
  { fromMonth: '2025-01', toMonth: '2025-06', sort: 'amount' },
  { action: 'supplement', major: '0', status: 'signed' },
];
const DEEP_PAGE = 40;

const labelOf = (f: Record<string, string>) => Object.values(f).join(' + ');

/** The filter as the /projects page gets it: URL parameters through the page's lenient parser. */
function pageFilter(f: Record<string, string>, chainIds: Map<string, string>): ProjectFilter {
  const { chain, ...rest } = f;
  const { view: _view, ...filter } = parseProjectFilter({ ...rest, chainId: chain && chainIds.get(chain) });
  return filter;
}

// What listProjects puts on these fields (db/queries/project-list.ts filterConditions), for the deep page's cursor.
function listing(filter: ProjectFilter) {
  const facets = [filter.year && `y:${filter.year}`, filter.chainId && `c:${filter.chainId}`, filter.action && `a:${filter.action}`, filter.major && `m:${filter.major}`, filter.status && `s:${filter.status}`, filter.occasion && `oc:${filter.occasion}`].filter(Boolean);
  const where = and(
    isNull(projects.deletedAt),
    facets.length ? sql`${projects.facets} @> ${sql.param(facets)}::text[]` : undefined,
    filter.fromMonth ? sql`${projects.signedOn} >= ${`${filter.fromMonth}-01`}::date` : undefined,
    filter.toMonth ? sql`${projects.signedOn} < (${`${filter.toMonth}-01`}::date + interval '1 month')` : undefined,
  );
  // The signing date is the table's default order (signed_on desc, id desc), as a date the cursor's text key.
  return { table: projects, time: projects.signedOn, id: projects.id, where, pageSize: PROJECTS_PAGE_SIZE };
}

/**
 * The /projects cases: the wall chart for the whole zone (a leader), for one team (its officer, every team in
 * turn) and for one chain; the table's first page and DEEP_PAGE-th page (keyset) under filter combinations as a
 * leader; and the totals line on its own.
 */
export async function projectCases(db: Db): Promise<BenchCase[]> {
  const chainIds = new Map((await db.select({ id: chains.id, name: chains.name }).from(chains)).map((c) => [c.name, c.id]));
  const leader = await viewerOf(db, 'bench-leader');
  const officers = await Promise.all(DEMO_CHAINS.map((_, c) => viewerOf(db, leadOfficer(c, 0))));
  const filters = FILTERS.map((f) => ({ label: labelOf(f), filter: pageFilter(f, chainIds) }));

  const deep: BenchCase['calls'] = [];
  for (const { label, filter } of filters.filter((f) => (f.filter.sort ?? 'signed') === 'signed')) {
    const page = await deepPage(db, listing(filter), DEEP_PAGE);
    if (page < DEEP_PAGE) console.log(`  note: ${label} has only ${page} pages at this scale; its last page stands in for page ${DEEP_PAGE}`);
    const after = await cursorBefore(db, listing(filter), page);
    deep.push({ label: `${label}, page ${page}`, run: () => listProjects(leader, { ...filter, after }) });
  }
  console.log(`  note: the board shows up to ${BOARD_CARDS_PER_STATUS} cards per column with every column's totals`);

  return [
    { name: 'project board zone', calls: [{ label: 'leader', run: () => listProjectBoard(leader, {}) }] },
    { name: 'project board one team', calls: officers.map((o) => ({ label: o.teamName ?? o.username, run: () => listProjectBoard(o, {}) })) },
    { name: 'project board one chain', calls: DEMO_CHAINS.map((c) => ({ label: c.name, run: () => listProjectBoard(leader, { chainId: chainIds.get(c.name) }) })) },
    { name: 'project table page 1', calls: filters.map(({ label, filter }) => ({ label, run: () => listProjects(leader, filter) })) },
    { name: `project table deep page`, calls: deep },
    { name: 'project totals', calls: filters.map(({ label, filter }) => ({ label, run: () => projectTotals(leader, filter) })) },
  ];
}

/** The issue's targets for exporting every signed project (50,000 at scale 1). */
export const EXPORT_TARGETS = { firstBytesMs: 1000, totalMs: { xlsx: 10_000, csv: 3000 } as Record<ExportFormat, number>, rssGrowthMb: 100 };

export interface ExportResult {
  name: string;
  rows: number;
  mb: number;
  /** Worst of the timed runs. */
  first_bytes_ms: number;
  total_ms: number;
  /** Peak resident memory over the RSS before the format's first (cold) run, across all its runs. */
  rss_growth_mb: number;
  runs: number;
}

const TIMED_RUNS = 3;
const SAMPLE_MS = 50;
const MB = 1024 * 1024;

/** The route's translator for zh-CN (getTranslations() there), made the way next-intl makes it outside a request. */
const translate = createTranslator({ locale: 'zh-CN', messages: zhCN }) as unknown as Translate;

/**
 * The signed-deal export of every project as a leader, as the route streams it, read as fast as a client would:
 * time to the first bytes, total time and the growth of the process's resident memory (sampled every 50 ms and at
 * every chunk). One cold run, then TIMED_RUNS timed ones.
 */
export async function measureExports(db: Db): Promise<ExportResult[]> {
  const leader: Viewer = await viewerOf(db, 'bench-leader');
  const results: ExportResult[] = [];
  for (const format of ['xlsx', 'csv'] as const) {
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), SAMPLE_MS);
    const runs: { first: number; total: number; bytes: number; rows: number }[] = [];
    try {
      for (let k = 0; k <= TIMED_RUNS; k++) {
        const started = performance.now();
        const file = await buildProjectExport(leader, {}, format, { t: translate });
        let first = 0;
        let bytes = 0;
        for await (const chunk of file.body as unknown as AsyncIterable<Uint8Array>) {
          if (!bytes) first = performance.now() - started;
          bytes += chunk.byteLength;
          peak = Math.max(peak, process.memoryUsage().rss);
        }
        runs.push({ first, total: performance.now() - started, bytes, rows: file.rows });
      }
    } finally {
      clearInterval(sampler);
    }
    const timed = runs.slice(1);
    results.push({
      name: `project export ${format}`,
      rows: runs[0].rows,
      mb: Math.round((runs[0].bytes / MB) * 10) / 10,
      first_bytes_ms: Math.round(Math.max(...timed.map((r) => r.first))),
      total_ms: Math.round(Math.max(...timed.map((r) => r.total))),
      rss_growth_mb: Math.round(((peak - baseline) / MB) * 10) / 10,
      runs: timed.length,
    });
  }
  return results;
}

export function printExports(results: ExportResult[]): void {
  console.log('');
  for (const r of results) {
    const format = r.name.endsWith('xlsx') ? 'xlsx' : 'csv';
    const ok = (good: boolean) => (good ? '✓' : '✗');
    console.log(
      `${r.name}: ${r.rows.toLocaleString('en')} rows, ${r.mb} MB; first bytes ${r.first_bytes_ms} ms ${ok(r.first_bytes_ms < EXPORT_TARGETS.firstBytesMs)}, ` +
        `total ${r.total_ms} ms ${ok(r.total_ms < EXPORT_TARGETS.totalMs[format])}, RSS growth ${r.rss_growth_mb} MB ${ok(r.rss_growth_mb < EXPORT_TARGETS.rssGrowthMb)} (worst of ${r.runs} runs)`,
    );
  }
}
