import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Auth.js signs sessions with AUTH_SECRET. A real installation (production on PostgreSQL) must set it;
 * the embedded demo generates one on first start and keeps it in ./.data/ so sessions survive restarts.
 */
export function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  if (process.env.NODE_ENV === 'production' && process.env.DATABASE_URL) {
    throw new Error('AUTH_SECRET is not set. Set it to a long random string (e.g. `openssl rand -base64 32`) on every app server.');
  }
  const file = path.join(process.cwd(), '.data', 'auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  process.env.AUTH_SECRET = fs.readFileSync(file, 'utf8').trim();
}
