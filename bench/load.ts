import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db';
import { enterpriseFacets } from '@/db/enterprise-derived';
import { enterpriseRow, type EnterpriseRow } from './rows';

/** Rows per statement: with one array parameter per column the 65,535-parameter limit never applies. */
export const BATCH = 5000;
const PROGRESS_EVERY = 100_000;
// Text arrays travel as one string per row, split in SQL: unnest cannot take a ragged two-dimensional array.
export const LIST_SEPARATOR = '\x1f';

/** Database ids of the zone the generated rows point at, by DEMO_CHAINS index. */
export interface ZoneRefs {
  chainIds: string[];
  nodeIds: string[][];
  teamIds: (string | null)[];
}

export interface Column {
  name: string;
  type: string;
  values: unknown[];
  /** The value written, when it is not the array element itself. */
  select?: string;
}

/** `insert … select from unnest($1::t1[], $2::t2[], …)`: one parameter per column, thousands of rows per statement. */
export function unnestInsert(table: string, columns: Column[], derived: Record<string, string>): SQL {
  const names = columns.map((c) => c.name);
  const targets = [...names, ...Object.keys(derived)].join(', ');
  const selects = [...columns.map((c) => c.select ?? c.name), ...Object.values(derived)].join(', ');
  const arrays = sql.join(
    columns.map((c) => sql`${sql.param(c.values)}::${sql.raw(c.type)}[]`),
    sql`, `,
  );
  return sql`insert into ${sql.identifier(table)} (${sql.raw(targets)}) select ${sql.raw(selects)} from unnest(${arrays}) as t(${sql.raw(names.join(', '))})`;
}

export const list = (name: string) => `string_to_array(${name}, chr(${LIST_SEPARATOR.charCodeAt(0)}))`;

const chainOf = (r: EnterpriseRow, refs: ZoneRefs) => (r.chain === null ? null : refs.chainIds[r.chain]);
const nodeOf = (r: EnterpriseRow, refs: ZoneRefs) => (r.chain === null || r.node === null ? null : refs.nodeIds[r.chain][r.node]);
const teamOf = (r: EnterpriseRow, refs: ZoneRefs) => (r.chain === null ? null : refs.teamIds[r.chain]);

function enterpriseInsert(rows: EnterpriseRow[], refs: ZoneRefs): SQL {
  const col = (name: string, type: string, value: (r: EnterpriseRow) => unknown, select?: string): Column => ({ name, type, values: rows.map(value), select });
  return unnestInsert(
    'enterprises',
    [
      col('id', 'uuid', (r) => r.id),
      col('created_at', 'timestamptz', (r) => r.createdAt),
      col('name', 'text', (r) => r.name),
      col('name_search', 'text', (r) => r.nameSearch),
      col('name_grams', 'text', (r) => r.nameGrams.join(LIST_SEPARATOR), list('name_grams')),
      col('name_key', 'text', (r) => r.nameKey),
      col('uscc', 'text', (r) => r.uscc),
      col('province', 'text', (r) => r.province),
      col('city', 'text', (r) => r.city),
      col('industry', 'text', (r) => r.industry),
      col('chain_id', 'uuid', (r) => chainOf(r, refs)),
      col('node_id', 'uuid', (r) => nodeOf(r, refs)),
      // Enums travel as text[]: PGlite serialises arrays of a type created after it opened (by the migration) wrongly.
      col('chain_action', 'text', (r) => r.chainAction, 'chain_action::chain_action'),
      col('tags', 'text', (r) => r.tags.join(LIST_SEPARATOR), list('tags')),
      col('target_score', 'integer', (r) => r.targetScore),
      col('registered_capital', 'numeric', (r) => r.registeredCapital),
      col('scale', 'text', (r) => r.scale, 'scale::enterprise_scale'),
      col('website', 'text', (r) => r.website),
      col('address', 'text', (r) => r.address),
      col('intro', 'text', (r) => r.intro),
      col('source', 'text', (r) => r.source),
      // An enterprise is kept by its chain's team, as the demo and the import do.
      col('team_id', 'uuid', (r) => teamOf(r, refs)),
      col('facets', 'text', (r) => enterpriseFacets({ ...r, chainId: chainOf(r, refs), nodeId: nodeOf(r, refs), teamId: teamOf(r, refs) }).join(LIST_SEPARATOR), list('facets')),
    ],
    { updated_at: 'created_at' },
  );
}

function contactInsert(rows: EnterpriseRow[]): SQL {
  const people = rows.flatMap((r) => r.contacts.map((c) => ({ ...c, enterpriseId: r.id, createdAt: r.createdAt })));
  const col = (name: string, type: string, value: (c: (typeof people)[number]) => unknown): Column => ({ name, type, values: people.map(value) });
  return unnestInsert(
    'contacts',
    [
      col('id', 'uuid', (c) => c.id),
      col('enterprise_id', 'uuid', (c) => c.enterpriseId),
      col('created_at', 'timestamptz', (c) => c.createdAt),
      col('name', 'text', (c) => c.name),
      col('title', 'text', (c) => c.title),
      col('mobile', 'text', (c) => c.mobile),
      col('email', 'text', (c) => c.email),
      col('wechat', 'text', (c) => c.wechat),
      col('is_primary', 'boolean', (c) => c.isPrimary),
    ],
    { updated_at: 'created_at' },
  );
}

/** The driver's own message: drizzle's repeats the statement with all of its thousands of parameters. */
export function shortError(error: Error & { cause?: Error }): never {
  throw new Error(`Bulk insert failed: ${error.cause?.message ?? error.message}`);
}

/**
 * Builds and inserts `count` generated rows in batches, one batch in flight: Node builds the next batch while
 * PostgreSQL writes this one (two cores, both busy). Returns the sum of `children` (contacts, events…).
 */
export async function loadInBatches<R>(
  db: Db,
  opts: { count: number; label: string; progressEvery: number; row: (i: number) => R; statements: (rows: R[]) => SQL[]; children: (row: R) => number },
): Promise<number> {
  const started = performance.now();
  let children = 0;
  let reported = 0;
  let writing: Promise<void> = Promise.resolve();
  for (let start = 0; start < opts.count; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, opts.count - start) }, (_, k) => opts.row(start + k));
    children += rows.reduce((sum, r) => sum + opts.children(r), 0);
    const statements = opts.statements(rows);
    await writing;
    writing = (async () => {
      for (const statement of statements) await db.execute(statement).catch(shortError);
    })();
    const done = start + rows.length;
    if (done - reported >= opts.progressEvery || done === opts.count) {
      reported = done;
      const seconds = (performance.now() - started) / 1000;
      console.log(`  ${done.toLocaleString('en')} / ${opts.count.toLocaleString('en')} ${opts.label}, ${Math.round(done / seconds).toLocaleString('en')} ${opts.label}/s`);
    }
  }
  await writing;
  return children;
}

/** Inserts `count` enterprises and their contacts; returns the number of contacts. */
export function loadLibrary(db: Db, count: number, refs: ZoneRefs): Promise<number> {
  return loadInBatches(db, {
    count,
    label: 'enterprises',
    progressEvery: PROGRESS_EVERY,
    row: (i) => enterpriseRow(i, count),
    statements: (rows) => [enterpriseInsert(rows, refs), contactInsert(rows)],
    children: (r) => r.contacts.length,
  });
}
