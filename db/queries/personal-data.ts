import 'server-only';
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { auditLogs, contacts, enterprises, leads, meetings, projects, teams, users, type LeadStage, type MeetingKind, type ProjectStatus } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { maskContact, redactContactChanges } from '@/lib/pi-mask';
import type { PersonEraseInput, PersonFilter } from '@/lib/validation/personal-data';
import { writeAudit } from './audit';
import { contactColumns, type ContactRow } from './contacts';
import { decodeCursor, encodeCursor } from './cursor';
import { assertId } from './ids';
import { escapeLike } from './like';
import { assertCan, type Viewer } from './viewer';

// 个人信息保护法: an admin finds a person's contact records, exports them on the person's request, and erases
// them (anonymises the contact: the business records that mention it stay whole). Admin only, all of it.

export const PEOPLE_PAGE_SIZE = 50;
/** The records one person can have (same mobile or email at several firms); beyond this it is a shared number. */
export const PERSON_RECORDS_MAX = 50;
/** What an erased contact is called from then on (the UI shows it in the reader's language). */
export const ERASED_NAME = '已删除联系人';

export interface PersonRow {
  id: string;
  version: number;
  name: string;
  title: string;
  /** Masked (138****1234), as in every list; the export has the full values. */
  mobile: string;
  email: string;
  enterpriseId: string;
  enterpriseName: string;
  /** Soft-deleted: gone from the enterprise page, but its details are still held, so it is found here. */
  deleted: boolean;
  erased: boolean;
}

const personColumns = {
  id: contacts.id,
  version: contacts.version,
  name: contacts.name,
  title: contacts.title,
  mobile: contacts.mobile,
  email: contacts.email,
  enterpriseId: contacts.enterpriseId,
  enterpriseName: enterprises.name,
  deleted: sql<boolean>`${contacts.deletedAt} is not null`,
  erased: sql<boolean>`${contacts.erasedAt} is not null`,
};

export type PersonSearchProblem = 'tooShort' | 'wholeMobile';

/**
 * What the admin typed, as a condition on contacts: a whole 11-digit mobile (contacts_mobile_idx), an email
 * address, case-insensitive (contacts_email_idx), or the start of a name of 2+ characters (contacts_name_idx).
 * A person is asked for by what identifies them: a part of a number, or a lone family name, is not that.
 */
function personCondition(q: string): SQL | PersonSearchProblem {
  const text = q.normalize('NFKC').trim();
  if (/^[\d\s-]+$/.test(text)) {
    const digits = text.replace(/[\s-]/g, '');
    return /^1\d{10}$/.test(digits) ? eq(contacts.mobile, digits) : 'wholeMobile';
  }
  if (text.includes('@')) return sql`${contacts.email} <> '' and lower(${contacts.email}) = lower(${text})`;
  if (Array.from(text).length < 2) return 'tooShort';
  return sql`${contacts.name} like ${`${escapeLike(text)}%`}`;
}

/**
 * Contact records matching a name, mobile or email — live and soft-deleted ones (their details are still held),
 * not erased ones (nothing is left of them) — by name, a page at a time. Details masked. Admin only.
 */
