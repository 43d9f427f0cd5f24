import 'server-only';
import type { Tx } from '@/db';
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
  actor: Pick<Viewer, 'id'> | null,
  entry: { action: string; entityType: string; entityId: string; changes?: Record<string, unknown> },
): Promise<void> {
  await tx.insert(auditLogs).values({ actorId: actor?.id ?? null, changes: {}, ...entry });
}
