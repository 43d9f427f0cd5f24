/**
 * HTTP load on the production build against the bench database, without the data-access cases (which
 * `npm run bench` runs first): `npm run build`, then
 * `npm run bench:http [-- --scale=1] [--seconds=30] [--connections=20] [--rate=5]`.
 * Prints both runs per target and PASS/FAIL against the p95 targets, writes bench/http-results.json, and
 * exits non-zero when any response was wrong.
 */
import { closeDb, getDb } from '@/db';
import { runScript } from '../scripts/run-script';
import { useBenchDatabase } from './database';
import { httpLoadOptions, numberOption } from './http-options';
import { httpLoad } from './http-run';

runScript(async () => {
  const args = process.argv.slice(2);
  const scale = numberOption(args, 'scale', 1);
  const options = httpLoadOptions(args);
  console.log(`HTTP load at scale ${scale} on ${await useBenchDatabase(scale)}`);
  const passed = await httpLoad(await getDb(), scale, options);
  await closeDb();
  if (!passed) throw new Error('Some responses were wrong: see the first errors above.');
});
