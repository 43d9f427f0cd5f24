import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import { enterprises, followUps, leads, teams, users } from '@/db/schema';
import { teamRecordScope } from '@/db/scope';
import { DomainError } from '@/lib/errors';
import { writeAudit } from './audit';
import { assertId } from './ids';
import { assertCan, type Viewer } from './viewer';

// Today in the zone, whatever the server's time zone.
const TODAY = sql`(now() at time zone 'Asia/Shanghai')::date`;

export interface FollowUpRow {
  id: string;
  title: string;
  dueDate: string;
  enterpriseId: string;
  enterpriseName: string;
  leadId: string | null;
  leadName: string | null;
  ownerName: string;
  version: number;
  /** overdue · today · week (the next 7 days) · later */
  bucket: 'overdue' | 'today' | 'week' | 'later';
}

/** Follow-ups as lists show them — title, due date, enterprise, lead and owner — plus `extra` columns; the caller filters. */
export function selectFollowUps<T extends SelectedFields>(db: Db, extra: T) {
  return db
    .select({
      id: followUps.id,
      title: followUps.title,
      dueDate: followUps.dueDate,
      enterpriseId: followUps.enterpriseId,
      enterpriseName: enterprises.name,
      leadId: followUps.leadId,
      leadName: leads.projectName,
      ownerName: users.displayName,
      ...extra,
    })
    .from(followUps)
    .innerJoin(enterprises, eq(enterprises.id, followUps.enterpriseId))
    .innerJoin(users, eq(users.id, followUps.ownerId))
    .leftJoin(leads, eq(leads.id, followUps.leadId));
}

/**
 * The viewer's open follow-ups up to a week ahead (overdue first), for the home page and the bell. Served by
 * the (owner_id, due_date) index on open follow-ups.
 */
export async function listMyFollowUps(viewer: Viewer): Promise<FollowUpRow[]> {
  assertCan(viewer, 'meetings.read');
  const db = await getDb();
  return selectFollowUps(db, {
    version: followUps.version,
    bucket: sql<FollowUpRow['bucket']>`case when ${followUps.dueDate} < ${TODAY} then 'overdue' when ${followUps.dueDate} = ${TODAY} then 'today' when ${followUps.dueDate} <= ${TODAY} + 7 then 'week' else 'later' end`,
  })
    .where(and(eq(followUps.ownerId, viewer.id), isNull(followUps.doneAt), isNull(followUps.deletedAt), sql`${followUps.dueDate} <= ${TODAY} + 7`))
    .orderBy(asc(followUps.dueDate))
    .limit(100);
}

/** Overdue follow-ups per team, for leaders (officers: their own team). */
export async function countOverdueByTeam(viewer: Viewer): Promise<{ teamId: string; teamName: string; overdue: number }[]> {
  assertCan(viewer, 'meetings.read');
  const db = await getDb();
  return db
    .select({ teamId: teams.id, teamName: teams.name, overdue: sql<number>`count(*)::int` })
    .from(followUps)
    .innerJoin(teams, eq(teams.id, followUps.teamId))
    .where(and(isNull(followUps.doneAt), isNull(followUps.deletedAt), sql`${followUps.dueDate} < ${TODAY}`, teamRecordScope(viewer, followUps)))
    .groupBy(teams.id)
    .orderBy(sql`count(*) desc`);
}

/**
 * Marks a follow-up done (or not done again). Its owner and anyone who may work the team's records may;
 * a stale version is refused.
 */
export async function setFollowUpDone(viewer: Viewer, id: string, version: number, done: boolean): Promise<{ id: string }> {
  assertCan(viewer, 'followUps.complete');
  assertId(id);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(followUps)
      .set({ doneAt: done ? sql`now()` : null, doneBy: done ? viewer.id : null, version: version + 1, updatedAt: sql`now()` })
      .where(and(eq(followUps.id, id), eq(followUps.version, version), isNull(followUps.deletedAt), teamRecordScope(viewer, followUps)))
      .returning({ id: followUps.id });
    if (!row) {
      const [exists] = await tx.select({ id: followUps.id }).from(followUps).where(and(eq(followUps.id, id), teamRecordScope(viewer, followUps)));
      throw new DomainError(exists ? 'conflict' : 'notFound');
    }
    await writeAudit(tx, viewer, { action: done ? 'done' : 'reopen', entityType: 'followUp', entityId: id });
    return row;
  });
}
