// npm run db:backup / db:restore: the demo survives a round trip table by table (row counts and an md5 of every
// table's rows), a database with data is refused without --force and replaced with it, and a wrong file is refused
// before the database is touched. On PostgreSQL when DATABASE_URL is set, and on the embedded database always.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, countMigrations, getDb, type DbKind } from '@/db';
import { backupDatabase, readBackup, restoreDatabase, type DbTarget } from '@/db/backup';
import { seedDemo } from '@/db/seed/demo';
import { createDatabase } from '@/db/test-database';

const baseUrl = process.env.DATABASE_URL;
const basePgliteDir = process.env.PGLITE_DIR;
const engines: DbKind[] = baseUrl ? ['postgres', 'pglite'] : ['pglite'];
const KEY_TABLES = ['users', 'enterprises', 'contacts', 'leads', 'meetings', 'projects', 'audit_logs'];
const MIGRATIONS = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'drizzle/meta/_journal.json'), 'utf8')).entries.length;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-backup-'));
const drops: (() => Promise<void>)[] = [];

afterAll(async () => {
  await closeDb();
  for (const drop of drops) await drop();
  fs.rmSync(tmp, { recursive: true, force: true });
  restoreEnv(baseUrl, basePgliteDir);
});

function restoreEnv(url: string | undefined, dir: string | undefined): void {
  for (const [key, value] of [['DATABASE_URL', url], ['PGLITE_DIR', dir]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}

/** A new, empty database: one beside DATABASE_URL (dropped afterwards), or a PGlite folder not yet created. */
async function freshTarget(kind: DbKind, label: string): Promise<DbTarget> {
  if (kind === 'pglite') return { kind, dir: path.join(tmp, label) };
  const created = await createDatabase(baseUrl!, `test_backup_${label}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`);
  drops.push(created.drop);
  return { kind, url: created.url };
}

/** The environment that makes the app (getDb, the npm scripts) use `target`. */
function envFor(target: DbTarget): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, PGLITE_DIR: _dir, ...rest } = process.env;
  return target.kind === 'postgres' ? { ...rest, DATABASE_URL: target.url } : { ...rest, PGLITE_DIR: target.dir };
}

function useTarget(target: DbTarget): void {
  restoreEnv(target.kind === 'postgres' ? target.url : undefined, target.kind === 'pglite' ? target.dir : undefined);
}

/** Runs `fn` with a plain connection to `target` (not the app's handle: no migrations, no lock). */
async function withConnection<T>(target: DbTarget, fn: (run: (text: string) => Promise<{ rows: unknown[] }>) => Promise<T>): Promise<T> {
  if (target.kind === 'postgres') {
    const client = new Client({ connectionString: target.url });
    await client.connect();
    try {
      return await fn((text) => client.query(text));
    } finally {
      await client.end();
    }
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = await PGlite.create(target.dir);
  try {
    // exec runs several statements; its last result is the answer.
    return await fn(async (text) => (await pg.exec(text)).at(-1)!);
  } finally {
    await pg.close();
  }
}

type Snapshot = Record<string, { rows: number; md5: string }>;

/** Every table of the app and the migration journal: its row count and an md5 of its rows in a fixed order. */
function snapshot(target: DbTarget): Promise<Snapshot> {
  return withConnection(target, async (run) => {
    const tables = (await run(`select quote_ident(n.nspname) || '.' || quote_ident(c.relname) as name from pg_class c
      join pg_namespace n on n.oid = c.relnamespace where n.nspname in ('public', 'drizzle') and c.relkind in ('r', 'p') order by 1`)).rows as { name: string }[];
    const result: Snapshot = {};
    for (const { name } of tables) {
      const [row] = (await run(`select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text collate "C"), '')) as md5 from ${name} t`)).rows as { rows: number; md5: string }[];
      result[name] = row;
    }
    return result;
  });
}

// Any DDL from pg_restore's session fails (libpq names the session after the program), ours goes through.
const INJECT_RESTORE_FAULT = `create schema fault;
  create function fault.refuse_restore() returns event_trigger language plpgsql as $$
  begin
    if current_setting('application_name') = 'pg_restore' then raise exception 'injected fault'; end if;
  end $$;
  create event trigger refuse_restore on ddl_command_start execute function fault.refuse_restore()`;

function npm(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '-s', ...args], { env, cwd: process.cwd() }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe.each(engines)('backup and restore on %s', (kind) => {
  let source: DbTarget;
  let target: DbTarget;
  let file: string;
  let demo: Snapshot;

  beforeAll(async () => {
    source = await freshTarget(kind, 'source');
    useTarget(source);
    await seedDemo(await getDb());
    await closeDb();
    file = (await backupDatabase(source, path.join(tmp, `${kind}-backups`))).file;
    demo = await snapshot(source);
  }, 300_000);

  it('round-trips the demo into an empty database: same tables, row counts and rows, and migrations apply', async () => {
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(readBackup(file).kind).toBe(kind);
    for (const table of KEY_TABLES) expect(demo[`public.${table}`].rows, table).toBeGreaterThan(0);

    // Empty as the app leaves a new database: migrated, no rows. That needs no --force, and nothing of it is kept.
    target = await freshTarget(kind, 'target');
    useTarget(target);
    await getDb();
    await closeDb();
    expect(await restoreDatabase(target, file)).toEqual({});
    expect(await snapshot(target)).toEqual(demo);

    // The app migrates at start: the restored journal says every migration is there.
    expect(await countMigrations(await getDb())).toBe(MIGRATIONS);
    await closeDb();
  }, 180_000);

  it('refuses a database with data unless --force, which replaces everything in it', async () => {
    // A changed row and a table the backup does not know (as a newer migration would add).
    await withConnection(target, (run) => run(`update users set display_name = display_name || ' (changed)'; create table public.leftover (x int); insert into leftover values (1)`));
    const changed = await snapshot(target);
    expect(changed).not.toEqual(demo);

    await expect(restoreDatabase(target, file)).rejects.toThrow(/already holds data \(.*\)\. A restore replaces everything in it: run again with --force/);
    // A restore that fails half-way leaves the database as it was, too.
    if (kind === 'postgres') {
      await withConnection(target, (run) => run(INJECT_RESTORE_FAULT));
      await expect(restoreDatabase(target, file, { force: true })).rejects.toThrow(/^Not restored: pg_restore failed \(exit code 1\): .*injected fault.*\. The database is unchanged\.$/s);
      await withConnection(target, (run) => run('drop event trigger refuse_restore; drop schema fault cascade'));
    } else {
      const broken = path.join(tmp, 'broken.tar.gz');
      fs.writeFileSync(broken, gzipSync(tarWith('PG_VERSION', '17\n')));
      await expect(restoreDatabase(target, broken, { force: true })).rejects.toThrow(/^Not restored: .*broken\.tar\.gz does not open as a database \(.*\); .* is unchanged\.$/);
    }
    expect(await snapshot(target)).toEqual(changed);

    const { replaced } = await restoreDatabase(target, file, { force: true });
    expect(await snapshot(target)).toEqual(demo);
    // The embedded database's old folder is kept aside; PostgreSQL's old schemas are dropped once the restore succeeded.
    if (kind === 'pglite') expect(fs.existsSync(path.join(replaced!, 'PG_VERSION'))).toBe(true);
    else expect(replaced).toBeUndefined();
  }, 180_000);

  it('npm run db:backup prints the new file; npm run db:restore exits 1 over data without --force', async () => {
    const env = envFor(target);
    const out = path.join(tmp, `${kind}-cli`);
    const backup = await npm(['db:backup', '--', '--out', out], env);
    expect(backup.code, backup.stderr).toBe(0);
    const [, written] = backup.stdout.match(/^Backup written: (.+) \(\d+\.\d MB\)$/m) ?? [];
    expect(fs.readdirSync(out)).toEqual([path.basename(written)]);

    const restore = await npm(['db:restore', '--', written], env);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/^Not restored: .* already holds data .*--force/m);
  }, 180_000);
});

