import { pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';

/** 产业链专班: the team that works one industry chain. */
export const teams = pgTable(
  'teams',
  {
    ...recordColumns,
    name: text().notNull(),
    chainFocus: text().notNull().default(''),
  },
  (t) => [uniqueIndex('teams_name_key').on(t.name)],
);

export type Team = typeof teams.$inferSelect;
export type NewTeam = typeof teams.$inferInsert;