export async function searchPeople(viewer: Viewer, filter: PersonFilter): Promise<{ rows: PersonRow[]; next: string | null; problem: PersonSearchProblem | null }> {
  assertCan(viewer, 'personalData.manage');
  if (!filter.q) return { rows: [], next: null, problem: null };
  const condition = personCondition(filter.q);
  if (typeof condition === 'string') return { rows: [], next: null, problem: condition };
  const cursor = decodeCursor(filter.after, 2);
  const db = await getDb();
  const rows = await db
    .select(personColumns)
    .from(contacts)
    .innerJoin(enterprises, eq(enterprises.id, contacts.enterpriseId))
    .where(
      and(
        condition,
        isNull(contacts.erasedAt),
        cursor ? sql`(${contacts.name}, ${contacts.id}) > (${String(cursor[0])}, ${String(cursor[1])}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(contacts.name), asc(contacts.id))
    .limit(PEOPLE_PAGE_SIZE + 1);
  const hasMore = rows.length > PEOPLE_PAGE_SIZE;
  const page = hasMore ? rows.slice(0, PEOPLE_PAGE_SIZE) : rows;
  const last = page[page.length - 1];
  return { rows: page.map(maskContact), next: hasMore && last ? encodeCursor([last.name, last.id]) : null, problem: null };
}

/**
 * The contact found, and every other record that is the same person by a shared mobile or email (not erased),
 * the found one first. Locked for update when `tx` erases them.
 */
async function personRecordIds(tx: Tx, contactId: string, lock = false): Promise<string[]> {
  assertId(contactId);
  const [found] = await tx.select({ mobile: contacts.mobile, email: contacts.email }).from(contacts).where(eq(contacts.id, contactId));
  if (!found) throw new DomainError('notFound');
  const sameMobile = found.mobile ? eq(contacts.mobile, found.mobile) : sql`false`;
  const sameEmail = found.email ? sql`${contacts.email} <> '' and lower(${contacts.email}) = lower(${found.email})` : sql`false`;
  const query = tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(sql`${contacts.id} = ${contactId} or (${contacts.erasedAt} is null and (${sameMobile} or ${sameEmail}))`)
    .orderBy(sql`${contacts.id} = ${contactId} desc`, asc(contacts.createdAt), asc(contacts.id))
    .limit(PERSON_RECORDS_MAX);
  return (lock ? await query.for('update') : await query).map((r) => r.id);
}

export interface PersonRecord extends PersonRow {
  /** Meetings that list this contact among the enterprise's attendees. */
  meetings: number;
}

/** The person an admin opened: the contact found and the records sharing its mobile or email, masked. Admin only. */
export async function getPersonOrThrow(viewer: Viewer, contactId: string): Promise<PersonRecord[]> {
  assertCan(viewer, 'personalData.manage');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ids = await personRecordIds(tx, contactId);
    const rows = await tx
      .select({
        ...personColumns,
        meetings: sql<number>`(select count(*)::int from ${meetings} where ${meetings.contactIds} @> array[${contacts.id}] and ${meetings.deletedAt} is null)`,
      })
      .from(contacts)
      .innerJoin(enterprises, eq(enterprises.id, contacts.enterpriseId))
      .where(inArray(contacts.id, ids));
    return ids.map((id) => maskContact(rows.find((r) => r.id === id)!));
  });
}

export interface PersonExport {
  exportedAt: Date;
  records: (Omit<ContactRow, 'masked'> & {
    enterpriseName: string;
    uscc: string | null;
    teamName: string | null;
    createdAt: Date;
    updatedAt: Date;
    deleted: boolean;
  })[];
  /** The meetings the person attended, with which of their records each one lists. */
  meetings: { contactIds: string[]; occurredAt: Date; kind: MeetingKind; enterpriseName: string; projectName: string | null; place: string; summary: string; outcome: string }[];
  /** The leads those meetings belong to, and the projects signed from them. */
  leads: { projectName: string; enterpriseName: string; stage: LeadStage; teamName: string }[];
  projects: { name: string; enterpriseName: string; signedOn: string; contractedInvestment: number; status: ProjectStatus }[];
  /** Every audit row about the records: who created, changed, viewed, exported them and when, with the logged values. */
  audit: { contactId: string; at: Date; action: string; actorName: string | null; changes: Record<string, unknown> }[];
}

/**
 * Everything held about one person, in full, for their access request: their contact records, the enterprise
 * of each, the meetings that list them, those meetings' leads and signed projects, and the audit rows about
 * the records. Each record gets a 'piExport' audit row in the same transaction. Admin only.
 */
export async function exportPerson(viewer: Viewer, contactId: string): Promise<PersonExport> {
  assertCan(viewer, 'personalData.manage');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ids = await personRecordIds(tx, contactId);
    const idArray = sql`${sql.param(ids)}::uuid[]`;
    const records = await tx
      .select({
        ...contactColumns,
        enterpriseName: enterprises.name,
        uscc: enterprises.uscc,
        teamName: teams.name,
        createdAt: contacts.createdAt,
        updatedAt: contacts.updatedAt,
        deleted: sql<boolean>`${contacts.deletedAt} is not null`,
      })
      .from(contacts)
      .innerJoin(enterprises, eq(enterprises.id, contacts.enterpriseId))
      .leftJoin(teams, eq(teams.id, enterprises.teamId))
      .where(inArray(contacts.id, ids));
    // meetings_contacts_idx: the GIN index answers the array overlap.
    const attended = await tx
      .select({
        leadId: meetings.leadId,
        contactIds: sql<string[]>`array(select unnest(${meetings.contactIds}) intersect select unnest(${idArray}))`,
        occurredAt: meetings.occurredAt,
        kind: meetings.kind,
        enterpriseName: enterprises.name,
        projectName: leads.projectName,
        place: meetings.place,
        summary: meetings.summary,
        outcome: meetings.outcome,
      })
      .from(meetings)
      .innerJoin(enterprises, eq(enterprises.id, meetings.enterpriseId))
      .leftJoin(leads, eq(leads.id, meetings.leadId))
      .where(and(sql`${meetings.contactIds} && ${idArray}`, isNull(meetings.deletedAt)))
      .orderBy(asc(meetings.occurredAt));
    const leadIds = [...new Set(attended.flatMap((m) => (m.leadId ? [m.leadId] : [])))];
    // One after another: a transaction is one connection, which runs one statement at a time.
    const leadRows = leadIds.length
      ? await tx
          .select({ projectName: leads.projectName, enterpriseName: enterprises.name, stage: leads.stage, teamName: teams.name })
          .from(leads)
          .innerJoin(enterprises, eq(enterprises.id, leads.enterpriseId))
          .innerJoin(teams, eq(teams.id, leads.teamId))
          .where(and(inArray(leads.id, leadIds), isNull(leads.deletedAt)))
          .orderBy(asc(leads.createdAt))
      : [];
    const projectRows = leadIds.length
      ? await tx
          .select({ name: projects.name, enterpriseName: enterprises.name, signedOn: projects.signedOn, contractedInvestment: projects.contractedInvestment, status: projects.status })
          .from(projects)
          .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
          .where(and(inArray(projects.leadId, leadIds), isNull(projects.deletedAt)))
          .orderBy(asc(projects.signedOn))
      : [];
    const audit = await tx
      .select({ contactId: auditLogs.entityId, at: auditLogs.at, action: auditLogs.action, actorName: users.displayName, changes: auditLogs.changes })
      .from(auditLogs)
      .leftJoin(users, eq(users.id, auditLogs.actorId))
      .where(and(eq(auditLogs.entityType, 'contact'), inArray(auditLogs.entityId, ids)))
      .orderBy(asc(auditLogs.at), asc(auditLogs.id));
    for (const id of ids) await writeAudit(tx, viewer, { action: 'piExport', entityType: 'contact', entityId: id, changes: { records: ids.length } });
    const byId = (a: { id: string }, b: { id: string }) => ids.indexOf(a.id) - ids.indexOf(b.id);
    return {
      exportedAt: new Date(),
      records: records.sort(byId),
      meetings: attended.map(({ leadId: _leadId, ...m }) => m),
      leads: leadRows,
      projects: projectRows,
      audit,
    };
  });
}

/**
 * The one narrow exception to the append-only audit log (drizzle/0013_pi_erase.sql): for the rest of this
 * transaction, the rows about this one contact may have their `changes` rewritten — nothing else, no row deleted.
 */
async function allowRedaction(tx: Tx, contactId: string): Promise<void> {
  await tx.execute(sql`select set_config('crm.pi_erase_contact', ${contactId}, true)`);
}

/**
 * Erases a person on request, in one transaction: each confirmed contact record (at the version the admin saw)
 * is anonymised — named ERASED_NAME, every detail cleared, no longer primary, erased_at set, version + 1 —
 * while the enterprise, meetings, leads and projects that refer to it stay as they are; the personal values
 * logged in its audit rows are redacted; and an 'erase' row records who erased which record, with no
 * personal value. Admin only.
 */
export async function erasePerson(viewer: Viewer, input: PersonEraseInput): Promise<{ erased: number }> {
  assertCan(viewer, 'personalData.manage');
  const versions = new Map(input.contacts.map((c) => [c.id, c.version]));
  const ids = [...versions.keys()].sort();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: contacts.id, version: contacts.version, enterpriseId: contacts.enterpriseId, erased: sql<boolean>`${contacts.erasedAt} is not null` })
      .from(contacts)
      .where(inArray(contacts.id, ids))
      .orderBy(asc(contacts.id))
      .for('update');
    if (rows.length !== ids.length) throw new DomainError('notFound');
    if (rows.some((r) => r.erased)) throw new DomainError('contactErased');
    if (rows.some((r) => r.version !== versions.get(r.id))) throw new DomainError('conflict');

    await tx
      .update(contacts)
      // Nobody to call first any more: the enterprise then has no primary contact until its team picks one.
      .set({ name: ERASED_NAME, title: '', mobile: '', phone: '', email: '', wechat: '', notes: '', isPrimary: false, erasedAt: sql`now()`, version: sql`${contacts.version} + 1`, updatedAt: sql`now()` })
      .where(inArray(contacts.id, ids));

    for (const row of rows) {
      await allowRedaction(tx, row.id);
      const logged = await tx
        .select({ id: auditLogs.id, changes: auditLogs.changes })
        .from(auditLogs)
        .where(and(eq(auditLogs.entityType, 'contact'), eq(auditLogs.entityId, row.id)))
        .orderBy(desc(auditLogs.id));
      for (const entry of logged) {
        const redacted = redactContactChanges(entry.changes);
        if (JSON.stringify(redacted) !== JSON.stringify(entry.changes)) await tx.update(auditLogs).set({ changes: redacted }).where(eq(auditLogs.id, entry.id));
      }
      await writeAudit(tx, viewer, { action: 'erase', entityType: 'contact', entityId: row.id, changes: { enterpriseId: row.enterpriseId } });
    }
    await tx.execute(sql`select set_config('crm.pi_erase_contact', '', true)`);
    return { erased: rows.length };
  });
}
