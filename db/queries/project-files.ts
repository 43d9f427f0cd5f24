import 'server-only';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { projectFiles, projectMilestones, projects, users, type EvidenceKind } from '@/db/schema';
import { projectScope } from '@/db/scope';
import { DomainError } from '@/lib/errors';
import { checkEvidenceFile } from '@/lib/file-type';
import { writeAudit } from './audit';
import { getProjectOrThrow, lockProject } from './projects';
import { assertCan, type Viewer } from './viewer';

export interface EvidenceRow {
  id: number;
  milestoneId: string | null;
  kind: EvidenceKind;
  fileName: string;
  mimeType: string;
  size: number;
  uploadedByName: string | null;
  createdAt: Date;
}

/** The project's evidence files (without their bytes), newest first. */
export async function listEvidence(viewer: Viewer, projectId: string): Promise<EvidenceRow[]> {
  await getProjectOrThrow(viewer, projectId);
  const db = await getDb();
  return db
    .select({
      id: projectFiles.id,
      milestoneId: projectFiles.milestoneId,
      kind: projectFiles.kind,
      fileName: projectFiles.fileName,
      mimeType: projectFiles.mimeType,
      size: projectFiles.size,
      uploadedByName: users.displayName,
      createdAt: projectFiles.createdAt,
    })
    .from(projectFiles)
    .leftJoin(users, eq(users.id, projectFiles.uploadedBy))
    .where(and(eq(projectFiles.projectId, projectId), isNull(projectFiles.deletedAt)))
    .orderBy(desc(projectFiles.createdAt), desc(projectFiles.id));
}

/**
 * Stores an evidence file after checking its size and its content (a program renamed .pdf is refused).
 * The name is kept for download only; the type stored is the one the bytes show.
 */
export async function addEvidence(
  viewer: Viewer,
  input: { projectId: string; milestoneId: string | null; kind: EvidenceKind; fileName: string; bytes: Uint8Array },
): Promise<{ id: number }> {
  assertCan(viewer, 'projects.write');
  const check = checkEvidenceFile(input.fileName, input.bytes);
  if (!check.ok) throw new DomainError(check.problem, 'file');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const project = await lockProject(tx, viewer, input.projectId);
    if (input.milestoneId) {
      const [m] = await tx
        .select({ id: projectMilestones.id })
        .from(projectMilestones)
        .where(and(eq(projectMilestones.id, input.milestoneId), eq(projectMilestones.projectId, project.id)));
      if (!m) throw new DomainError('invalidChoice', 'milestoneId');
    }
    const fileName = input.fileName.replace(/[\\/\r\n"]/g, '_').slice(-200);
    const [row] = await tx
      .insert(projectFiles)
      .values({ projectId: project.id, milestoneId: input.milestoneId, kind: input.kind, fileName, mimeType: check.mime, size: input.bytes.byteLength, content: Buffer.from(input.bytes), uploadedBy: viewer.id })
      .returning({ id: projectFiles.id });
    await writeAudit(tx, viewer, { action: 'create', entityType: 'projectFile', entityId: String(row.id), changes: { projectId: project.id, milestoneId: input.milestoneId, kind: input.kind, fileName, size: input.bytes.byteLength } });
    return { id: row.id };
  });
}

/** One file with its bytes, for download; another team's file id reads as not found. */
export async function getEvidenceFile(viewer: Viewer, id: number): Promise<{ fileName: string; mimeType: string; content: Buffer }> {
  assertCan(viewer, 'projects.read');
  if (!Number.isSafeInteger(id) || id <= 0) throw new DomainError('notFound');
  const db = await getDb();
  const [row] = await db
    .select({ fileName: projectFiles.fileName, mimeType: projectFiles.mimeType, content: projectFiles.content })
    .from(projectFiles)
    .innerJoin(projects, eq(projects.id, projectFiles.projectId))
    .where(and(eq(projectFiles.id, id), isNull(projectFiles.deletedAt), isNull(projects.deletedAt), projectScope(viewer)));
  if (!row) throw new DomainError('notFound');
  return row;
}

/** Soft delete: the file leaves the page but stays in the database for an admin to restore. */
export async function deleteEvidence(viewer: Viewer, projectId: string, id: number): Promise<{ id: number }> {
  assertCan(viewer, 'projects.write');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockProject(tx, viewer, projectId);
    const [file] = await tx
      .select({ projectId: projectFiles.projectId, fileName: projectFiles.fileName })
      .from(projectFiles)
      .where(and(eq(projectFiles.id, id), eq(projectFiles.projectId, projectId), isNull(projectFiles.deletedAt)));
    if (!file) throw new DomainError('notFound');
    await tx.update(projectFiles).set({ deletedAt: sql`now()` }).where(eq(projectFiles.id, id));
    await writeAudit(tx, viewer, { action: 'delete', entityType: 'projectFile', entityId: String(id), changes: { projectId: file.projectId, fileName: file.fileName } });
    return { id };
  });
}
