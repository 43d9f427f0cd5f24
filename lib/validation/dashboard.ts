import { z } from 'zod';
import { targetYear } from './targets';

/** The league table's sortable columns (?sort=…); every one sorts descending, `team` by name. */
export const LEAGUE_SORTS = ['team', 'activeLeads', 'meetings', 'signings', 'signingAmount', 'fundsInPlace', 'overdueFollowUps'] as const;
export type LeagueSort = (typeof LEAGUE_SORTS)[number];

const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** The dashboard's URL filters. Lenient: a hand-edited bad value is dropped and the rest still applies. */
export const dashboardFilterSchema = z.object({
  year: lenient(targetYear),
  teamId: lenient(z.uuid()),
  chainId: lenient(z.uuid()),
  sort: lenient(z.enum(LEAGUE_SORTS)),
});
export type DashboardFilterInput = z.output<typeof dashboardFilterSchema>;

export function parseDashboardFilter(params: Record<string, string | string[] | undefined>): DashboardFilterInput {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  return dashboardFilterSchema.parse({ year: one(params.year), teamId: one(params.teamId), chainId: one(params.chainId), sort: one(params.sort) });
}

// From a form a single id arrives as a string; from the bell, an array or 'all'.
const notificationIds = z.preprocess(
  (v) => (typeof v === 'string' && v !== 'all' ? [v] : v),
  z.union([z.literal('all'), z.array(z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER)).min(1).max(100)]),
);
export const notificationsReadSchema = z.object({ ids: notificationIds });
