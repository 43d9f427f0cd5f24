import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Client } from 'pg';
import { DbStartupError, describePgError, lockPgliteDir, pgLocation, pgliteDir } from './index';

/**
 * Backups of the whole database: `pg_dump` custom format for PostgreSQL, a tarball of the data folder for the
 * embedded PGlite database (what PGlite itself uses to clone a database). A restore replaces everything, so it
 * refuses a database that holds rows unless forced.
 */

export type DbTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string };

export interface BackupFile {
  file: string;
  bytes: number;
}

const PG_DUMP_MAGIC = 'PGDMP';
const GZIP_MAGIC = [0x1f, 0x8b];
// Both engines keep the app's tables in `public` and drizzle's migration journal in `drizzle`.
const APP_SCHEMAS = ['public', 'drizzle'];
const PGLITE_ADVICE =
  'The embedded database allows one process at a time: stop the app (npm start / npm run serve) for the backup or restore, then start it again.';

/** The database the app uses: DATABASE_URL, else the embedded one in PGLITE_DIR. */
export function configuredTarget(): DbTarget {
  const url = process.env.DATABASE_URL;
  return url ? { kind: 'postgres', url } : { kind: 'pglite', dir: pgliteDir() };
}

/** Writes a backup of `target` into `outDir` (created if missing, readable by its owner only). */
export async function backupDatabase(target: DbTarget, outDir: string, now = new Date()): Promise<BackupFile> {
  fs.mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const stamp = now.toISOString().slice(0, 19).replaceAll(':', '-') + 'Z';
  const name = target.kind === 'postgres' ? `${databaseName(target.url)}-${stamp}.dump` : `pglite-${stamp}.tar.gz`;
  const file = path.join(outDir, name);
  if (fs.existsSync(file)) throw new Error(`Not backed up: ${file} already exists.`);
  // Written under another name first, so that a failed backup never looks like a good one; created readable by its
  // owner only before anything is written into it, because it holds password hashes and personal data.
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, '', { mode: 0o600, flag: 'wx' });
  try {
    if (target.kind === 'postgres') {
      const conn = libpqConnection(target.url);
      await runPgTool('pg_dump', ['--format=custom', `--file=${partial}`, `--dbname=${conn.dbname}`], conn.env);
    } else {
      await dumpPglite(target.dir, partial);
    }
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return { file, bytes: fs.statSync(file).size };
}

/**
 * Replaces the contents of `target` with the backup in `file`. Checks the file before touching the database and
 * refuses a database that holds any row unless `force`. The migrations newer than the backup are left to the
 * caller (the app applies them when it starts).
 */
export async function restoreDatabase(target: DbTarget, file: string, { force = false } = {}): Promise<{ replaced?: string }> {
  const backup = readBackup(file);
  if (backup.kind === 'postgres' && target.kind === 'postgres') {
    await restorePostgres(target.url, file, force);
    return {};
  }
  if (backup.kind === 'pglite' && target.kind === 'pglite') return restorePglite(target.dir, file, backup.tar, force);
  throw new Error(
    backup.kind === 'pglite'
      ? `Not restored: ${file} is a backup of the embedded database; unset DATABASE_URL to restore it into the embedded database.`
      : `Not restored: ${file} is a PostgreSQL backup (pg_dump); set DATABASE_URL to the database to restore it into.`,
  );
}

/** What kind of backup `file` is; throws a clear message for a missing file or anything else. */
export function readBackup(file: string): { kind: 'postgres' } | { kind: 'pglite'; tar: Buffer } {
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw new Error(`Not restored: there is no file ${file}.`);
  const notABackup = new Error(
    `Not restored: ${file} is not a backup made by npm run db:backup (expected a pg_dump custom-format .dump or an embedded-database .tar.gz).`,
  );
  const head = Buffer.alloc(5);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString('latin1') === PG_DUMP_MAGIC) return { kind: 'postgres' };
  if (head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1]) throw notABackup;
  let tar: Buffer;
  try {
    tar = gunzipSync(fs.readFileSync(file));
  } catch {
    throw notABackup;
  }
  if (!tarHasEntry(tar, 'PG_VERSION')) throw notABackup;
  return { kind: 'pglite', tar };
}

/** Names of the app's tables that hold at least one row (one `exists` per table, so instant at any size). */
async function tablesWithRows(query: (text: string) => Promise<{ rows: unknown[] }>): Promise<string[]> {
  const tables = (await query(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
  )).rows as { name: string }[];
  if (tables.length === 0) return [];
  const probes = tables.map(({ name }) => `select ${quoteLiteral(name)} as name where exists (select 1 from public.${quoteIdent(name)})`);
  return ((await query(probes.join(' union all '))).rows as { name: string }[]).map((r) => r.name);
}

/** The tables holding rows (when `force`); without `force`, any such table stops the restore. */
async function refuseIfFilled(query: (text: string) => Promise<{ rows: unknown[] }>, where: string, force: boolean): Promise<string[]> {
  const filled = await tablesWithRows(query);
  if (filled.length === 0 || force) return filled;
  const shown = filled.slice(0, 5).join(', ') + (filled.length > 5 ? ` and ${filled.length - 5} more tables` : '');
  throw new Error(
    `Not restored: ${where} already holds data (${shown}). A restore replaces everything in it: run again with --force to do so (back it up first with npm run db:backup).`,
  );
}

