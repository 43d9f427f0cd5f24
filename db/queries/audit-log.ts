import 'server-only';
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLogs, users } from '@/db/schema';
import { maskContactChanges } from '@/lib/pi-mask';
import { zoneRange } from '@/lib/zone-dates';
import type { AuditFilter } from '@/lib/validation/audit';
import { decodeCursor, encodeCursor, timestampKey } from './cursor';
import { assertCan, type Viewer } from './viewer';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditRow {
  id: number;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  actorUsername: string | null;
  action: string;
  entityType: string;
  entityId: string;
  ip: string | null;
  changes: Record<string, unknown>;
}

/**
 * One page of the audit log, newest first, filtered as on /admin/audit. Keyset paging on (at, id): every
 * filter has an index that leads with it and ends with `at` (db/schema/audit-logs.ts), so a page costs the
 * same at a million rows as at a hundred. Reading only: the log has no update or delete path (but an erasure's
 * redaction, db/queries/personal-data.ts). Admin only; contacts' reach details masked (shownRow).
 */
export async function listAuditLog(viewer: Viewer, filter: Partial<AuditFilter>): Promise<{ rows: AuditRow[]; next: string | null }> {
  assertCan(viewer, 'audit.read');
  const db = await getDb();
  const cursor = decodeCursor(filter.after, 2);
  const conditions: (SQL | undefined)[] = [
    filter.actor ? eq(auditLogs.actorId, sql`(select ${users.id} from ${users} where ${users.username} = ${filter.actor.toLowerCase()})`) : undefined,
    filter.action ? eq(auditLogs.action, filter.action) : undefined,
    filter.entityType ? eq(auditLogs.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditLogs.entityId, filter.entityId) : undefined,
    filter.ip ? eq(auditLogs.ip, filter.ip) : undefined,
    // Days are the zone's calendar days, as everywhere else in the app.
    filter.from ? gte(auditLogs.at, zoneRange(filter.from, filter.from).from) : undefined,
    filter.to ? lt(auditLogs.at, zoneRange(filter.to, filter.to).to) : undefined,
    cursor ? sql`(${auditLogs.at}, ${auditLogs.id}) < (${String(cursor[0])}::timestamptz, ${Number(cursor[1])})` : undefined,
  ];
  const rows = await db
    .select({
      id: auditLogs.id,
      at: auditLogs.at,
      atKey: timestampKey(auditLogs.at),
      actorId: auditLogs.actorId,
      actorName: users.displayName,
      actorUsername: users.username,
      action: auditLogs.action,
      entityType: auditLogs.entityType,
      entityId: auditLogs.entityId,
      ip: auditLogs.ip,
      changes: auditLogs.changes,
    })
    .from(auditLogs)
    .leftJoin(users, eq(users.id, auditLogs.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditLogs.at), desc(auditLogs.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  const hasMore = rows.length > AUDIT_PAGE_SIZE;
  const page = (hasMore ? rows.slice(0, AUDIT_PAGE_SIZE) : rows).map(({ atKey, ...row }) => ({ row, atKey }));
  const last = page[page.length - 1];
  return { rows: page.map((p) => shownRow(p.row)), next: hasMore && last ? encodeCursor([last.atKey, last.row.id]) : null };
}

/**
 * A contact's logged values are a list like any other (个人信息保护法): the viewer shows their mobile, phone,
 * email and WeChat masked. The full history is in the person's export (db/queries/personal-data.ts), audited.
 */
function shownRow(row: AuditRow): AuditRow {
  return row.entityType === 'contact' ? { ...row, changes: maskContactChanges(row.changes) } : row;
}