/** A one-file ustar archive. */
function tarWith(name: string, content: string): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0);
  header.write(content.length.toString(8).padStart(11, '0'), 124);
  header.write('ustar', 257);
  // The checksum is the byte sum of the header with its own field read as spaces.
  header.fill(' ', 148, 156);
  header.write(`${header.reduce((sum, byte) => sum + byte, 0).toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  const body = Buffer.alloc(Math.ceil(content.length / 512) * 512);
  body.write(content);
  return Buffer.concat([header, body, Buffer.alloc(1024)]);
}

describe('backup files', () => {
  const somePg: DbTarget = { kind: 'postgres', url: 'postgres://crm:secret@127.0.0.1:1/none' };
  const somePglite: DbTarget = { kind: 'pglite', dir: path.join(tmp, 'never-created') };
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, content);
    return file;
  };

  it('refuses a missing file, a file that is no backup and a backup of the other kind, before touching the database', async () => {
    await expect(restoreDatabase(somePglite, path.join(tmp, 'missing.dump'))).rejects.toThrow(/^Not restored: there is no file .*missing\.dump\.$/);
    for (const file of [write('notes.txt', 'hello'), write('other.tar.gz', gzipSync('not a tar')), write('fake.dump', 'PGDM')]) {
      await expect(restoreDatabase(somePglite, file)).rejects.toThrow(/is not a backup made by npm run db:backup/);
    }
    // The server in somePg does not exist: these stop before any connection.
    await expect(restoreDatabase(somePg, write('damaged.dump', 'PGDMP and more'))).rejects.toThrow(/^pg_restore (failed \(exit code 1\): pg_restore: error: |not found: )/);
    await expect(restoreDatabase(somePg, write('embedded.tar.gz', gzipSync(tarWith('PG_VERSION', '17\n'))))).rejects.toThrow(/is a backup of the embedded database; unset DATABASE_URL/);
    await expect(restoreDatabase(somePglite, write('y.dump', 'PGDMP and more'))).rejects.toThrow(/is a PostgreSQL backup \(pg_dump\); set DATABASE_URL/);
    expect(fs.existsSync(somePglite.dir)).toBe(false);
  });

  it('says what to install when pg_dump is missing', async () => {
    const pathBefore = process.env.PATH;
    process.env.PATH = path.join(tmp, 'no-tools');
    try {
      await expect(backupDatabase(somePg, path.join(tmp, 'no-tools-out'))).rejects.toThrow(/^pg_dump not found: install the PostgreSQL client tools/);
    } finally {
      process.env.PATH = pathBefore;
    }
    expect(fs.readdirSync(path.join(tmp, 'no-tools-out'))).toEqual([]);
  });
});
