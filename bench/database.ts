import path from 'node:path';
import { Client } from 'pg';

const DUPLICATE_DATABASE = '42P04';

/** '1' for scale 1, '0_01' for 0.01: part of a database or folder name. */
export function scaleTag(scale: number): string {
  return String(scale).replace('.', '_');
}

/**
 * Points this process at the bench database of this scale, never the one in DATABASE_URL: on PostgreSQL
 * `crm_bench_<scale>` on the same server (created when missing), else an embedded database in
 * ./.data/bench-<scale>. Must run before the first getDb(), which then migrates it. Returns a label to print.
 */
export async function useBenchDatabase(scale: number): Promise<string> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const dir = path.join(process.cwd(), '.data', `bench-${scaleTag(scale)}`);
    process.env.PGLITE_DIR = dir;
    console.warn('Warning: DATABASE_URL is not set, so this runs on the embedded PGlite database. The targets are defined for PostgreSQL.');
    return `PGlite ${dir}`;
  }
  const name = `crm_bench_${scaleTag(scale)}`;
  const admin = new URL(base);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    // Another bench run may create it at the same moment; either way it exists afterwards.
    if (!rowCount) await client.query(`create database "${name}"`).catch((e: { code?: string }) => {
      if (e.code !== DUPLICATE_DATABASE) throw e;
    });
  } finally {
    await client.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  return `PostgreSQL ${url.host}/${name}`;
}
