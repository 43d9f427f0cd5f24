import { integer, numeric, pgTable, unique, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { teams } from './teams';
import { users } from './users';

/**
 * 年度目标: what the zone (teamId null) or one team aims for in a year. Null = no target set for that
 * measure, which the dashboard shows as "—" rather than as a target of zero.
 */
export const annualTargets = pgTable(
  'annual_targets',
  {
    ...recordColumns,
    year: integer().notNull(),
    teamId: uuid().references(() => teams.id),
    // 重大项目 (≥ 5,000 万元) started or under way
    majorProjects: integer(),
    // 到位资金, 万元
    fundsInPlace: numeric({ precision: 14, scale: 2, mode: 'number' }),
    signings: integer(),
    // 签约额, 万元
    signingAmount: numeric({ precision: 14, scale: 2, mode: 'number' }),
    newLeads: integer(),
    // 春季集中开工
    springStarts: integer(),
    updatedBy: uuid().references(() => users.id),
  },
  // One row per year for the zone and per team: the zone's row has no team, and nulls count as equal here.
  (t) => [unique('annual_targets_year_team_key').on(t.year, t.teamId).nullsNotDistinct()],
);

export type AnnualTarget = typeof annualTargets.$inferSelect;
