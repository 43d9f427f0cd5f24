import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** Keyset-paging cursors travel in the URL as base64url JSON of the last row's sort key. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** null for anything that is not a cursor we made (a hand-edited URL starts from page one). */
export function decodeCursor(cursor: string | undefined, length: number): unknown[] | null {
  if (!cursor) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(values) && values.length === length ? values : null;
  } catch {
    return null;
  }
}

/**
 * A timestamp as PostgreSQL prints it, for a cursor: microseconds included. A JavaScript Date keeps only
 * milliseconds, and rows written in one transaction share now() to the microsecond, so a Date-based
 * cursor would skip the rest of them.
 */
export function timestampKey(column: PgColumn): SQL<string> {
  return sql<string>`${column}::text`;
}
