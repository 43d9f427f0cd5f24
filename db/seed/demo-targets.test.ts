import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { annualTargets, teams } from '@/db/schema';
import { withTestDb } from '@/db/test-utils';
import { zoneToday } from '@/lib/project-status';
import { seedDemoTargets } from './demo-targets';
import { DEMO_TEAMS } from './teams';

withTestDb();

let rows: (typeof annualTargets.$inferSelect)[];

beforeAll(async () => {
  const db = await getDb();
  const created = await db.insert(teams).values(DEMO_TEAMS).returning({ id: teams.id, name: teams.name });
  const teamIds = new Map(created.map((t) => [t.name, t.id]));
  await db.transaction((tx) => seedDemoTargets(tx, teamIds));
  await db.transaction((tx) => seedDemoTargets(tx, teamIds));
  rows = await db.select().from(annualTargets);
});

describe('demo targets', () => {
  it('sets DOMAIN.md’s zone targets for this year, once, however often the demo loads', () => {
    const year = Number(zoneToday().slice(0, 4));
    const zone = rows.filter((r) => r.teamId === null && r.year === year);
    expect(zone).toHaveLength(1);
    expect(zone[0]).toMatchObject({ majorProjects: 36, fundsInPlace: 840_000, springStarts: 21 });
    expect(rows).toHaveLength(2 + DEMO_TEAMS.length);
  });

  it('shares this year’s zone targets out over the teams exactly', () => {
    const year = Number(zoneToday().slice(0, 4));
    const zone = rows.find((r) => r.teamId === null && r.year === year)!;
    const perTeam = rows.filter((r) => r.teamId !== null);
    for (const measure of ['majorProjects', 'fundsInPlace', 'signings', 'signingAmount', 'newLeads', 'springStarts'] as const) {
      expect(perTeam.reduce((sum, r) => sum + (r[measure] ?? 0), 0), measure).toBe(zone[measure]);
    }
  });
});
