import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** A production build exists: `next start` can serve it. */
export const hasProductionBuild = () => existsSync(path.join('.next', 'BUILD_ID'));

/**
 * `next start` of the production build on a free-ish port, against this process's DATABASE_URL (the bench
 * database) and with the secret the bench's session cookies are signed with. Resolves once /api/health answers.
 */
export async function startServer(secret: string): Promise<{ origin: string; stop: () => void }> {
  if (!hasProductionBuild()) throw new Error('No production build: run `npm run build` first.');
  const port = 3900 + Math.floor(Math.random() * 90);
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port)], {
    env: { ...process.env, AUTH_SECRET: secret, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
    // A process group of its own: `next start` runs the server in a child process, which must stop with it.
    detached: true,
  });
  const stop = () => process.kill(-server.pid!, 'SIGTERM');
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
    if (up) return { origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error('The app did not start within a minute.');
}
