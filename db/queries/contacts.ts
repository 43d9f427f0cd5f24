import 'server-only';
import { and, asc, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { contacts, enterprises, teams } from '@/db/schema';
import { enterpriseWriteScope } from '@/db/scope';
import { DomainError } from '@/lib/errors';
import { maskContact } from '@/lib/pi-mask';
import type { ContactCreateInput, ContactUpdateInput } from '@/lib/validation/enterprises';
import { diff, writeAudit } from './audit';
import { lockEnterprise } from './enterprises';
import { assertId } from './ids';
import { assertCan, type Viewer } from './viewer';

export interface ContactRow {
  id: string;
  name: string;
  title: string;
  mobile: string;
  phone: string;
  email: string;
  wechat: string;
  notes: string;
  isPrimary: boolean;
  version: number;
  /** mobile, phone, email and WeChat are masked (138****1234): the viewer is not in the owning team. */
  masked: boolean;
  /** Anonymised on a personal-data erasure request: nothing left to show or edit. */
  erased: boolean;
}

/**
 * Whether the viewer is in the team that keeps the enterprise (个人信息保护法): only they see its contacts'
 * mobile, phone, email and WeChat in lists, search results and exports. Everyone else — other teams'
 * officers, leaders, admins — sees them masked there, and in full only on the contact's page, audited.
 */
export function ownsContacts(viewer: Pick<Viewer, 'teamId'>, enterpriseTeamId: string | null): boolean {
  return viewer.teamId !== null && enterpriseTeamId === viewer.teamId;
}

/** The contact as a list shows it to this viewer: in full to the owning team, masked to everyone else. */
export function shownToViewer<T extends { mobile: string; phone?: string; email?: string; wechat?: string }>(viewer: Pick<Viewer, 'teamId'>, enterpriseTeamId: string | null, row: T): T & { masked: boolean } {
  const masked = !ownsContacts(viewer, enterpriseTeamId);
  return { ...(masked ? maskContact(row) : row), masked };
}

/** A contact's own columns as ContactRow has them (before masking). */
export const contactColumns = {
  id: contacts.id,
  name: contacts.name,
  title: contacts.title,
  mobile: contacts.mobile,
  phone: contacts.phone,
  email: contacts.email,
  wechat: contacts.wechat,
  notes: contacts.notes,
  isPrimary: contacts.isPrimary,
  version: contacts.version,
  erased: sql<boolean>`${contacts.erasedAt} is not null`,
};

/**
 * An enterprise's contacts, primary first. Readable wherever the enterprise is; the reach details are masked
 * for viewers outside the owning team (ownsContacts).
 */
export async function listContacts(viewer: Viewer, enterpriseId: string): Promise<ContactRow[]> {
  assertCan(viewer, 'enterprises.read');
  assertId(enterpriseId);
  const db = await getDb();
  const rows = await db
    .select({ ...contactColumns, teamId: enterprises.teamId })
    .from(contacts)
    .innerJoin(enterprises, eq(enterprises.id, contacts.enterpriseId))
    .where(and(eq(contacts.enterpriseId, enterpriseId), isNull(contacts.deletedAt), isNull(enterprises.deletedAt)))
    .orderBy(desc(contacts.isPrimary), asc(contacts.createdAt));
  return rows.map(({ teamId, ...row }) => shownToViewer(viewer, teamId, row));
}

export interface ContactDetail extends ContactRow {
  enterpriseId: string;
  enterpriseName: string;
  enterpriseTeamName: string | null;
  /** The viewer may edit it (and sees it in full): the owning team's officers and admins, while not erased. */
  canEdit: boolean;
}

/**
 * One contact on its own page. The owning team, leaders and admins see it in full, and each such view writes
 * one 'piView' audit row (who, when, from where) in the same transaction as the read; other officers get the
 * masked view and no row. A contact that is deleted, or not of this enterprise, is not found.
 */
export async function viewContactOrThrow(viewer: Viewer, enterpriseId: string, id: string): Promise<ContactDetail> {
  assertCan(viewer, 'enterprises.read');
  assertId(enterpriseId);
  assertId(id);
  const db = await getDb();
  const scope = enterpriseWriteScope(viewer);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        ...contactColumns,
        enterpriseId: contacts.enterpriseId,
        enterpriseName: enterprises.name,
        enterpriseTeamId: enterprises.teamId,
        enterpriseTeamName: teams.name,
        editable: scope ? sql<boolean>`coalesce(${scope}, false)` : sql<boolean>`true`,
      })
      .from(contacts)
      .innerJoin(enterprises, eq(enterprises.id, contacts.enterpriseId))
      .leftJoin(teams, eq(teams.id, enterprises.teamId))
      .where(and(eq(contacts.id, id), eq(contacts.enterpriseId, enterpriseId), isNull(contacts.deletedAt), isNull(enterprises.deletedAt)));
    if (!row) throw new DomainError('notFound');
    const { enterpriseTeamId, editable, ...contact } = row;
    const full = ownsContacts(viewer, enterpriseTeamId) || viewer.role === 'leader' || viewer.role === 'admin';
    // An erased contact holds nothing personal any more: there is nothing to reveal, so nothing to audit.
    if (full && !contact.erased) await writeAudit(tx, viewer, { action: 'piView', entityType: 'contact', entityId: id, changes: { enterpriseId } });
    const shown = full ? { ...contact, masked: false } : { ...maskContact(contact), masked: true };
    return { ...shown, canEdit: editable && full && !contact.erased };
  });
}

