import 'server-only';
import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { derivedColumns } from '@/db/enterprise-derived';
import { leadFacets } from '@/db/lead-derived';
import { enterprises, intakeItems, leadEvents, leads, users, type IntakeStatus, type LeadStage } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import type { IntakeSubmitInput } from '@/lib/validation/leads';
import { writeAudit } from './audit';
import { assertId } from './ids';
import { notify } from './notifications';
import { assertCan, type Viewer } from './viewer';

export interface IntakeRow {
  id: string;
  enterpriseName: string;
  uscc: string | null;
  contactName: string;
  contactPhone: string;
  projectHint: string;
  status: IntakeStatus;
  submitterName: string;
  createdAt: Date;
  declineReason: string;
  /** The lead's stage once accepted: what the liaison may follow. */
  leadStage: LeadStage | null;
  leadId: string | null;
  version: number;
}

const intakeColumns = {
  id: intakeItems.id,
  enterpriseName: intakeItems.enterpriseName,
  uscc: intakeItems.uscc,
  contactName: intakeItems.contactName,
  contactPhone: intakeItems.contactPhone,
  projectHint: intakeItems.projectHint,
  status: intakeItems.status,
  submitterName: users.displayName,
  createdAt: intakeItems.createdAt,
  declineReason: intakeItems.declineReason,
  leadStage: leads.stage,
  leadId: intakeItems.leadId,
  version: intakeItems.version,
};

/** A liaison hands in a possible lead; it waits for the office in the intake queue. */
export async function submitIntake(viewer: Viewer, input: IntakeSubmitInput): Promise<{ id: string }> {
  assertCan(viewer, 'intake.submit');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(intakeItems).values({ ...input, submittedBy: viewer.id }).returning({ id: intakeItems.id });
    await writeAudit(tx, viewer, { action: 'create', entityType: 'intake', entityId: row.id, changes: input });
    return row;
  });
}

/** Intake items with their submitter and (once accepted) the lead's stage. */
async function selectIntake(where: SQL | undefined, order: SQL[]): Promise<IntakeRow[]> {
  const db = await getDb();
  return db
    .select(intakeColumns)
    .from(intakeItems)
    .innerJoin(users, eq(users.id, intakeItems.submittedBy))
    .leftJoin(leads, eq(leads.id, intakeItems.leadId))
    .where(where)
    .orderBy(...order)
    .limit(200);
}

/** What this liaison submitted, newest first, with its status and (once accepted) the lead's stage — nothing else. */
export async function listMyIntake(viewer: Viewer): Promise<IntakeRow[]> {
  assertCan(viewer, 'intake.submit');
  const rows = await selectIntake(eq(intakeItems.submittedBy, viewer.id), [desc(intakeItems.createdAt)]);
  // A liaison follows the stage, not the lead itself.
  return rows.map((r) => ({ ...r, leadId: null }));
}

/** The queue the office decides on: pending items first, then the latest decisions. */
export async function listIntakeQueue(viewer: Viewer): Promise<IntakeRow[]> {
  assertCan(viewer, 'intake.decide');
  return selectIntake(undefined, [sql`${intakeItems.status} = 'pending' desc`, desc(intakeItems.createdAt)]);
}

async function lockPending(tx: Tx, id: string, version: number) {
  assertId(id);
  const [item] = await tx.select().from(intakeItems).where(eq(intakeItems.id, id)).for('update');
  if (!item) throw new DomainError('notFound');
  // A decided item says so, whatever version the second decider's page had.
  if (item.status !== 'pending') throw new DomainError('alreadyDecided');
  if (item.version !== version) throw new DomainError('conflict');
  return item;
}

/**
 * Accepts an intake item into a team: links the chosen enterprise or creates one from the item, and opens a
 * lead (stage 线索, source 部门推荐) owned as chosen. An officer accepts only into their own team.
 */
