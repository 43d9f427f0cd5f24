import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Failed-login counter per username, in the database so the lock holds across app processes.
 * One row per username that failed recently; a successful login deletes it.
 */
export const loginThrottles = pgTable('login_throttles', {
  username: text().primaryKey(),
  failures: integer().notNull(),
  windowStartedAt: timestamp({ withTimezone: true }).notNull(),
  lockedUntil: timestamp({ withTimezone: true }),
});