/** One primary contact per enterprise: choosing a new one clears the flag on the others. */
async function clearOtherPrimaries(tx: Tx, enterpriseId: string, keepId: string): Promise<void> {
  await tx
    .update(contacts)
    .set({ isPrimary: false, updatedAt: sql`now()` })
    .where(and(eq(contacts.enterpriseId, enterpriseId), ne(contacts.id, keepId), eq(contacts.isPrimary, true)));
}

/** Adds a contact to an enterprise the viewer may edit. */
export async function insertContact(viewer: Viewer, input: ContactCreateInput): Promise<{ id: string }> {
  assertCan(viewer, 'enterprises.write');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockEnterprise(tx, viewer, input.enterpriseId);
    const [row] = await tx.insert(contacts).values(input).returning({ id: contacts.id });
    if (input.isPrimary) await clearOtherPrimaries(tx, input.enterpriseId, row.id);
    await writeAudit(tx, viewer, { action: 'create', entityType: 'contact', entityId: row.id, changes: input });
    return row;
  });
}

/** Locks a live contact whose enterprise the viewer may edit (scope in the same statement). */
async function lockContact(tx: Tx, viewer: Viewer, id: string, version: number) {
  assertId(id);
  const [row] = await tx
    .select({ contact: contacts })
    .from(contacts)
    .innerJoin(enterprises, eq(enterprises.id, contacts.enterpriseId))
    .where(and(eq(contacts.id, id), isNull(contacts.deletedAt), isNull(enterprises.deletedAt), enterpriseWriteScope(viewer)))
    .for('update', { of: contacts });
  if (!row) throw new DomainError('notFound');
  // An erased contact stays anonymous: no form, however old, brings the person back.
  if (row.contact.erasedAt) throw new DomainError('contactErased');
  if (row.contact.version !== version) throw new DomainError('conflict');
  return row.contact;
}

export async function updateContact(viewer: Viewer, input: ContactUpdateInput): Promise<{ id: string }> {
  assertCan(viewer, 'enterprises.write');
  const db = await getDb();
  const { id, version, ...patch } = input;
  return db.transaction(async (tx) => {
    const before = await lockContact(tx, viewer, id, version);
    await tx.update(contacts).set({ ...patch, version: version + 1, updatedAt: sql`now()` }).where(eq(contacts.id, id));
    if (patch.isPrimary) await clearOtherPrimaries(tx, before.enterpriseId, id);
    await writeAudit(tx, viewer, { action: 'update', entityType: 'contact', entityId: id, changes: diff(before, patch) });
    return { id };
  });
}

/** Soft delete of a contact. */
export async function archiveContact(viewer: Viewer, id: string, version: number): Promise<{ id: string }> {
  assertCan(viewer, 'enterprises.write');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockContact(tx, viewer, id, version);
    await tx.update(contacts).set({ deletedAt: sql`now()`, version: version + 1, updatedAt: sql`now()` }).where(eq(contacts.id, id));
    await writeAudit(tx, viewer, { action: 'delete', entityType: 'contact', entityId: id });
    return { id };
  });
}
