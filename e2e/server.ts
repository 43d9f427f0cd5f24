// Starts the production build for the e2e run on a fresh database: a new PostgreSQL database on the
// server named by DATABASE_URL (with the demo data loaded on request), or a new embedded PGlite folder
// (which loads the demo itself on first start). The database is dropped again when the run ends.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createDatabase } from '../db/test-database';

const port = process.env.E2E_PORT ?? '3100';
const runId = `${Date.now()}_${process.pid}`;
const NEXT_BIN = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: port, AUTH_SECRET: crypto.randomBytes(32).toString('base64url'), NODE_ENV: 'production' };
  let cleanup = async () => {};
  if (process.env.DATABASE_URL) {
    const { url, drop } = await createDatabase(process.env.DATABASE_URL, `e2e_${runId}`);
    env.DATABASE_URL = url;
    cleanup = drop;
    // react-server: the demo signs its projects through db/queries, which are server-only.
    await run(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/seed.ts', '--demo'], env);
  } else {
    const dir = path.join(process.cwd(), '.e2e-data', runId);
    env.PGLITE_DIR = path.join(dir, 'pglite');
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  // Node runs Next directly (no npx/sh layers), so a SIGTERM reaches the server and the clean-up below runs.
  const server = spawn(process.execPath, [NEXT_BIN, 'start', '-p', port], { env, stdio: 'inherit' });
  const stop = () => server.kill('SIGTERM');
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  const code = await new Promise<number>((resolve) => server.on('exit', (c) => resolve(c ?? 0)));
  await cleanup();
  process.exit(code);
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

main().catch((error) => {
  console.error(`e2e server: ${error.message}`);
  process.exit(1);
});
