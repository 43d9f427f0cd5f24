import 'server-only';
import { and, asc, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { contacts, enterprises } from '@/db/schema';
import { enterpriseWriteScope } from '@/db/scope';
import { DomainError } from '@/lib/errors';
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
}

/** An enterprise's contacts, primary first. Readable wherever the enterprise is. */
export async function listContacts(viewer: Viewer, enterpriseId: string): Promise<ContactRow[]> {
  assertCan(viewer, 'enterprises.read');
  assertId(enterpriseId);
  const db = await getDb();
  return db
    .select({
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
    })
    .from(contacts)
    .innerJoin(enterprises, eq(enterprises.id, contacts.enterpriseId))
    .where(and(eq(contacts.enterpriseId, enterpriseId), isNull(contacts.deletedAt), isNull(enterprises.deletedAt)))
    .orderBy(desc(contacts.isPrimary), asc(contacts.createdAt));
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
