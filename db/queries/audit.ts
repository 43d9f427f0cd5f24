import 'server-only';
import { getDb, type Tx } from '@/db';
import { auditLogs } from '@/db/schema';
import type { Viewer } from './viewer';

type Change = [before: unknown, after: unknown];

/** The fields whose value differs, as { field: [before, after] }. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, Change> {
  const changes: Record<string, Change> = {};
  for (const [key, value] of Object.entries(after)) {
    const old = before[key];
    const same = old instanceof Date && value instanceof Date ? old.getTime() === value.getTime() : old === value;
    if (!same) changes[key] = [old ?? null, value ?? null];
  }
  return changes;
}

/** Writes the audit row in the same transaction as the change it describes. */
export async function writeAudit(
  tx: Tx,
  actor: Pick<Viewer, 'id' | 'ip'> | null,
  entry: { action: string; entityType: string; entityId: string; changes?: Record<string, unknown> },
): Promise<void> {
  await tx.insert(auditLogs).values({ actorId: actor?.id ?? null, ip: actor?.ip ?? null, changes: {}, ...entry });
}

const RECORD_ID = /^[A-Za-z0-9-]{1,64}$/;

export type RefusalReason = 'unauthenticated' | 'forbidden' | 'notFound' | 'rateLimited';

/**
 * A call that was turned away (ASVS V16.3.2): who (if anyone), from where, for what permission and
 * which record. Written on its own, outside the refused call's transaction, which was rolled back.
 */
export async function recordRefusal(
  actor: Pick<Viewer, 'id'> | null,
  address: string | null,
  refusal: { reason: RefusalReason; permission: string; recordId?: unknown },
): Promise<void> {
  const db = await getDb();
  // The id comes straight from an untrusted request: kept only when it looks like one of ours (a uuid or a number).
  const recordId = typeof refusal.recordId === 'string' || typeof refusal.recordId === 'number' ? String(refusal.recordId) : '';
  await db.insert(auditLogs).values({ actorId: actor?.id ?? null, ip: address, action: 'refused', entityType: refusal.permission, entityId: RECORD_ID.test(recordId) ? recordId : '', changes: { reason: refusal.reason } });
}
