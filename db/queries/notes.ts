import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { enterprises, leads, notes } from '@/db/schema';
import { leadScope } from '@/db/scope';
import { DomainError } from '@/lib/errors';
import { writeAudit } from './audit';
import { assertCan, type Viewer } from './viewer';

/** A free note on a lead's (or an enterprise's) timeline, kept by the lead's team or the officer's own. */
export async function addNote(viewer: Viewer, input: { enterpriseId: string; leadId: string | null; body: string }): Promise<{ id: string }> {
  assertCan(viewer, 'meetings.write');
  const db = await getDb();
  return db.transaction(async (tx) => {
    let teamId = viewer.teamId;
    if (input.leadId) {
      const [lead] = await tx.select({ teamId: leads.teamId, enterpriseId: leads.enterpriseId }).from(leads).where(and(eq(leads.id, input.leadId), isNull(leads.deletedAt), leadScope(viewer)));
      if (!lead || lead.enterpriseId !== input.enterpriseId) throw new DomainError('notFound');
      teamId = lead.teamId;
    }
    const [enterprise] = await tx.select({ id: enterprises.id }).from(enterprises).where(and(eq(enterprises.id, input.enterpriseId), isNull(enterprises.deletedAt)));
    if (!enterprise) throw new DomainError('notFound');
    if (!teamId) throw new DomainError('teamRequired');
    const [note] = await tx.insert(notes).values({ ...input, teamId, authorId: viewer.id }).returning({ id: notes.id });
    await writeAudit(tx, viewer, { action: 'create', entityType: 'note', entityId: note.id, changes: input });
    return note;
  });
}
