import { isNull } from 'drizzle-orm';
import type { Db } from '@/db';
import { getDashboard } from '@/db/queries/dashboard';
import { getReport } from '@/db/queries/reports';
import { chains, teams } from '@/db/schema';
import { parsePeriod } from '@/lib/report-period';
import type { BenchCase } from '../measure';
import { viewerOf } from './leads';

// The bench data runs to 2026-06-01 (bench/lead-rows.ts): 2025 is its busiest full year, and "today" is the day after.
const YEAR = 2025;
const NOW = new Date('2026-06-02T02:00:00Z');
const TODAY = '2026-06-02';
const WEEKS = ['2026-W22', '2026-W18', '2026-W10', '2025-W45', '2025-W20'];
const MONTHS = ['2026-05', '2026-01', '2025-09'];
// The dashboard issue's target: p95 under 150 ms of server time for each.
const TARGET_MS = 150;

/**
 * The leaders' dashboard as the page loads it (every section, side by side) for the zone, for each team and
 * for each chain, as a leader; and the weekly and monthly reports for the zone and every team.
 */
export async function dashboardCases(db: Db): Promise<BenchCase[]> {
  const leader = await viewerOf(db, 'bench-leader');
  const teamRows = await db.select({ id: teams.id, name: teams.name }).from(teams);
  const chainRows = await db.select({ id: chains.id, name: chains.name }).from(chains).where(isNull(chains.deletedAt));
  const dashboard = (teamId?: string, chainId?: string) => () => getDashboard(leader, { year: YEAR, teamId, chainId }, 'signingAmount', { now: NOW });
  const report = (kind: 'weekly' | 'monthly', key: string) => ({ label: key, run: () => getReport(leader, parsePeriod(kind, key)!, { today: TODAY }) });
  return [
    { name: 'dashboard zone', targetMs: TARGET_MS, calls: [{ label: String(YEAR), run: dashboard() }] },
    { name: 'dashboard one team', targetMs: TARGET_MS, calls: teamRows.map((t) => ({ label: t.name, run: dashboard(t.id) })) },
    { name: 'dashboard one chain', targetMs: TARGET_MS, calls: chainRows.map((c) => ({ label: c.name, run: dashboard(undefined, c.id) })) },
    { name: 'weekly report', targetMs: TARGET_MS, calls: WEEKS.map((w) => report('weekly', w)) },
    { name: 'monthly report', targetMs: TARGET_MS, calls: MONTHS.map((m) => report('monthly', m)) },
  ];
}
