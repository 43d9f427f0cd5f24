import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { appSettings } from '@/db/schema';

/** Where the dropped definitions wait until they are re-created, so even a killed run loses no index. */
const PENDING_KEY = 'bench-dropped-indexes';

interface IndexDef {
  name: string;
  def: string;
  /** Set for a foreign key: its table (the definition is then the constraint's, for ALTER TABLE … ADD). */
  table?: string;
}

/** The secondary indexes of the tables exactly as the migrations made them (primary keys and constraints stay). */
async function secondaryIndexes(db: Db, tables: string[]): Promise<IndexDef[]> {
  const result = await db.execute<{ name: string; def: string }>(sql`
    select c.relname as name, pg_get_indexdef(i.indexrelid) as def
    from pg_index i join pg_class c on c.oid = i.indexrelid
    where i.indrelid::regclass::text = any(${sql.param(tables)}::text[])
      and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
    order by c.relname`);
  return result.rows;
}

/** The tables' own foreign keys (not those pointing at them). */
async function foreignKeys(db: Db, tables: string[]): Promise<IndexDef[]> {
  const result = await db.execute<{ name: string; def: string; table: string }>(sql`
    select conname as name, pg_get_constraintdef(oid) as def, conrelid::regclass::text as "table"
    from pg_constraint
    where contype = 'f' and conrelid::regclass::text = any(${sql.param(tables)}::text[])
    order by conname`);
  return result.rows;
}

async function pendingIndexes(db: Db): Promise<IndexDef[]> {
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, PENDING_KEY));
  return row ? (row.value as IndexDef[]) : [];
}

async function recreate(db: Db, indexes: IndexDef[]): Promise<void> {
  for (const index of indexes) {
    const started = performance.now();
    await db.transaction(async (tx) => {
      // The GIN build of name_grams sorts ~10 grams per row in memory; the server default (64 MB) makes it spill.
      await tx.execute(sql`set local maintenance_work_mem = '512MB'`);
      if (!index.table) {
        await tx.execute(sql.raw(index.def.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS ')));
        return;
      }
      // ADD CONSTRAINT has no IF NOT EXISTS; it checks every row once, in one join.
      const exists = await tx.execute(sql`select 1 from pg_constraint where conname = ${index.name} and conrelid = ${index.table}::regclass`);
      if (!exists.rows.length) await tx.execute(sql.raw(`ALTER TABLE ${index.table} ADD CONSTRAINT "${index.name}" ${index.def}`));
    });
    console.log(`  ${index.table ? 'foreign key' : 'index'} ${index.name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  await db.delete(appSettings).where(eq(appSettings.key, PENDING_KEY));
}

/**
 * Runs a bulk load with the tables' secondary indexes dropped and builds them again afterwards (also when the
 * load fails): building an index once over sorted data is far faster than updating it a million times. With
 * `foreignKeys`, the tables' foreign keys go too and are re-added (and so re-checked) in one pass each: per-row
 * checks are about half the time of the leads load (six references a lead, two an event).
 */
export async function withoutSecondaryIndexes<T>(db: Db, tables: string[], load: () => Promise<T>, opts: { foreignKeys?: boolean } = {}): Promise<T> {
  // A killed run left its dropped indexes pending; a migration since then may have added more.
  const present = [...(await secondaryIndexes(db, tables)), ...(opts.foreignKeys ? await foreignKeys(db, tables) : [])];
  const byName = new Map([...present, ...(await pendingIndexes(db))].map((i) => [i.name, i]));
  const indexes = [...byName.values()];
  await db.insert(appSettings).values({ key: PENDING_KEY, value: indexes }).onConflictDoUpdate({ target: appSettings.key, set: { value: indexes } });
  for (const index of indexes) {
    if (index.table) await db.execute(sql`alter table ${sql.raw(index.table)} drop constraint if exists ${sql.identifier(index.name)}`);
    else await db.execute(sql`drop index if exists ${sql.identifier(index.name)}`);
  }
  try {
    return await load();
  } finally {
    console.log('Building indexes');
    await recreate(db, indexes);
  }
}
