import 'server-only';
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { contacts, enterprises, leads, type LeadStage } from '@/db/schema';
import { leadScope } from '@/db/scope';
import { can } from '@/lib/permissions';
import { shownToViewer } from './contacts';
import { mobileCondition, searchCondition } from './enterprises';
import { escapeLike } from './like';
import { assertCan, type Viewer } from './viewer';

/** Rows per group in the header box and on /search; the full lists live on /enterprises and /leads. */
export const SEARCH_GROUP_SIZE = 8;
/** How many matching enterprises the lead group looks through (the same bound as the lead list's name filter). */
const LEAD_ENTERPRISE_CAP = 1000;

export interface SearchResults {
  enterprises: { id: string; name: string; uscc: string | null; city: string }[];
  /** `mobile` is masked (138****1234) unless the viewer is in the enterprise's team. */
  contacts: { id: string; name: string; title: string; enterpriseId: string; enterpriseName: string; mobile: string; masked: boolean }[];
  leads: { id: string; projectName: string; enterpriseName: string; stage: LeadStage }[];
  /** The text was too short to search (fewer than 2 characters and not a phone prefix or USCC). */
  tooShort: boolean;
}

const EMPTY: Omit<SearchResults, 'tooShort'> = { enterprises: [], contacts: [], leads: [] };

/**
 * Runs one group's query on bitmap index scans only. For a common gram (汽车 is in ~5% of names) the planner
 * prefers walking the table — or a whole partial btree such as enterprises_created_idx — until the LIMIT is
 * met: fast only while matches are spread evenly, a full scan when they are not. The GIN bitmap has a bounded
 * cost whatever the order (~10 ms for 汽车 at a million enterprises), and every other lookup here is a few rows.
 */
function indexed<T>(db: Db, query: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    await tx.execute(sql`set local enable_indexscan = off`);
    return query(tx);
  });
}

/** A phone number as people paste it ("138 0000-1234") reads as its digits. */
function normalizeQuery(q: string): string {
  const text = q.trim();
  return /^[\d\s-]+$/.test(text) ? text.replace(/[\s-]/g, '') : text;
}

/**
 * Contacts by mobile (3+ digits: a prefix within the viewer's own team, else the whole number — see
 * mobileCondition) or by name prefix — which includes the exact name — through contacts_name_idx
 * (text_pattern_ops). A Chinese name search is a prefix: people type the family name, "欧阳"; a substring
 * inside a given name is not what they look for. Erased contacts are anonymous and never found.
 */
function contactCondition(viewer: Viewer, q: string): SQL {
  if (/^\d{3,11}$/.test(q)) return mobileCondition(viewer, q);
  return sql`${contacts.name} like ${`${escapeLike(q)}%`} and ${contacts.deletedAt} is null and ${contacts.erasedAt} is null`;
}

/**
 * The header search: enterprises (name substring of 2+ characters, USCC, a contact's mobile or exact
 * name — the /enterprises search), contacts (name prefix or mobile) and leads, at most
 * SEARCH_GROUP_SIZE each, every group one indexed query, run in parallel. Contacts' mobiles are masked
 * outside the owning team, and outsiders match a mobile only as a whole number (mobileCondition).
 *
 * Scope: enterprises and contacts need enterprises.read (the library is shared by the office's roles);
 * leads need leads.read and are narrowed by leadScope in the same statement, so an officer never sees,
 * nor can count, another team's leads. Liaisons have neither permission: they get `forbidden`, as from
 * every other read of the library, and the header does not offer them the box.
 */
export async function globalSearch(viewer: Viewer, q: string): Promise<SearchResults> {
  assertCan(viewer, 'enterprises.read', 'leads.read');
  const text = normalizeQuery(q);
  const byEnterprise = searchCondition(viewer, text);
  if (byEnterprise === 'tooShort') return { ...EMPTY, tooShort: true };
  const isUscc = /^[0-9A-Z]{18}$/i.test(text);
  const db = await getDb();
  const live = isNull(enterprises.deletedAt);

  const enterpriseRows = can(viewer, 'enterprises.read')
    ? indexed(db, (tx) =>
        tx
          .select({ id: enterprises.id, name: enterprises.name, uscc: enterprises.uscc, city: enterprises.city })
          .from(enterprises)
          .where(and(live, byEnterprise))
          // No ORDER BY: sorting every match of a common 2-character gram (e.g. 汽车) would read them all.
          .limit(SEARCH_GROUP_SIZE),
      )
    : Promise.resolve([]);

  // A USCC names an enterprise, not a person.
  const contactRows =
    can(viewer, 'enterprises.read') && !isUscc
      ? indexed(db, (tx) =>
          tx
            .select({
              id: contacts.id,
              name: contacts.name,
              title: contacts.title,
              enterpriseId: contacts.enterpriseId,
              enterpriseName: enterprises.name,
              teamId: enterprises.teamId,
              mobile: contacts.mobile,
            })
            .from(contacts)
            .innerJoin(enterprises, eq(enterprises.id, contacts.enterpriseId))
            .where(and(contactCondition(viewer, text), live))
            .limit(SEARCH_GROUP_SIZE)
            // The mobile is shown in full to the owning team only (db/queries/contacts.ts ownsContacts).
            .then((rows) => rows.map(({ teamId, ...row }) => shownToViewer(viewer, teamId, row))),
        )
      : Promise.resolve([]);

  // Leads are found through their enterprise: the enterprises matching the same search (gram index, USCC
  // or contacts' indexes), then leads_enterprise_idx. A substring of the project name alone is not searched:
  // leads have no gram index, and `project_name like '%…%'` would scan every lead in scope.
  const leadRows = can(viewer, 'leads.read')
    ? indexed(db, (tx) =>
        tx
          .select({ id: leads.id, projectName: leads.projectName, enterpriseName: enterprises.name, stage: leads.stage })
          .from(leads)
          .innerJoin(enterprises, eq(enterprises.id, leads.enterpriseId))
          .where(
            and(
              isNull(leads.deletedAt),
              leadScope(viewer),
              sql`${leads.enterpriseId} = any(array(select ${enterprises.id} from ${enterprises} where ${live} and ${byEnterprise} limit ${LEAD_ENTERPRISE_CAP}))`,
          ),
        )
        .orderBy(sql`${leads.lastActivityAt} desc`)
        .limit(SEARCH_GROUP_SIZE),
      )
    : Promise.resolve([]);

  const [found, people, projects] = await Promise.all([enterpriseRows, contactRows, leadRows]);
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'zh-CN');
  return { enterprises: [...found].sort(byName), contacts: [...people].sort(byName), leads: projects, tooShort: false };
}
