import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { appSettings, auditLogs, chainLeaderEnterprises, chainNodes, chains, contacts, enterprises, loginThrottles, teams, users } from '@/db/schema';
import { withoutSecondaryIndexes } from './indexes';
import { loadLibrary } from './load';
import { BENCH_SEED } from './rows';
import { insertZone } from './zone';

/** What the bench database holds; a run reuses it when the scale and the seed match. */
export interface BenchMeta {
  enterprises: number;
  contacts: number;
  seed: number;
  generatedAt: string;
  generationSeconds: number;
}

const META_KEY = 'bench';

async function readMeta(db: Db): Promise<BenchMeta | null> {
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, META_KEY));
  return row ? (row.value as BenchMeta) : null;
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * Makes sure the bench database holds exactly `count` generated enterprises: reuses the data when the meta
 * record says so, else empties the tables and generates. The meta record is written last, so an interrupted
 * generation is never mistaken for a finished one.
 */
export async function ensureBenchData(db: Db, count: number): Promise<BenchMeta> {
  const existing = await readMeta(db);
  if (existing?.enterprises === count && existing.seed === BENCH_SEED) {
    console.log(`Reusing ${count.toLocaleString('en')} enterprises generated ${existing.generatedAt}.`);
    return existing;
  }
  const started = performance.now();
  await db.delete(appSettings).where(eq(appSettings.key, META_KEY));
  // cascade: tables later issues add (leads, meetings, projects) reference these and are regenerated with them.
  await db.execute(sql`truncate ${chainLeaderEnterprises}, ${contacts}, ${enterprises}, ${chainNodes}, ${chains}, ${auditLogs}, ${loginThrottles}, ${users}, ${teams} cascade`);
  const refs = await insertZone(db);

  console.log(`Generating ${count.toLocaleString('en')} enterprises with contacts`);
  const contactCount = await withoutSecondaryIndexes(db, ['enterprises', 'contacts'], () => loadLibrary(db, count, refs));
  // Every chain names the firms generated as its 链主企业, as the chain map lists them.
  await db.execute(sql`
    insert into ${chainLeaderEnterprises} (chain_id, enterprise_id)
    select chain_id, id from ${enterprises} where tags @> array['链主企业'] and chain_id is not null`);

  // Statistics for the planner and the visibility map for index-only scans, as autovacuum leaves a settled table.
  const vacuumStarted = performance.now();
  await db.execute(sql`vacuum (analyze) ${enterprises}, ${contacts}, ${chainNodes}, ${chains}, ${chainLeaderEnterprises}, ${teams}, ${users}`);
  console.log(`  vacuum analyze ${seconds(vacuumStarted).toFixed(1)} s`);

  const meta: BenchMeta = {
    enterprises: count,
    contacts: contactCount,
    seed: BENCH_SEED,
    generatedAt: new Date().toISOString(),
    generationSeconds: Math.round(seconds(started)),
  };
  await db.insert(appSettings).values({ key: META_KEY, value: meta });
  const rows = count + contactCount;
  console.log(`Generated ${rows.toLocaleString('en')} rows in ${meta.generationSeconds} s (${Math.round(rows / seconds(started)).toLocaleString('en')} rows/s overall).`);
  return meta;
}
