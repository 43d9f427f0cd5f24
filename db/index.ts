import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { Pool } from 'pg';
import * as schema from './schema';

/** The pg and PGlite drivers build the same SQL; we type both as the node-postgres flavour. */
export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbKind = 'postgres' | 'pglite';

export interface DbHandle {
  db: Db;
  kind: DbKind;
  close(): Promise<void>;
}

/** A startup problem a person can fix; its message is printed as one line, without a stack. */
export class DbStartupError extends Error {}

const MIGRATIONS = path.join(process.cwd(), 'drizzle');
const MIGRATION_LOCK_KEY = 7242001;

export function databaseKind(): DbKind {
  return process.env.DATABASE_URL ? 'postgres' : 'pglite';
}

/** Where the embedded database lives; `memory://` for throw-away test databases. */
export function pgliteDir(): string {
  return process.env.PGLITE_DIR ?? path.join(process.cwd(), '.data', 'pglite');
}

// One handle per process: instrumentation, route handlers and dev reloads load this module separately.
const cache = globalThis as unknown as { __crmDb?: Promise<DbHandle> };

export function getDbHandle(): Promise<DbHandle> {
  cache.__crmDb ??= openDb().catch((error) => {
    cache.__crmDb = undefined;
    throw error;
  });
  return cache.__crmDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** Closes the process's database (tests and scripts); the next getDb() opens it again. */
export async function closeDb(): Promise<void> {
  const handle = cache.__crmDb;
  cache.__crmDb = undefined;
  if (handle) await (await handle).close();
}

async function openDb(): Promise<DbHandle> {
  return process.env.DATABASE_URL ? openPostgres(process.env.DATABASE_URL) : openPglite(pgliteDir());
}

async function openPostgres(url: string): Promise<DbHandle> {
  const pool = new Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    // pg waits for a new connection forever by default: with the database unreachable a page would hang
    // instead of showing the error page, and the health check would time out instead of answering 503.
    connectionTimeoutMillis: 5_000,
  });
  // An idle client dropped by the server must not crash the process; the pool reconnects.
  pool.on('error', (error) => console.error(`PostgreSQL connection error: ${error.message}`));
  const db = drizzlePg(pool, { schema, casing: 'snake_case' });
  try {
    const client = await pool.connect();
    try {
      // Several app servers may start at once: one migrates, the others wait.
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      await migratePg(db, { migrationsFolder: MIGRATIONS });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DbStartupError(describePgError(url, error));
  }
  return { db, kind: 'postgres', close: () => pool.end() };
}

/** `host:port/database` of a DATABASE_URL, for messages: never the user or password. */
export function pgLocation(url: string): string {
  const { hostname, port, pathname } = safeUrl(url);
  return `${hostname}:${port || 5432}${pathname}`;
}

export function describePgError(url: string, error: unknown): string {
  const where = pgLocation(url);
  const e = error as { code?: string; message?: string };
  const reason = e.code ? `${e.code}: ${e.message}` : String(e.message ?? error);
  return `Cannot use PostgreSQL at ${where} (DATABASE_URL): ${reason}. Start the server, create the database, or fix DATABASE_URL.`;
}

function safeUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    throw new DbStartupError('DATABASE_URL is not a valid URL (expected postgres://user:password@host:5432/database).');
  }
}

async function openPglite(dir: string): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const inMemory = dir.startsWith('memory://');
  const releaseLock = inMemory ? () => {} : lockPgliteDir(dir);
  try {
    const client = await PGlite.create(dir);
    const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
    await migratePglite(db as never, { migrationsFolder: MIGRATIONS });
    return {
      db,
      kind: 'pglite',
      close: async () => {
        await client.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    if (error instanceof DbStartupError) throw error;
    throw new DbStartupError(`Cannot open the embedded database in ${dir}: ${(error as Error).message}`);
  }
}

/**
 * Two processes on one PGlite folder do not refuse each other, they silently lose data:
 * a pid file next to the folder makes the second one stop with a clear message (`advice` says what to do).
 */
export function lockPgliteDir(dir: string, advice = 'Stop that process (e.g. the other "npm start"), or set PGLITE_DIR to another folder.'): () => void {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const lockFile = `${dir}.lock`;
  const holder = readLockPid(lockFile);
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new DbStartupError(
      `The embedded database ${dir} is in use by another process (pid ${holder}). ${advice}`,
    );
  }
  fs.writeFileSync(lockFile, String(process.pid));
  const release = () => {
    if (readLockPid(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return release;
}

function readLockPid(lockFile: string): number | null {
  try {
    return Number(fs.readFileSync(lockFile, 'utf8').trim()) || null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Number of migrations applied, for the health check. */
export async function countMigrations(db: Db): Promise<number> {
  const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return Number(result.rows[0]?.n ?? 0);
}
