import 'server-only';
import { and, asc, desc, eq, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { chainLeaderEnterprises, chainNodes, chains, contacts, enterprises, leads, teams, type ChainAction, type EnterpriseScale } from '@/db/schema';
import { derivedColumns, enterpriseFacets } from '@/db/enterprise-derived';
import { ACTIVE_STAGES_SQL } from '@/db/lead-derived';
import { enterpriseWriteScope } from '@/db/scope';
import { nameKey, queryGrams, searchForm } from '@/lib/enterprise-name';
import { DomainError } from '@/lib/errors';
import { normalizeUscc } from '@/lib/uscc';
import type { EnterpriseCreateInput, EnterpriseFilter, EnterpriseUpdateInput } from '@/lib/validation/enterprises';
import { diff, writeAudit } from './audit';
import { decodeCursor, encodeCursor, timestampKey } from './cursor';
import { assertId } from './ids';
import { escapeLike } from './like';
import { isUniqueViolation } from './pg-errors';
import { assertCan, type Viewer } from './viewer';

export const ENTERPRISES_PAGE_SIZE = 50;
/** Counting stops here: "10,000+" is as useful as an exact count and stays fast at a million rows. */
export const COUNT_CAP = 10_000;

export interface EnterpriseListRow {
  id: string;
  name: string;
  uscc: string | null;
  province: string;
  city: string;
  industry: string;
  chainName: string | null;
  nodeName: string | null;
  chainAction: ChainAction | null;
  tags: string[];
  registeredCapital: number | null;
  teamName: string | null;
}

export interface EnterpriseList {
  rows: EnterpriseListRow[];
  next: string | null;
  total: number;
  totalCapped: boolean;
  /** Set when the search text was too short to use (fewer than 2 characters). */
  queryTooShort: boolean;
}

const listColumns = {
  id: enterprises.id,
  name: enterprises.name,
  uscc: enterprises.uscc,
  province: enterprises.province,
  city: enterprises.city,
  industry: enterprises.industry,
  chainName: chains.name,
  nodeName: chainNodes.name,
  chainAction: enterprises.chainAction,
  tags: enterprises.tags,
  registeredCapital: enterprises.registeredCapital,
  teamName: teams.name,
};

/**
 * Live contacts whose mobile starts with the digits `q` (contacts_mobile_idx). The owning team searches its
 * own enterprises' contacts by any prefix of 3+ digits; anyone else only by the whole 11-digit number. A
 * prefix lengthened digit by digit would read a masked number (138****1234) back to an outsider one digit at
 * a time (个人信息保护法); a whole number only confirms what the searcher already knows.
 */
export function mobileCondition(viewer: Viewer, q: string): SQL {
  const matches = sql`${contacts.mobile} like ${`${q}%`} and ${contacts.deletedAt} is null and ${contacts.erasedAt} is null`;
  if (q.length === 11) return matches;
  if (!viewer.teamId) return sql`false`;
  return sql`${matches} and ${contacts.enterpriseId} in (select ${enterprises.id} from ${enterprises} where ${enterprises.teamId} = ${viewer.teamId})`;
}

/**
 * The search box: an 18-character code is a USCC; 3+ digits a contact's mobile (mobileCondition); anything
 * else a substring of the name (2+ characters, via the gram index) or a contact's exact name.
 */
export function searchCondition(viewer: Viewer, q: string): SQL | 'tooShort' {
  const code = normalizeUscc(q);
  if (/^[0-9A-Z]{18}$/.test(code)) return eq(enterprises.uscc, code);
  if (/^\d{3,11}$/.test(q)) {
    return sql`${enterprises.id} = any(array(select ${contacts.enterpriseId} from ${contacts} where ${mobileCondition(viewer, q)} limit 200))`;
  }
  const grams = queryGrams(q);
  if (grams.length === 0) return 'tooShort';
  const hasGrams = sql`${enterprises.nameGrams} @> ${sql.param(grams)}::text[]`;
  // A 2-character query is one gram, so the gram index alone is exact: skipping the LIKE recheck lets
  // PostgreSQL count matches without reading the rows (the most common Chinese search, e.g. 医药).
  const byName = grams.length === 1 && Array.from(searchForm(q)).length === 2 ? hasGrams : sql`${hasGrams} and ${enterprises.nameSearch} like ${`%${escapeLike(searchForm(q))}%`}`;
  const byContact = sql`${enterprises.id} = any(array(select ${contacts.enterpriseId} from ${contacts} where ${contacts.name} = ${q} and ${contacts.deletedAt} is null and ${contacts.erasedAt} is null limit 200))`;
  return or(byName, byContact)!;
}

/** "Has an active lead" / "followed by team X": a semi-join on the leads' enterprise index. */
function followedCondition(filter: EnterpriseFilter): SQL | undefined {
  if (!filter.lead && !filter.followTeamId) return undefined;
  const followed = sql`select ${leads.enterpriseId} from ${leads} where ${leads.stage} in ${ACTIVE_STAGES_SQL} and ${leads.deletedAt} is null`;
  const byTeam = filter.followTeamId ? sql` and ${leads.teamId} = ${filter.followTeamId}` : sql``;
  return filter.lead === 'none' && !filter.followTeamId
    ? sql`not exists (${followed} and ${leads.enterpriseId} = ${enterprises.id})`
    : sql`${enterprises.id} in (${followed}${byTeam})`;
}

type SortSpec = { order: SQL[]; key: (row: { id: string; name: string; createdKey: string; registeredCapital: number | null }) => unknown[]; after: (c: unknown[]) => SQL };

// Each order matches an index in db/schema/enterprises.ts, so every page is an index range scan.
const SORTS: Record<NonNullable<EnterpriseFilter['sort']>, SortSpec> = {
  created: {
    order: [sql`${enterprises.createdAt} desc nulls last`, sql`${enterprises.id} desc nulls last`],
    key: (r) => [r.createdKey, r.id],
    after: ([at, id]) => sql`(${enterprises.createdAt}, ${enterprises.id}) < (${at as string}::timestamptz, ${id as string}::uuid)`,
  },
  name: {
    order: [asc(enterprises.name), asc(enterprises.id)],
    key: (r) => [r.name, r.id],
    after: ([name, id]) => sql`(${enterprises.name}, ${enterprises.id}) > (${name as string}, ${id as string}::uuid)`,
  },
  capital: {
    order: [sql`${enterprises.registeredCapital} desc nulls last`, sql`${enterprises.id} desc nulls last`],
    key: (r) => [r.registeredCapital, r.id],
    after: ([capital, id]) =>
      capital === null
        ? sql`(${enterprises.registeredCapital} is null and ${enterprises.id} < ${id as string}::uuid)`
        : sql`(${enterprises.registeredCapital} < ${capital as number} or (${enterprises.registeredCapital} = ${capital as number} and ${enterprises.id} < ${id as string}::uuid) or ${enterprises.registeredCapital} is null)`,
  },
};

/**
 * One page of the enterprise library with the /enterprises filters. Readable by every role with
 * enterprises.read (the library is shared across teams); soft-deleted rows only for admins who ask.
 */
export async function listEnterprises(viewer: Viewer, filter: EnterpriseFilter): Promise<EnterpriseList> {
  assertCan(viewer, 'enterprises.read');
  const db = await getDb();
  const search = filter.q ? searchCondition(viewer, filter.q) : undefined;
  const showDeleted = filter.deleted === '1' && viewer.role === 'admin';
  const facets = enterpriseFacets({ ...filter, chainAction: filter.action, tags: filter.tag ? [filter.tag] : [] });
  const where = and(
    showDeleted ? isNotNull(enterprises.deletedAt) : isNull(enterprises.deletedAt),
    search === 'tooShort' ? undefined : search,
    facets.length ? sql`${enterprises.facets} @> ${sql.param(facets)}::text[]` : undefined,
    followedCondition(filter),
  );
  const sort = SORTS[filter.sort ?? 'created'];
  const cursor = decodeCursor(filter.after, 2);

  const [rows, [{ n }]] = await Promise.all([
    db
      .select({ ...listColumns, createdKey: timestampKey(enterprises.createdAt) })
      .from(enterprises)
      .leftJoin(chains, eq(chains.id, enterprises.chainId))
      .leftJoin(chainNodes, eq(chainNodes.id, enterprises.nodeId))
      .leftJoin(teams, eq(teams.id, enterprises.teamId))
      .where(and(where, cursor ? sort.after(cursor) : undefined))
      .orderBy(...sort.order)
      .limit(ENTERPRISES_PAGE_SIZE + 1),
    db.execute<{ n: number }>(sql`select count(*)::int as n from (select 1 from ${enterprises} where ${where ?? sql`true`} limit ${COUNT_CAP + 1}) capped`).then((r) => r.rows),
  ]);
  const page = rows.slice(0, ENTERPRISES_PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    rows: page.map(({ createdKey: _key, ...row }) => row),
    next: rows.length > ENTERPRISES_PAGE_SIZE && last ? encodeCursor(sort.key(last)) : null,
    total: Math.min(n, COUNT_CAP),
    totalCapped: n > COUNT_CAP,
    queryTooShort: search === 'tooShort',
  };
}

export interface EnterpriseDetail extends EnterpriseListRow {
  chainId: string | null;
  nodeId: string | null;
  scale: EnterpriseScale | null;
  website: string;
  address: string;
  intro: string;
  source: string;
  teamId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  deleted: boolean;
  mergedIntoId: string | null;
  /** Whether this viewer may edit it (admins; officers of its team). */
  canEdit: boolean;
  /** Named as a 链主企业 of its chain. */
  isChainLeader: boolean;
}

/** One enterprise for its page. Soft-deleted ones are visible to admins only (to restore them). */
export async function getEnterpriseOrThrow(viewer: Viewer, id: string): Promise<EnterpriseDetail> {
  assertCan(viewer, 'enterprises.read');
  assertId(id);
  const db = await getDb();
  const scope = enterpriseWriteScope(viewer);
  const [row] = await db
    .select({
      ...listColumns,
      chainId: enterprises.chainId,
      nodeId: enterprises.nodeId,
      scale: enterprises.scale,
      website: enterprises.website,
      address: enterprises.address,
      intro: enterprises.intro,
      source: enterprises.source,
      teamId: enterprises.teamId,
      version: enterprises.version,
      createdAt: enterprises.createdAt,
      updatedAt: enterprises.updatedAt,
      deleted: sql<boolean>`${enterprises.deletedAt} is not null`,
      mergedIntoId: enterprises.mergedIntoId,
      canEdit: scope ? sql<boolean>`coalesce(${scope}, false)` : sql<boolean>`true`,
      isChainLeader: sql<boolean>`exists (select 1 from ${chainLeaderEnterprises} where ${chainLeaderEnterprises.chainId} = ${enterprises.chainId} and ${chainLeaderEnterprises.enterpriseId} = ${enterprises.id})`,
    })
    .from(enterprises)
    .leftJoin(chains, eq(chains.id, enterprises.chainId))
    .leftJoin(chainNodes, eq(chainNodes.id, enterprises.nodeId))
    .leftJoin(teams, eq(teams.id, enterprises.teamId))
    .where(and(eq(enterprises.id, id), viewer.role === 'admin' ? undefined : isNull(enterprises.deletedAt)));
  if (!row) throw new DomainError('notFound');
  return { ...row, canEdit: row.canEdit && !row.deleted };
}

export interface DuplicateCandidate {
  id: string;
  name: string;
  uscc: string | null;
  teamName: string | null;
  sameUscc: boolean;
}

/**
 * Existing enterprises that look like the one being typed: the same USCC (a hard duplicate) or the same
 * name once legal-form words and brackets are stripped (a possible duplicate the user may still save).
 */
export async function findDuplicateCandidates(viewer: Viewer, input: { name: string; uscc: string; excludeId?: string | null }): Promise<DuplicateCandidate[]> {
  assertCan(viewer, 'enterprises.read');
  const key = input.name ? nameKey(input.name) : '';
  const uscc = normalizeUscc(input.uscc);
  if (!key && !uscc) return [];
  const db = await getDb();
  return db
    .select({ id: enterprises.id, name: enterprises.name, uscc: enterprises.uscc, teamName: teams.name, sameUscc: sql<boolean>`coalesce(${enterprises.uscc} = ${uscc || null}, false)` })
    .from(enterprises)
    .leftJoin(teams, eq(teams.id, enterprises.teamId))
    .where(
      and(
        isNull(enterprises.deletedAt),
        or(key ? eq(enterprises.nameKey, key) : undefined, uscc ? eq(enterprises.uscc, uscc) : undefined),
        input.excludeId ? ne(enterprises.id, input.excludeId) : undefined,
      ),
    )
    .orderBy(desc(sql`coalesce(${enterprises.uscc} = ${uscc || null}, false)`), asc(enterprises.name))
    .limit(5);
}

/** Checks the chosen chain node and returns the chain it belongs to (a node implies its chain). */
async function resolveChain(tx: Tx, chainId: string | null, nodeId: string | null): Promise<{ chainId: string | null; nodeId: string | null }> {
  if (nodeId) {
    const [node] = await tx.select({ chainId: chainNodes.chainId }).from(chainNodes).where(and(eq(chainNodes.id, nodeId), isNull(chainNodes.deletedAt)));
    if (!node || (chainId && node.chainId !== chainId)) throw new DomainError('invalidChoice', 'nodeId');
    return { chainId: node.chainId, nodeId };
  }
  if (chainId) {
    const [chain] = await tx.select({ id: chains.id }).from(chains).where(and(eq(chains.id, chainId), isNull(chains.deletedAt)));
    if (!chain) throw new DomainError('invalidChoice', 'chainId');
  }
  return { chainId, nodeId: null };
}

function usccTaken(error: unknown): never {
  if (isUniqueViolation(error, 'enterprises_uscc_key')) throw new DomainError('usccTaken', 'uscc');
  throw error;
}

/** Creates an enterprise kept by the officer's own team (admins choose any team or none). */
export async function insertEnterprise(viewer: Viewer, input: EnterpriseCreateInput): Promise<{ id: string }> {
  assertCan(viewer, 'enterprises.write');
  const db = await getDb();
  const teamId = viewer.role === 'admin' ? input.teamId : viewer.teamId;
  return db
    .transaction(async (tx) => {
      const placement = await resolveChain(tx, input.chainId, input.nodeId);
      const fields = { ...input, ...placement, teamId };
      const values = { ...fields, ...derivedColumns(fields), createdBy: viewer.id };
      const [row] = await tx.insert(enterprises).values(values).returning({ id: enterprises.id });
      await writeAudit(tx, viewer, { action: 'create', entityType: 'enterprise', entityId: row.id, changes: fields });
      return row;
    })
    .catch(usccTaken);
}

/**
 * Locks an enterprise the viewer may change (scope in the same statement) at the version their form
 * loaded; out of scope reads as not found.
 */
export async function lockEnterprise(tx: Tx, viewer: Viewer, id: string, version?: number) {
  assertId(id);
  const [row] = await tx
    .select()
    .from(enterprises)
    .where(and(eq(enterprises.id, id), isNull(enterprises.deletedAt), enterpriseWriteScope(viewer)))
    .for('update');
  if (!row) throw new DomainError('notFound');
  if (version !== undefined && row.version !== version) throw new DomainError('conflict');
  return row;
}

/** Saves an edit; a stale version is refused. Officers cannot move an enterprise to another team. */
export async function updateEnterprise(viewer: Viewer, input: EnterpriseUpdateInput): Promise<{ id: string }> {
  assertCan(viewer, 'enterprises.write');
  const db = await getDb();
  const { id, version, ...fields } = input;
  return db
    .transaction(async (tx) => {
      const before = await lockEnterprise(tx, viewer, id, version);
      const placement = await resolveChain(tx, fields.chainId, fields.nodeId);
      const patch = { ...fields, ...placement, teamId: viewer.role === 'admin' ? fields.teamId : before.teamId };
      await tx
        .update(enterprises)
        .set({ ...patch, ...derivedColumns(patch), version: version + 1, updatedAt: sql`now()` })
        .where(eq(enterprises.id, id));
      await writeAudit(tx, viewer, { action: 'update', entityType: 'enterprise', entityId: id, changes: diff(before, patch) });
      return { id };
    })
    .catch(usccTaken);
}

/** Soft delete: the record disappears from lists; an admin can restore it. */
export async function archiveEnterprise(viewer: Viewer, id: string, version: number): Promise<{ id: string }> {
  assertCan(viewer, 'enterprises.write');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockEnterprise(tx, viewer, id, version);
    await tx.update(enterprises).set({ deletedAt: sql`now()`, version: version + 1, updatedAt: sql`now()` }).where(eq(enterprises.id, id));
    await writeAudit(tx, viewer, { action: 'delete', entityType: 'enterprise', entityId: id });
    return { id };
  });
}

