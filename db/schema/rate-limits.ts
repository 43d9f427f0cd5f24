import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Fixed-window counters for abuse limits (failed logins per client address, exports per user), in the
 * database so every app process counts together. The key names the limit and the subject, e.g. `login-ip:10.0.0.7`.
 */
export const rateLimits = pgTable('rate_limits', {
  key: text().primaryKey(),
  hits: integer().notNull(),
  windowStartedAt: timestamp({ withTimezone: true }).notNull(),
});
