import type { Tx } from '@/db';
import { annualTargets } from '@/db/schema';
import { zoneToday } from '@/lib/project-status';
import { DEMO_TEAMS } from './teams';

// DOMAIN.md's zone targets for this year: 36 major projects under way, 84 亿元 in place, 21 spring starts.
const ZONE = { majorProjects: 36, fundsInPlace: 840_000, signings: 60, signingAmount: 500_000, newLeads: 300, springStarts: 21 };
const LAST_YEAR = { majorProjects: 32, fundsInPlace: 720_000, signings: 55, signingAmount: 450_000, newLeads: 280, springStarts: 18 };
// This year's zone targets shared out over the teams, in DEMO_TEAMS order (they add up to the zone's).
const TEAM_SHARES = [
  { majorProjects: 8, fundsInPlace: 200_000, signings: 12, signingAmount: 120_000, newLeads: 60, springStarts: 5 },
  { majorProjects: 6, fundsInPlace: 150_000, signings: 10, signingAmount: 90_000, newLeads: 50, springStarts: 4 },
  { majorProjects: 5, fundsInPlace: 120_000, signings: 9, signingAmount: 70_000, newLeads: 40, springStarts: 3 },
  { majorProjects: 4, fundsInPlace: 100_000, signings: 8, signingAmount: 60_000, newLeads: 40, springStarts: 2 },
  { majorProjects: 4, fundsInPlace: 90_000, signings: 7, signingAmount: 50_000, newLeads: 35, springStarts: 2 },
  { majorProjects: 5, fundsInPlace: 110_000, signings: 8, signingAmount: 70_000, newLeads: 40, springStarts: 3 },
  { majorProjects: 4, fundsInPlace: 70_000, signings: 6, signingAmount: 40_000, newLeads: 35, springStarts: 2 },
];

/** 年度目标 for this year (zone and teams) and last year (zone), dated by today's year in the zone. */
export async function seedDemoTargets(tx: Tx, teamIds: Map<string, string>): Promise<void> {
  const year = Number(zoneToday().slice(0, 4));
  await tx
    .insert(annualTargets)
    .values([
      { year, teamId: null, ...ZONE },
      { year: year - 1, teamId: null, ...LAST_YEAR },
      ...DEMO_TEAMS.map((team, i) => ({ year, teamId: teamIds.get(team.name)!, ...TEAM_SHARES[i] })),
    ])
    .onConflictDoNothing();
}
