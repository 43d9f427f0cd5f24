import { describe, expect, it } from 'vitest';
import { closeDb } from '@/db';
import { withTestDb } from '@/db/test-utils';
import { checkHealth } from './health';

withTestDb();

describe('checkHealth', () => {
  it('reports the database kind and the number of applied migrations', async () => {
    const health = await checkHealth();
    expect(health).toMatchObject({ status: 'ok', db: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
    expect(health.status === 'ok' && health.migrations).toBeGreaterThanOrEqual(1);
  });

  it('reports "unavailable" with the reason when the database does not answer', async () => {
    const saved = { url: process.env.DATABASE_URL, dir: process.env.PGLITE_DIR };
    await closeDb();
    process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/nothing';
    try {
      const health = await checkHealth();
      expect(health).toMatchObject({ status: 'unavailable', db: 'postgres' });
      expect(health.status === 'unavailable' && health.reason).toMatch(/127\.0\.0\.1:1/);
    } finally {
      await closeDb();
      if (saved.url) process.env.DATABASE_URL = saved.url;
      else delete process.env.DATABASE_URL;
    }
  });
});
