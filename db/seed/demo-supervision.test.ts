import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { supervisionItems, supervisionUpdates } from '@/db/schema';
import { withTestDb } from '@/db/test-utils';
import { zoneToday } from '@/lib/project-status';
import { seedDemo } from './demo';
import { seedDemoSupervision } from './demo-supervision';

withTestDb();

beforeAll(async () => {
  const db = await getDb();
  await seedDemo(db);
  await seedDemoSupervision(db);
}, 120_000);

describe('demo supervision', () => {
  it('holds a leader’s items on leads and projects, some overdue, one with progress, one closed — once', async () => {
    const db = await getDb();
    const items = await db.select().from(supervisionItems);
    const today = zoneToday();
    expect(items).toHaveLength(5);
    expect(items.filter((i) => i.projectId).length).toBe(3);
    expect(items.filter((i) => i.state === 'open' && i.deadline < today).length).toBe(2);
    expect(items.filter((i) => i.state === 'closed').length).toBe(1);
    expect((await db.select().from(supervisionUpdates)).length).toBeGreaterThanOrEqual(2);
  });
});
