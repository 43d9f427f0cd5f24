import 'server-only';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { notifications, type NotificationKind } from '@/db/schema';
import type { Viewer } from './viewer';

/** Sends a bell notification to users, in the transaction of the change it is about. */
export async function notify(tx: Tx, userIds: string[], kind: NotificationKind, data: Record<string, string>, link: string): Promise<void> {
  if (userIds.length === 0) return;
  await tx.insert(notifications).values([...new Set(userIds)].map((userId) => ({ userId, kind, data, link })));
}

export interface NotificationRow {
  id: number;
  kind: NotificationKind;
  data: Record<string, string>;
  link: string;
  createdAt: Date;
  read: boolean;
}

/** The viewer's latest notifications and the unread count — only their own, whatever the role. */
export async function listNotifications(viewer: Viewer): Promise<{ items: NotificationRow[]; unread: number }> {
  const db = await getDb();
  const [items, [{ n }]] = await Promise.all([
    db
      .select({ id: notifications.id, kind: notifications.kind, data: notifications.data, link: notifications.link, createdAt: notifications.createdAt, read: sql<boolean>`${notifications.readAt} is not null` })
      .from(notifications)
      .where(eq(notifications.userId, viewer.id))
      .orderBy(desc(notifications.createdAt))
      .limit(20),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt))),
  ]);
  return { items, unread: n };
}

/** Marks the viewer's own notifications read (the given ones, or all). */
export async function markNotificationsRead(viewer: Viewer, ids: number[] | 'all'): Promise<{ marked: number }> {
  const db = await getDb();
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt), ids === 'all' ? undefined : inArray(notifications.id, ids)))
    .returning({ id: notifications.id });
  return { marked: rows.length };
}
