// Starting the production build for e2e runs: e2e/server.ts (the shared server) and the specs that need
// a server of their own to break and restart (faults.spec.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import { createDatabase } from '../db/test-database';

const NEXT_BIN = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');

/** What `next start` needs besides the database: the port and a fresh secret. */
export function serverEnv(port: string): NodeJS.ProcessEnv {
  return { ...process.env, PORT: port, AUTH_SECRET: crypto.randomBytes(32).toString('base64url'), NODE_ENV: 'production' };
}

/** A new PostgreSQL database beside the one in `baseUrl`, with the demo data loaded. */
export async function createDemoDatabase(baseUrl: string, name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const database = await createDatabase(baseUrl, name);
  // react-server: the demo signs its projects through db/queries, which are server-only.
  await run(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/seed.ts', '--demo'], { ...process.env, DATABASE_URL: database.url });
  return database;
}

/** Node runs Next directly (no npx/sh layers), so a SIGTERM reaches the server itself. */
export function startNext(port: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, 'start', '-p', port], { env, stdio: 'inherit' });
}

/** The server's exit code once it has exited. */
export function exited(server: ChildProcess): Promise<number> {
  if (server.exitCode !== null) return Promise.resolve(server.exitCode);
  return new Promise((resolve) => server.once('exit', (code) => resolve(code ?? 0)));
}

/** A port nobody listens on right now. */
export function freePort(): Promise<string> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(String(port)));
    });
    probe.on('error', reject);
  });
}

/** Waits until the server at `url` answers its health check (migrations, and the demo on an embedded database, done). */
export async function untilHealthy(url: string): Promise<void> {
  await expect.poll(async () => (await fetch(`${url}/api/health`).catch(() => null))?.status, { timeout: 90_000, intervals: [250] }).toBe(200);
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

/**
 * A server of a spec's own on a fresh demo database (PostgreSQL when DATABASE_URL is set, else an embedded one),
 * for journeys that change installation-wide settings the shared server's other specs rely on.
 */
export async function startOwnServer(name: string): Promise<{ url: string; databaseUrl: string | undefined; stop: () => Promise<void> }> {
  const port = await freePort();
  const env = serverEnv(port);
  let dropDatabase = async () => {};
  if (process.env.DATABASE_URL) {
    const database = await createDemoDatabase(process.env.DATABASE_URL, `e2e_${name}_${Date.now()}_${process.pid}`);
    env.DATABASE_URL = database.url;
    dropDatabase = database.drop;
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `crm-${name}-`));
    env.PGLITE_DIR = dir;
    dropDatabase = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const server = startNext(port, env);
  const url = `http://localhost:${port}`;
  const stop = async () => {
    server.kill('SIGTERM');
    await exited(server);
    await dropDatabase();
  };
  try {
    await untilHealthy(url);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, databaseUrl: env.DATABASE_URL, stop };
}
