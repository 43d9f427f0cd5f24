import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * One row per login. The signed session cookie only names its row: the row decides whether the session
 * is still good (not ended, not idle too long, not older than the absolute limit), so logging out,
 * disabling, demoting or a password change ends it on the very next request.
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
    // Why it ended: logout, disabled, roleChanged, passwordChanged…
    endReason: text(),
    ip: text(),
  },
  (t) => [index('user_sessions_open_idx').on(t.userId).where(sql`${t.endedAt} is null`)],
);

export type UserSession = typeof userSessions.$inferSelect;