/** Brings back a soft-deleted (or merged) enterprise. Admin only. */
export async function restoreEnterprise(viewer: Viewer, id: string, version: number): Promise<{ id: string }> {
  assertCan(viewer, 'enterprises.restore');
  assertId(id);
  const db = await getDb();
  return db
    .transaction(async (tx) => {
      const [row] = await tx
        .update(enterprises)
        .set({ deletedAt: null, mergedIntoId: null, version: version + 1, updatedAt: sql`now()` })
        .where(and(eq(enterprises.id, id), eq(enterprises.version, version), isNotNull(enterprises.deletedAt)))
        .returning({ id: enterprises.id });
      if (!row) throw new DomainError('conflict');
      await writeAudit(tx, viewer, { action: 'restore', entityType: 'enterprise', entityId: id });
      return row;
    })
    .catch(usccTaken);
}

/**
 * Merges a duplicate into the surviving enterprise in one transaction: its contacts and chain-leader
 * entries move over, the survivor takes its USCC if it had none, and the duplicate stays soft-deleted
 * with a pointer to the survivor. Later issues move leads, meetings, projects and requests here too.
 */
export async function mergeEnterprises(viewer: Viewer, survivorId: string, duplicateId: string): Promise<{ id: string }> {
  assertCan(viewer, 'enterprises.merge');
  assertId(survivorId);
  assertId(duplicateId);
  if (survivorId === duplicateId) throw new DomainError('mergeSelf');
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Lock both rows in id order so two opposite merges cannot deadlock.
    const locked = await tx
      .select()
      .from(enterprises)
      .where(and(or(eq(enterprises.id, survivorId), eq(enterprises.id, duplicateId)), isNull(enterprises.deletedAt)))
      .orderBy(asc(enterprises.id))
      .for('update');
    const survivor = locked.find((e) => e.id === survivorId);
    const duplicate = locked.find((e) => e.id === duplicateId);
    if (!survivor || !duplicate) throw new DomainError('notFound');

    const moved = await tx.update(contacts).set({ enterpriseId: survivorId, updatedAt: sql`now()` }).where(eq(contacts.enterpriseId, duplicateId)).returning({ id: contacts.id });
    await tx.execute(sql`
      insert into ${chainLeaderEnterprises} (chain_id, enterprise_id)
      select chain_id, ${survivorId}::uuid from ${chainLeaderEnterprises} where enterprise_id = ${duplicateId}::uuid
      on conflict do nothing`);
    await tx.delete(chainLeaderEnterprises).where(eq(chainLeaderEnterprises.enterpriseId, duplicateId));
    await tx
      .update(enterprises)
      .set({ deletedAt: sql`now()`, mergedIntoId: survivorId, version: duplicate.version + 1, updatedAt: sql`now()` })
      .where(eq(enterprises.id, duplicateId));
    // The USCC can move only after the duplicate left the unique index (it covers live rows only).
    const takeUscc = !survivor.uscc && duplicate.uscc ? { uscc: duplicate.uscc } : {};
    await tx.update(enterprises).set({ ...takeUscc, version: survivor.version + 1, updatedAt: sql`now()` }).where(eq(enterprises.id, survivorId));
    const changes = { survivorId, duplicateId, duplicateName: duplicate.name, contactsMoved: moved.length, ...takeUscc };
    await writeAudit(tx, viewer, { action: 'merge', entityType: 'enterprise', entityId: survivorId, changes });
    await writeAudit(tx, viewer, { action: 'mergedInto', entityType: 'enterprise', entityId: duplicateId, changes });
    return { id: survivorId };
  });
}
