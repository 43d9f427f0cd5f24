import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Columns every editable record carries: a uuid key, timestamps and the optimistic-concurrency version. */
export const recordColumns = {
  id: uuid().primaryKey().defaultRandom(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  version: integer().notNull().default(1),
};
