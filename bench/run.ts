// npm run bench [-- --scale=0.01] [--only=<case name part>] : generates (or reuses) the bench database of that scale, times the named
// cases and writes bench/results.json; then, when a production build exists, runs the HTTP load on it (bench/http-load.ts,
// options --seconds --connections --rate) and writes bench/http-results.json. Scale 1 is 1,000,000 enterprises,
// 200,000 leads, 1,000,000 meetings and 50,000 signed projects (and 100,000 enterprise requests); DATABASE_URL names the
// PostgreSQL server.
import { eq } from 'drizzle-orm';
import { closeDb, getDb, type Db } from '@/db';
import { findActiveViewer, type Viewer } from '@/db/queries/viewer';
import { users } from '@/db/schema';
import { runScript } from '../scripts/run-script';
import { auditCases } from './cases/audit';
import { chainCases } from './cases/chains';
import { dashboardCases } from './cases/dashboard';
import { enterpriseCases } from './cases/enterprises';
import { leadCases } from './cases/leads';
import { meetingCases } from './cases/meetings';
import { measureExports, printExports, projectCases } from './cases/projects';
import { requestCases } from './cases/requests';
import { useBenchDatabase } from './database';
import { ensureBenchData } from './generate';
import { httpLoadOptions } from './http-options';
import { httpLoad } from './http-run';
import { hasProductionBuild } from './http-server';
import { measure, type CaseResult } from './measure';
import { printTable, writeResults } from './report';
import { BENCH_VIEWER } from './zone';

const FULL_SCALE = 1_000_000;
const MIN_ENTERPRISES = 100;
// makeUscc promises distinct codes for at least this many.
const MAX_ENTERPRISES = 50_000_000;

/** --scale=0.01 or --scale 0.01; 1 (a million enterprises) when absent. */
function parseScale(args: string[]): number {
  const i = args.findIndex((a) => a === '--scale' || a.startsWith('--scale='));
  if (i < 0) return 1;
  const text = args[i].includes('=') ? args[i].slice('--scale='.length) : args[i + 1];
  const scale = Number(text);
  const count = Math.round(scale * FULL_SCALE);
  if (!Number.isFinite(scale) || count < MIN_ENTERPRISES || count > MAX_ENTERPRISES) {
    throw new Error(`--scale must be a number from ${MIN_ENTERPRISES / FULL_SCALE} to ${MAX_ENTERPRISES / FULL_SCALE} (got ${text ?? 'nothing'}).`);
  }
  return scale;
}

/** --only=dashboard: time just the cases whose name holds that text, for tuning; nothing is written then. */
function parseOnly(args: string[]): string | undefined {
  const i = args.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (i < 0) return undefined;
  return args[i].includes('=') ? args[i].slice('--only='.length) : args[i + 1];
}

/** The Viewer the pages would pass for the bench officer, read the way requireViewer() reads it. */
async function benchViewer(db: Db): Promise<Viewer> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, BENCH_VIEWER));
  const viewer = user && (await findActiveViewer(user.id));
  if (!viewer) throw new Error(`The bench user ${BENCH_VIEWER} is missing: delete the bench database and run again.`);
  return viewer;
}

runScript(async () => {
  const scale = parseScale(process.argv.slice(2));
  const only = parseOnly(process.argv.slice(2));
  const target = await useBenchDatabase(scale);
  console.log(`Bench at scale ${scale} on ${target}`);
  const db = await getDb();
  const meta = await ensureBenchData(db, Math.round(scale * FULL_SCALE));
  const viewer = await benchViewer(db);
  const cases = [...(await enterpriseCases(db, viewer, meta.enterprises)), ...(await chainCases(db, viewer)), ...(await leadCases(db)), ...(await meetingCases(db)), ...(await projectCases(db)), ...(await dashboardCases(db)), ...(await requestCases(db)), ...(await auditCases(db))];
  const results: CaseResult[] = [];
  for (const c of cases.filter((c) => !only || c.name.includes(only))) results.push(await measure(c));
  printTable(results);
  if (only) return closeDb();
  const exports = await measureExports(db);
  printExports(exports);
  console.log(`\nWrote ${writeResults(meta, results, exports)}`);
  const passed = hasProductionBuild() ? await httpLoad(db, scale, httpLoadOptions(process.argv.slice(2))) : skipHttpLoad();
  await closeDb();
  if (!passed) throw new Error('Some HTTP responses were wrong: see the first errors above.');
});

// The issue wants the HTTP load in `npm run bench`, but only a production build is worth loading.
function skipHttpLoad(): true {
  console.log('\nNo production build (.next/BUILD_ID): the HTTP load is skipped. `npm run build`, then `npm run bench:http`.');
  return true;
}
