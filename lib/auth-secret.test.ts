import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureAuthSecret } from './auth-secret';

describe('ensureAuthSecret', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-'));
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    vi.stubEnv('AUTH_SECRET', '');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is required in production on PostgreSQL', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('DATABASE_URL', 'postgres://db/crm');
    expect(() => ensureAuthSecret()).toThrow(/AUTH_SECRET is not set/);
  });

  it('is generated once for the embedded database and kept in .data/', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('DATABASE_URL', '');
    ensureAuthSecret();
    const first = process.env.AUTH_SECRET;
    expect(first).toMatch(/^[\w-]{40,}$/);
    expect(fs.readFileSync(path.join(dir, '.data', 'auth-secret'), 'utf8')).toBe(first);
    vi.stubEnv('AUTH_SECRET', '');
    ensureAuthSecret();
    expect(process.env.AUTH_SECRET).toBe(first);
  });

  it('leaves a configured secret alone', () => {
    vi.stubEnv('AUTH_SECRET', 'configured');
    ensureAuthSecret();
    expect(process.env.AUTH_SECRET).toBe('configured');
    expect(fs.existsSync(path.join(dir, '.data'))).toBe(false);
  });
});