async function restorePostgres(url: string, file: string, force: boolean): Promise<void> {
  // Reads the archive's table of contents: a damaged file, or one from a newer pg_dump, stops here.
  await runPgTool('pg_restore', ['--list', file]);
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new DbStartupError(describePgError(url, error));
  }
  try {
    await refuseIfFilled((text) => client.query(text), `the database ${pgLocation(url)}`, force);
    // The old schemas are moved aside rather than cleaned (`pg_restore --clean` drops only what the backup holds, so
    // tables of a newer migration would stay behind) and dropped only once the restore has succeeded.
    const present = (await client.query<{ name: string }>('select nspname as name from pg_namespace where nspname = any($1)', [APP_SCHEMAS])).rows.map((r) => r.name);
    const suffix = `_before_restore_${Date.now()}`;
    await client.query(['begin', ...present.map((s) => `alter schema ${quoteIdent(s)} rename to ${quoteIdent(s + suffix)}`), 'create schema public', 'commit'].join(';'));
    try {
      const conn = libpqConnection(url);
      // Objects belong to the DATABASE_URL user, as when the app creates them; the source's roles need not exist here.
      await runPgTool('pg_restore', ['--no-owner', '--no-acl', '--single-transaction', `--dbname=${conn.dbname}`, file], conn.env);
    } catch (error) {
      const reason = (error as Error).message;
      await client
        .query(['begin', ...APP_SCHEMAS.map((s) => `drop schema if exists ${quoteIdent(s)} cascade`), ...present.map((s) => `alter schema ${quoteIdent(s + suffix)} rename to ${quoteIdent(s)}`), 'commit'].join(';'))
        .catch((undo: Error) => {
          throw new Error(`Not restored: ${reason}. Putting the old contents back failed too (${undo.message}): they are in the schemas ${present.map((s) => s + suffix).join(', ')}.`);
        });
      throw new Error(`Not restored: ${reason}. The database is unchanged.`);
    }
    await client.query(present.map((s) => `drop schema ${quoteIdent(s + suffix)} cascade`).join(';') || 'select 1');
  } finally {
    await client.end();
  }
}

async function dumpPglite(dir: string, outFile: string): Promise<void> {
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) throw new Error(`Not backed up: there is no embedded database in ${dir}.`);
  const release = lockPgliteDir(dir, PGLITE_ADVICE);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const pg = await PGlite.create(dir);
    try {
      // Flushes everything to the data files, so the copy needs no recovery when it is opened.
      await pg.exec('checkpoint');
      const tarball = await pg.dumpDataDir('gzip');
      fs.writeFileSync(outFile, Buffer.from(await tarball.arrayBuffer()));
    } finally {
      await pg.close();
    }
  } finally {
    release();
  }
}

/**
 * Unpacks the tarball into a new folder beside `dir` and swaps it in; the folder it replaces is kept beside it
 * when it held data (its path is returned), else removed.
 */
async function restorePglite(dir: string, file: string, tar: Buffer, force: boolean): Promise<{ replaced?: string }> {
  if (dir.startsWith('memory://')) throw new Error('Not restored: PGLITE_DIR is memory://; set it to a folder.');
  const release = lockPgliteDir(dir, PGLITE_ADVICE);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    let keepOld = false;
    if (fs.existsSync(path.join(dir, 'PG_VERSION'))) {
      const pg = await PGlite.create(dir);
      try {
        keepOld = (await refuseIfFilled((text) => pg.query(text), `the embedded database ${dir}`, force)).length > 0;
      } finally {
        await pg.close();
      }
    } else if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
      keepOld = true;
    }
    const staging = `${dir}.restoring`;
    fs.rmSync(staging, { recursive: true, force: true });
    try {
      const pg = await PGlite.create(staging, { loadDataDir: new Blob([new Uint8Array(tar)], { type: 'application/x-tar' }) });
      await pg.query('select 1');
      await pg.close();
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      throw new Error(`Not restored: ${file} does not open as a database (${(error as Error).message}); ${dir} is unchanged.`);
    }
    const aside = `${dir}.before-restore-${Date.now()}`;
    if (fs.existsSync(dir)) fs.renameSync(dir, aside);
    fs.renameSync(staging, dir);
    if (!keepOld) fs.rmSync(aside, { recursive: true, force: true });
    return keepOld ? { replaced: aside } : {};
  } finally {
    release();
  }
}

/** libpq's view of a DATABASE_URL: the password goes through the environment, never the command line (`ps` shows that). */
function libpqConnection(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1)).replace(/[^\w.-]/g, '_') || 'postgres';
}

/** Runs a PostgreSQL client tool without a shell (arguments are never parsed again) and returns its stdout. */
function runPgTool(tool: 'pg_dump' | 'pg_restore', args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(`${tool} not found: install the PostgreSQL client tools of the server's major version or newer (Debian: apt-get install postgresql-client) so that ${tool} is on the PATH.`)
          : error,
      ),
    );
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${tool} failed (exit code ${code}): ${stderr.trim() || 'no message'}`))));
  });
}

/** Whether a ustar archive holds `name` (PGlite writes the data folder's files relative to it). */
function tarHasEntry(tar: Buffer, name: string): boolean {
  const field = (header: Buffer, from: number, to: number) => header.toString('utf8', from, to).replace(/\0[\s\S]*$/, '');
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    if (field(header, 257, 262) !== 'ustar') return false;
    const prefix = field(header, 345, 500);
    const entry = (prefix ? `${prefix}/` : '') + field(header, 0, 100);
    if (entry.replace(/^\.?\/+/, '') === name) return true;
    const size = parseInt(field(header, 124, 136).trim() || '0', 8);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return false;
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
