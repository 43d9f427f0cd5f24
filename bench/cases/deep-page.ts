import { count, desc, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '@/db';
import { encodeCursor, timestampKey } from '@/db/queries/cursor';

interface Listing {
  table: PgTable;
  /** The list's default order: newest first by this timestamp, then by id. */
  time: PgColumn;
  id: PgColumn;
  /** The conditions the list query puts on the filter fields used in the cases. */
  where: SQL | undefined;
  pageSize: number;
}

/** Page `wanted`, or the last page when a small scale has fewer. */
export async function deepPage(db: Db, listing: Listing, wanted: number): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(listing.table).where(listing.where);
  return Math.max(1, Math.min(wanted, Math.ceil(n / listing.pageSize)));
}

/**
 * The keyset cursor that opens `page`: the sort key of the row just before it, encoded as the list query
 * encodes `next` (full-precision timestamp). One OFFSET query instead of walking every page before it.
 */
export async function cursorBefore(db: Db, listing: Listing, page: number): Promise<string | undefined> {
  if (page <= 1) return undefined;
  const [row] = await db
    .select({ time: timestampKey(listing.time), id: listing.id })
    .from(listing.table)
    .where(listing.where)
    .orderBy(desc(listing.time), desc(listing.id))
    .offset((page - 1) * listing.pageSize - 1)
    .limit(1);
  return encodeCursor([row.time, row.id]);
}
