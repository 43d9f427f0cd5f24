/**
 * HTTP load on the production build against the bench database: `npm run build`, then
 * `npm run bench:http [-- --scale=1] [--seconds=30] [--connections=20]`. Each page is loaded by autocannon with a
 * signed-in leader's session cookie, next to a trivial page of the same app (the login page) as the floor.
 * Prints req/s and latency percentiles and writes bench/http-results.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { eq } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import { closeDb, getDb } from '@/db';
import { users } from '@/db/schema';
import { runScript } from '../scripts/run-script';
import { useBenchDatabase } from './database';

const SESSION_COOKIE = 'authjs.session-token';

interface Target {
  name: string;
  path: string;
  /** Without a session: the floor. */
  anonymous?: boolean;
}

const TARGETS: Target[] = [
  { name: 'trivial page (login, the floor)', path: '/login', anonymous: true },
  { name: 'dashboard (zone, leader)', path: '/dashboard' },
];

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.split('=')[1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

/** The session cookie Auth.js would set after the leader logs in (same secret, same claims as lib/auth.config.ts). */
async function sessionCookie(secret: string): Promise<string> {
  const db = await getDb();
  const [leader] = await db.select({ id: users.id, name: users.displayName, role: users.role, teamId: users.teamId }).from(users).where(eq(users.username, 'bench-leader'));
  if (!leader) throw new Error('The bench leader is missing: run `npm run bench` first to generate the bench data.');
  const token = await encode({ token: { sub: leader.id, name: leader.name, role: leader.role, teamId: leader.teamId }, secret, salt: SESSION_COOKIE, maxAge: 3600 });
  return `${SESSION_COOKIE}=${token}`;
}

async function startServer(port: number, secret: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port)], {
    env: { ...process.env, AUTH_SECRET: secret, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new Error('The app did not start: run `npm run build` first.');
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

async function load(url: string, cookie: string | null, seconds: number, connections: number) {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers: cookie ? { cookie } : {} }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode !== 200) errors++;
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    req_per_s: Math.round(result.requests.average * 10) / 10,
    p50_ms: Math.round(percentile(latencies, 50)),
    p95_ms: Math.round(percentile(latencies, 95)),
    p99_ms: Math.round(percentile(latencies, 99)),
    errors: errors + result.errors + result.timeouts,
  };
}

runScript(async () => {
  const scale = option('scale', 1);
  const seconds = option('seconds', 30);
  const connections = option('connections', 20);
  console.log(`HTTP load at scale ${scale} on ${await useBenchDatabase(scale)}: ${connections} connections × ${seconds} s per page`);
  const secret = randomBytes(32).toString('base64url');
  const cookie = await sessionCookie(secret);
  await closeDb();
  const port = 3900 + Math.floor(Math.random() * 90);
  const server = await startServer(port, secret);
  const results = [];
  try {
    for (const target of TARGETS) {
      // A short warm-up so the first compile of each route does not count.
      await load(`http://127.0.0.1:${port}${target.path}`, target.anonymous ? null : cookie, 3, 2);
      const r = await load(`http://127.0.0.1:${port}${target.path}`, target.anonymous ? null : cookie, seconds, connections);
      results.push({ name: target.name, path: target.path, ...r });
      console.log(`${target.name}: ${r.req_per_s} req/s, p50 ${r.p50_ms} ms, p95 ${r.p95_ms} ms, p99 ${r.p99_ms} ms, ${r.errors} errors`);
    }
  } finally {
    server.kill('SIGTERM');
  }
  const file = path.join('bench', 'http-results.json');
  writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), scale, seconds, connections, results }, null, 2)}\n`);
  console.log(`Wrote ${file}`);
});
