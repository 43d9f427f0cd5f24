import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Who did what, when and from where: one row per create/update/delete of a record, login, failed login,
 * logout, export and refused call. Append-only: no code path updates or deletes a row, and a trigger
 * (drizzle/0010_security.sql) refuses UPDATE and DELETE in the database itself.
 */
export const auditLogs = pgTable(
  'audit_logs',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid().references(() => users.id),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    changes: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    // The client's address as lib/client-ip.ts resolves it; null for scripts and the seed.
    ip: text(),
  },
  (t) => [
    // A record's history, and the viewer's "entity id" filter with or without a type: ids are all but unique.
    index('audit_logs_entity_id_idx').on(t.entityId, t.at),
    // The viewer's "entity type" filter, in date order, so a rare type is as quick as a common one.
    index('audit_logs_entity_type_idx').on(t.entityType, t.at),
    index('audit_logs_actor_idx').on(t.actorId, t.at),
    // The audit viewer pages newest first, alone or filtered by action.
    index('audit_logs_at_idx').on(t.at, t.id),
    index('audit_logs_action_idx').on(t.action, t.at),
    index('audit_logs_ip_idx').on(t.ip, t.at),
  ],
);

export type AuditLog = typeof auditLogs.$inferSelect;
