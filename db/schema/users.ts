import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { departments } from './departments';
import { teams } from './teams';

export const ROLES = ['admin', 'leader', 'officer', 'liaison', 'securityAdmin', 'auditAdmin'] as const;
export type Role = (typeof ROLES)[number];

/** The three administrators of 三员分立 (system, security, audit): their accounts are changed only by the security administrator. */
export const ADMINISTRATOR_ROLES = ['admin', 'securityAdmin', 'auditAdmin'] as const satisfies readonly Role[];

export function isAdministratorRole(role: Role): boolean {
  return (ADMINISTRATOR_ROLES as readonly Role[]).includes(role);
}

/** The roles of the people who do the business: the system administrator may create these without a grant. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => !isAdministratorRole(r));
export const roleEnum = pgEnum('role', ROLES);

export const users = pgTable(
  'users',
  {
    ...recordColumns,
    // Stored lower-case so that "Officer" and "officer" are one login.
    username: text().notNull(),
    displayName: text().notNull(),
    role: roleEnum().notNull(),
    teamId: uuid().references(() => teams.id),
    // Liaisons only: the department whose enterprise requests they handle.
    departmentId: uuid().references(() => departments.id),
    phone: text().notNull().default(''),
    passwordHash: text().notNull(),
    // 等保 password age (lib/security-policy.ts): set whenever a password is set; existing rows got the migration's now().
    passwordChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // A password an admin chose (a new user's first one, or a reset): the user must replace it before using the app.
    mustChangePassword: boolean().notNull().default(false),
    disabledAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('users_username_key').on(t.username),
    index('users_team_id_idx').on(t.teamId),
    index('users_department_id_idx').on(t.departmentId),
    index('users_role_idx').on(t.role),
    // Only active admins count when guarding "the last admin".
    index('users_active_admins_idx').on(t.role).where(sql`${t.disabledAt} is null`),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
