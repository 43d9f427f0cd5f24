import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { projectMilestones, projects, users, type MilestoneKind } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import type { MilestoneUpdateInput } from '@/lib/validation/projects';
import { diff, writeAudit } from './audit';
import { assertId } from './ids';
import { getProjectOrThrow, lockProject, refreshProject } from './projects';
import { assertCan, type Viewer } from './viewer';

export interface MilestoneRow {
  id: string;
  version: number;
  kind: MilestoneKind;
  plannedOn: string | null;
  actualOn: string | null;
  progress: number;
  notes: string;
  verifiedAt: Date | null;
  verifiedByName: string | null;
}

/** 注册落地, 供地, 开工, 投产 in that order. */
export async function listMilestones(viewer: Viewer, projectId: string): Promise<MilestoneRow[]> {
  await getProjectOrThrow(viewer, projectId);
  const db = await getDb();
  return db
    .select({
      id: projectMilestones.id,
      version: projectMilestones.version,
      kind: projectMilestones.kind,
      plannedOn: projectMilestones.plannedOn,
      actualOn: projectMilestones.actualOn,
      progress: projectMilestones.progress,
      notes: projectMilestones.notes,
      verifiedAt: projectMilestones.verifiedAt,
      verifiedByName: users.displayName,
    })
    .from(projectMilestones)
    .leftJoin(users, eq(users.id, projectMilestones.verifiedBy))
    .where(eq(projectMilestones.projectId, projectId))
    .orderBy(projectMilestones.kind);
}

async function lockMilestone(tx: Tx, id: string, version: number) {
  assertId(id);
  const [row] = await tx.select().from(projectMilestones).where(eq(projectMilestones.id, id)).for('update');
  if (!row) throw new DomainError('notFound');
  return { row, stale: row.version !== version };
}

/**
 * Records plans, the actual date, progress and notes. A changed actual date drops an earlier 核验:
 * statistics must not count a date no leader has checked.
 */
export async function updateMilestone(viewer: Viewer, input: MilestoneUpdateInput): Promise<{ id: string }> {
  assertCan(viewer, 'projects.write');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { id, version, ...patch } = input;
    assertId(id);
    const [owner] = await tx.select({ projectId: projectMilestones.projectId }).from(projectMilestones).where(eq(projectMilestones.id, id));
    if (!owner) throw new DomainError('notFound');
    const project = await lockProject(tx, viewer, owner.projectId);
    const { row, stale } = await lockMilestone(tx, id, version);
    if (stale) throw new DomainError('conflict');
    const unverify = row.verifiedAt && row.actualOn !== patch.actualOn ? { verifiedAt: null, verifiedBy: null } : {};
    await tx.update(projectMilestones).set({ ...patch, ...unverify, version: version + 1, updatedAt: sql`now()` }).where(eq(projectMilestones.id, id));
    await refreshProject(tx, project);
    await writeAudit(tx, viewer, { action: 'update', entityType: 'projectMilestone', entityId: id, changes: { kind: row.kind, ...diff(row, { ...patch, ...unverify }) } });
    return { id };
  });
}

/** 核验: a leader confirms the actual date against the evidence; statistics count the milestone from now. */
export async function verifyMilestone(viewer: Viewer, id: string, version: number): Promise<{ id: string }> {
  assertCan(viewer, 'projects.verify');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { row, stale } = await lockMilestone(tx, id, version);
    const [project] = await tx.select({ deletedAt: projects.deletedAt }).from(projects).where(eq(projects.id, row.projectId));
    if (project?.deletedAt) throw new DomainError('notFound');
    if (stale) throw new DomainError('conflict');
    if (!row.actualOn || row.verifiedAt) throw new DomainError('notVerifiable');
    await tx
      .update(projectMilestones)
      .set({ verifiedAt: sql`now()`, verifiedBy: viewer.id, version: version + 1, updatedAt: sql`now()` })
      .where(and(eq(projectMilestones.id, id)));
    await writeAudit(tx, viewer, { action: 'verify', entityType: 'projectMilestone', entityId: id, changes: { kind: row.kind, actualOn: row.actualOn } });
    return { id };
  });
}
