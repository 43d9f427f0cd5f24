import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { annualTargets, teams } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import type { TargetMeasure, TargetSaveInput } from '@/lib/validation/targets';
import { diff, writeAudit } from './audit';
import { assertCan, type Viewer } from './viewer';

export type TargetValues = Record<TargetMeasure, number | null>;

export interface TargetRow {
  /** null: the zone's target. */
  teamId: string | null;
  teamName: string | null;
  /** 0 while no target has been saved for this year. */
  version: number;
  values: TargetValues;
}

const measureColumns = {
  majorProjects: annualTargets.majorProjects,
  fundsInPlace: annualTargets.fundsInPlace,
  signings: annualTargets.signings,
  signingAmount: annualTargets.signingAmount,
  newLeads: annualTargets.newLeads,
  springStarts: annualTargets.springStarts,
};

const EMPTY: TargetValues = { majorProjects: null, fundsInPlace: null, signings: null, signingAmount: null, newLeads: null, springStarts: null };

/**
 * A year's targets: the zone's first, then one row per team (with empty values where none is set).
 * Officers see the zone's and their own team's; leaders and admins every team's.
 */
export async function listTargets(viewer: Viewer, year: number): Promise<TargetRow[]> {
  assertCan(viewer, 'targets.read');
  const db = await getDb();
  const [zone, perTeam] = await Promise.all([
    db
      .select({ version: annualTargets.version, ...measureColumns })
      .from(annualTargets)
      .where(and(eq(annualTargets.year, year), isNull(annualTargets.teamId))),
    db
      .select({ teamId: teams.id, teamName: teams.name, version: annualTargets.version, ...measureColumns })
      .from(teams)
      .leftJoin(annualTargets, and(eq(annualTargets.teamId, teams.id), eq(annualTargets.year, year)))
      .where(viewer.role === 'officer' ? (viewer.teamId ? eq(teams.id, viewer.teamId) : sql`false`) : undefined)
      .orderBy(asc(teams.name)),
  ]);
  const row = ({ version, ...values }: { version: number | null } & TargetValues) => ({ version: version ?? 0, values: version === null ? EMPTY : values });
  return [
    { teamId: null, teamName: null, ...(zone[0] ? row(zone[0]) : { version: 0, values: EMPTY }) },
    ...perTeam.map(({ teamId, teamName, ...rest }) => ({ teamId, teamName, ...row(rest) })),
  ];
}

/**
 * Sets a year's target for the zone or a team. Version 0 creates it; otherwise the version the form was
 * loaded with must still be current ("changed by someone else" when not), as must "not yet set" for a create.
 */
export async function saveTarget(viewer: Viewer, input: TargetSaveInput): Promise<{ version: number }> {
  assertCan(viewer, 'targets.manage');
  const { year, teamId, version, ...values } = input;
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (teamId) {
      const [team] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId));
      if (!team) throw new DomainError('invalidChoice', 'teamId');
    }
    const sameRow = and(eq(annualTargets.year, year), teamId ? eq(annualTargets.teamId, teamId) : isNull(annualTargets.teamId));
    const [before] = await tx.select().from(annualTargets).where(sameRow).for('update');
    if (!before) {
      if (version !== 0) throw new DomainError('conflict');
      const [created] = await tx
        .insert(annualTargets)
        .values({ year, teamId, ...values, updatedBy: viewer.id })
        .onConflictDoNothing()
        .returning({ id: annualTargets.id });
      // Someone created the same year's target between our read and our insert.
      if (!created) throw new DomainError('conflict');
      await writeAudit(tx, viewer, { action: 'create', entityType: 'annualTarget', entityId: created.id, changes: { year, teamId, ...values } });
      return { version: 1 };
    }
    if (before.version !== version) throw new DomainError('conflict');
    await tx.update(annualTargets).set({ ...values, version: version + 1, updatedBy: viewer.id, updatedAt: sql`now()` }).where(eq(annualTargets.id, before.id));
    await writeAudit(tx, viewer, { action: 'update', entityType: 'annualTarget', entityId: before.id, changes: { year, teamId, ...diff(before, values) } });
    return { version: version + 1 };
  });
}
