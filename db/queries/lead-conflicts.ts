import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { enterprises, leadEvents, leads, teams, users, type LeadStage } from '@/db/schema';
import { writeAudit } from './audit';
import { assertId } from './ids';
import { assertCan, type Viewer } from './viewer';

export interface ConflictLead {
  id: string;
  projectName: string;
  stage: LeadStage;
  teamId: string;
  teamName: string;
  ownerName: string;
  version: number;
}

export interface ConflictGroup {
  enterpriseId: string;
  enterpriseName: string;
  leads: ConflictLead[];
}

/** 撞单 to resolve: enterprises whose live leads are flagged as conflicting, with those leads. Leaders and admins. */
export async function listConflicts(viewer: Viewer): Promise<ConflictGroup[]> {
  assertCan(viewer, 'leads.conflicts');
  const db = await getDb();
  // The partial index on (enterprise_id) where conflict keeps this small however many leads there are.
  const rows = await db
    .select({
      enterpriseId: leads.enterpriseId,
      enterpriseName: enterprises.name,
      id: leads.id,
      projectName: leads.projectName,
      stage: leads.stage,
      teamId: leads.teamId,
      teamName: teams.name,
      ownerName: users.displayName,
      version: leads.version,
    })
    .from(leads)
    .innerJoin(enterprises, eq(enterprises.id, leads.enterpriseId))
    .innerJoin(teams, eq(teams.id, leads.teamId))
    .innerJoin(users, eq(users.id, leads.ownerId))
    .where(and(eq(leads.conflict, true), isNull(leads.deletedAt)))
    .orderBy(asc(enterprises.name), asc(teams.name))
    .limit(500);
  const groups = new Map<string, ConflictGroup>();
  for (const { enterpriseId, enterpriseName, ...lead } of rows) {
    const group = groups.get(enterpriseId) ?? { enterpriseId, enterpriseName, leads: [] };
    group.leads.push(lead);
    groups.set(enterpriseId, group);
  }
  return [...groups.values()];
}

/**
 * Ends a 撞单 on an enterprise: every flagged lead on it is cleared with the leader's note (after a
 * reassignment, or to keep both teams on it deliberately). Leaders and admins.
 */
export async function resolveConflict(viewer: Viewer, enterpriseId: string, note: string): Promise<{ resolved: number }> {
  assertCan(viewer, 'leads.conflicts');
  assertId(enterpriseId);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const cleared = await tx
      .update(leads)
      .set({ conflict: false, conflictNote: note, version: sql`${leads.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(leads.enterpriseId, enterpriseId), eq(leads.conflict, true), isNull(leads.deletedAt)))
      .returning({ id: leads.id });
    for (const { id } of cleared) {
      await tx.insert(leadEvents).values({ leadId: id, actorId: viewer.id, kind: 'conflictResolved', reason: note });
      await writeAudit(tx, viewer, { action: 'resolveConflict', entityType: 'lead', entityId: id, changes: { note } });
    }
    return { resolved: cleared.length };
  });
}
