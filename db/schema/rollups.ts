import { boolean, date, integer, numeric, pgTable, unique, uuid } from 'drizzle-orm/pg-core';
import { chainActionEnum } from './enterprises';
import { leadStageEnum } from './leads';

// The dashboard's and the reports' running totals. Triggers on the business tables keep them (drizzle/0007_rollups.sql):
// each write adds its row's contribution and takes back the old one, in the writing transaction, so a leader's
// figures read a few thousand rollup rows instead of a million meetings. No application code writes these tables.
// Keys hold the record's current team, chain and chain action; chain and action may be null, and nulls count as equal.

/** What a day or a month holds per key. 重大项目 (major) is only ever set on project measures. */
const figureColumns = () => ({
  teamId: uuid().notNull(),
  chainId: uuid(),
  chainAction: chainActionEnum(),
  major: boolean().notNull(),
  newLeads: integer().notNull().default(0),
  stageMoves: integer().notNull().default(0),
  meetings: integer().notNull().default(0),
  signings: integer().notNull().default(0),
  signingAmount: numeric({ precision: 16, scale: 2, mode: 'number' }).notNull().default(0),
  fundsInPlace: numeric({ precision: 16, scale: 2, mode: 'number' }).notNull().default(0),
  // Verified 开工 (construction milestone with an actual date and a leader's 核验), on its actual date.
  constructionStarts: integer().notNull().default(0),
});

/** Per Asia/Shanghai day and key: what happened that day (the weekly and monthly reports). */
export const dailyFigures = pgTable('daily_figures', { day: date().notNull(), ...figureColumns() }, (t) => [
  unique('daily_figures_key').on(t.day, t.teamId, t.chainId, t.chainAction, t.major).nullsNotDistinct(),
]);

/** The same per month (its first day): the dashboard's year-long figures read twelve rows per key, not 365. */
export const monthlyFigures = pgTable('monthly_figures', { month: date().notNull(), ...figureColumns() }, (t) => [
  unique('monthly_figures_key').on(t.month, t.teamId, t.chainId, t.chainAction, t.major).nullsNotDistinct(),
]);

/**
 * The funnel by cohort: per year (Asia/Shanghai) a lead first entered a stage, the leads that did, split by
 * whether they later entered the next stage and by the whole days their first stay lasted (null while it lasts).
 */
export const funnelCohorts = pgTable(
  'funnel_cohorts',
  {
    year: integer().notNull(),
    teamId: uuid().notNull(),
    chainId: uuid(),
    stage: leadStageEnum().notNull(),
    advanced: boolean().notNull(),
    days: integer(),
    leads: integer().notNull().default(0),
  },
  (t) => [unique('funnel_cohorts_key').on(t.year, t.teamId, t.chainId, t.stage, t.advanced, t.days).nullsNotDistinct()],
);

/** Live leads now, per key and stage. */
export const leadCounts = pgTable(
  'lead_counts',
  {
    teamId: uuid().notNull(),
    chainId: uuid(),
    chainAction: chainActionEnum(),
    stage: leadStageEnum().notNull(),
    leads: integer().notNull().default(0),
  },
  (t) => [unique('lead_counts_key').on(t.teamId, t.chainId, t.chainAction, t.stage).nullsNotDistinct()],
);
