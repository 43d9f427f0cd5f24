// Starts the production build for the e2e run on a fresh database: a new PostgreSQL database on the
// server named by DATABASE_URL (with the demo data loaded on request), or a new embedded PGlite folder
// (which loads the demo itself on first start). The database is dropped again when the run ends.
import fs from 'node:fs';
import path from 'node:path';
import { createDemoDatabase, exited, serverEnv, startNext } from './next-server';

const port = process.env.E2E_PORT ?? '3100';
const runId = `${Date.now()}_${process.pid}`;

async function main() {
  const env = serverEnv(port);
  let cleanup = async () => {};
  if (process.env.DATABASE_URL) {
    const { url, drop } = await createDemoDatabase(process.env.DATABASE_URL, `e2e_${runId}`);
    env.DATABASE_URL = url;
    cleanup = drop;
  } else {
    const dir = path.join(process.cwd(), '.e2e-data', runId);
    env.PGLITE_DIR = path.join(dir, 'pglite');
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const server = startNext(port, env);
  // The SIGTERM is passed on so the server stops first and the clean-up below runs.
  const stop = () => server.kill('SIGTERM');
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  const code = await exited(server);
  await cleanup();
  process.exit(code);
}

main().catch((error) => {
  console.error(`e2e server: ${error.message}`);
  process.exit(1);
});
