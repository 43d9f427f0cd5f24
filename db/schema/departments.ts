import { pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';

/** 职能部门: a department of the zone (自然资源局, 行政审批局 …) that handles enterprise requests through its liaisons. */
export const departments = pgTable(
  'departments',
  {
    ...recordColumns,
    name: text().notNull(),
    // The desk an officer rings when a request stalls.
    phone: text().notNull().default(''),
  },
  (t) => [uniqueIndex('departments_name_key').on(t.name)],
);

export type Department = typeof departments.$inferSelect;
