import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * A user's authenticator (TOTP, lib/totp.ts). The row appears when enrolment starts (the QR code is
 * shown) and counts once confirmedAt is set by a correct code. The secret is sealed with a key
 * derived from AUTH_SECRET (lib/secret-box.ts), never stored or logged in plain.
 */
export const userTwoFactor = pgTable('user_two_factor', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id),
  secret: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  confirmedAt: timestamp({ withTimezone: true }),
  // The newest time step a code was accepted for: a code of that step or an older one is refused (no replay).
  lastUsedStep: bigint({ mode: 'number' }),
});

/** One-time recovery codes, for a lost phone: an HMAC of each (lib/recovery-codes.ts), spent once. */
export const userRecoveryCodes = pgTable(
  'user_recovery_codes',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    codeHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('user_recovery_codes_user_id_idx').on(t.userId, t.codeHash)],
);

export type UserTwoFactor = typeof userTwoFactor.$inferSelect;
