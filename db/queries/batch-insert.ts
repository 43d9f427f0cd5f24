import 'server-only';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '@/db';

/** Rows per multi-row INSERT/UPDATE: ~20 parameters a row stays far below PostgreSQL's 65,535. */
export const BATCH_SIZE = 1000;

export function* batches<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH_SIZE) yield items.slice(i, i + BATCH_SIZE);
}

/** Inserts `rows` with one multi-row INSERT per batch: a 50,000-row import is 50 round trips, not 50,000. */
export async function insertBatched<T extends PgTable>(tx: Tx, table: T, rows: PgInsertValue<T>[]): Promise<void> {
  for (const batch of batches(rows)) await tx.insert(table).values(batch);
}