export async function acceptIntake(viewer: Viewer, input: { id: string; version: number; teamId: string; ownerId: string; enterpriseId: string | null }): Promise<{ leadId: string }> {
  assertCan(viewer, 'intake.decide');
  if (viewer.role === 'officer' && input.teamId !== viewer.teamId) throw new DomainError('forbidden');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const item = await lockPending(tx, input.id, input.version);
    const [owner] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, input.ownerId), isNull(users.disabledAt), sql`(${users.teamId} = ${input.teamId} or ${users.role} in ('leader', 'admin'))`));
    if (!owner) throw new DomainError('ownerNotInTeam', 'ownerId');
    const [submitter] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, item.submittedBy));

    let enterpriseId = input.enterpriseId;
    if (enterpriseId) {
      const [found] = await tx.select({ id: enterprises.id }).from(enterprises).where(and(eq(enterprises.id, enterpriseId), isNull(enterprises.deletedAt)));
      if (!found) throw new DomainError('notFound', 'enterpriseId');
    } else {
      const e = { name: item.enterpriseName, uscc: item.uscc, province: '', city: '', chainId: null, nodeId: null, chainAction: null, tags: [], teamId: input.teamId };
      const [created] = await tx
        .insert(enterprises)
        .values({ ...e, ...derivedColumns(e), source: '部门推荐', createdBy: viewer.id })
        .onConflictDoNothing({ target: enterprises.uscc, where: sql`deleted_at is null` })
        .returning({ id: enterprises.id });
      if (!created) throw new DomainError('usccTaken', 'enterpriseId');
      enterpriseId = created.id;
    }

    const fields = {
      projectName: item.projectHint.slice(0, 100),
      content: [item.projectHint, item.contactName && `联系人：${item.contactName} ${item.contactPhone}`].filter(Boolean).join('\n'),
      enterpriseId,
      teamId: input.teamId,
      ownerId: input.ownerId,
      sourceMethod: 'department' as const,
      sourceDetail: submitter?.name ?? '',
      stage: 'lead' as const,
    };
    const [lead] = await tx.insert(leads).values({ ...fields, facets: leadFacets(fields), createdBy: viewer.id }).returning({ id: leads.id });
    await tx.insert(leadEvents).values({ leadId: lead.id, actorId: viewer.id, kind: 'intakeAccepted', toStage: 'lead', data: { intakeId: item.id } });
    await tx
      .update(intakeItems)
      .set({ status: 'accepted', decidedBy: viewer.id, decidedAt: sql`now()`, leadId: lead.id, version: item.version + 1, updatedAt: sql`now()` })
      .where(eq(intakeItems.id, item.id));
    await writeAudit(tx, viewer, { action: 'accept', entityType: 'intake', entityId: item.id, changes: { leadId: lead.id, teamId: input.teamId } });
    await notify(tx, [item.submittedBy], 'intakeAccepted', { enterprise: item.enterpriseName }, '/leads/intake');
    if (input.ownerId !== viewer.id) await notify(tx, [input.ownerId], 'leadAssigned', { project: fields.projectName }, `/leads/${lead.id}`);
    return { leadId: lead.id };
  });
}

/** Declines an intake item with a reason the liaison will see. */
export async function declineIntake(viewer: Viewer, id: string, version: number, reason: string): Promise<{ id: string }> {
  assertCan(viewer, 'intake.decide');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const item = await lockPending(tx, id, version);
    await tx
      .update(intakeItems)
      .set({ status: 'declined', declineReason: reason, decidedBy: viewer.id, decidedAt: sql`now()`, version: item.version + 1, updatedAt: sql`now()` })
      .where(eq(intakeItems.id, id));
    await writeAudit(tx, viewer, { action: 'decline', entityType: 'intake', entityId: id, changes: { reason } });
    await notify(tx, [item.submittedBy], 'intakeDeclined', { enterprise: item.enterpriseName, reason }, '/leads/intake');
    return { id };
  });
}
