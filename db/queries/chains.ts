import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { chainLeaderEnterprises, chainNodes, chains, enterprises, leads, projects, teams, users, type NodePosition, type NodeStatus } from '@/db/schema';
import { ACTIVE_STAGES_SQL } from '@/db/lead-derived';
import { DomainError } from '@/lib/errors';
import type { ChainCreateInput, ChainUpdateInput, NodeCreateInput, NodeUpdateInput } from '@/lib/validation/chains';
import { diff, writeAudit } from './audit';
import { assertId } from './ids';
import { isForeignKeyViolation, isUniqueViolation } from './pg-errors';
import { assertCan, type Viewer } from './viewer';

/** Weak and missing links are what the zone must attract; with no active lead they are uncovered gaps. */
const GAP_STATUSES: NodeStatus[] = ['missing', 'weak'];
// The (node_id, stage) index on leads answers this per node.
const nodeHasActiveLead = sql`exists (select 1 from ${leads} where ${leads.nodeId} = ${chainNodes.id} and ${leads.stage} in ${ACTIVE_STAGES_SQL} and ${leads.deletedAt} is null)`;
export const SUGGESTIONS_PER_GAP = 5;

export interface ChainSummary {
  id: string;
  name: string;
  description: string;
  teamName: string | null;
  leaderName: string | null;
  nodes: number;
  covered: number;
  gaps: number;
  version: number;
}

/** Every chain with its coverage: nodes in total, covered (strong, or worked by an active lead) and gaps. */
export async function listChains(viewer: Viewer): Promise<ChainSummary[]> {
  assertCan(viewer, 'chains.read');
  const db = await getDb();
  const isGap = sql`(${chainNodes.status} in ('missing', 'weak') and not ${nodeHasActiveLead})`;
  return db
    .select({
      id: chains.id,
      name: chains.name,
      description: chains.description,
      teamName: teams.name,
      leaderName: users.displayName,
      nodes: sql<number>`count(${chainNodes.id})::int`,
      covered: sql<number>`(count(${chainNodes.id}) filter (where not ${isGap}))::int`,
      gaps: sql<number>`(count(${chainNodes.id}) filter (where ${isGap}))::int`,
      version: chains.version,
    })
    .from(chains)
    .leftJoin(chainNodes, and(eq(chainNodes.chainId, chains.id), isNull(chainNodes.deletedAt)))
    .leftJoin(teams, eq(teams.id, chains.teamId))
    .leftJoin(users, eq(users.id, chains.leaderId))
    .where(isNull(chains.deletedAt))
    .groupBy(chains.id, teams.name, users.displayName)
    .orderBy(asc(chains.sortOrder), asc(chains.name));
}

/** Chains and their live nodes, for pickers (enterprise form, filters). */
export async function listChainOptions(viewer: Viewer): Promise<{ id: string; name: string; nodes: { id: string; name: string; position: NodePosition }[] }[]> {
  assertCan(viewer, 'chains.read');
  const db = await getDb();
  const rows = await db
    .select({ chainId: chains.id, chainName: chains.name, nodeId: chainNodes.id, nodeName: chainNodes.name, position: chainNodes.position })
    .from(chains)
    .leftJoin(chainNodes, and(eq(chainNodes.chainId, chains.id), isNull(chainNodes.deletedAt)))
    .where(isNull(chains.deletedAt))
    .orderBy(asc(chains.sortOrder), asc(chains.name), asc(chainNodes.position), asc(chainNodes.sortOrder));
  const byChain = new Map<string, { id: string; name: string; nodes: { id: string; name: string; position: NodePosition }[] }>();
  for (const r of rows) {
    const chain = byChain.get(r.chainId) ?? { id: r.chainId, name: r.chainName, nodes: [] };
    if (r.nodeId && r.nodeName && r.position) chain.nodes.push({ id: r.nodeId, name: r.nodeName, position: r.position });
    byChain.set(r.chainId, chain);
  }
  return [...byChain.values()];
}

export interface MapNode {
  id: string;
  name: string;
  position: NodePosition;
  status: NodeStatus;
  keyProducts: string;
  sortOrder: number;
  version: number;
  enterprises: number;
  activeLeads: number;
  signedProjects: number;
  fundsInPlace: number;
  gap: boolean;
}

export interface Suggestion {
  nodeId: string;
  id: string;
  name: string;
  tags: string[];
  registeredCapital: number | null;
  province: string;
  city: string;
}

export interface ChainMap {
  chain: { id: string; name: string; description: string; teamId: string | null; teamName: string | null; leaderId: string | null; leaderName: string | null; sortOrder: number; version: number };
  nodes: MapNode[];
  leaderEnterprises: { id: string; name: string }[];
  suggestions: Suggestion[];
}

/**
 * The chain map (产业链图谱): nodes with their counts, gaps, the chain's 链主企业 and, for every gap, the best
 * targets in the library. Counts are one grouped index scan over the chain's enterprises; suggestions one
 * LATERAL index scan per gap; signed projects and their funds in place one grouped scan of projects_node_idx.
 */
export async function getChainMap(viewer: Viewer, id: string): Promise<ChainMap> {
  assertCan(viewer, 'chains.read');
  assertId(id);
  const db = await getDb();
  const [chain] = await db
    .select({
      id: chains.id,
      name: chains.name,
      description: chains.description,
      teamId: chains.teamId,
      teamName: teams.name,
      leaderId: chains.leaderId,
      leaderName: users.displayName,
      sortOrder: chains.sortOrder,
      version: chains.version,
    })
    .from(chains)
    .leftJoin(teams, eq(teams.id, chains.teamId))
    .leftJoin(users, eq(users.id, chains.leaderId))
    .where(and(eq(chains.id, id), isNull(chains.deletedAt)));
  if (!chain) throw new DomainError('notFound');

  const [nodeRows, counts, leadCounts, projectCounts, leaderEnterprises] = await Promise.all([
    db
      .select({
        id: chainNodes.id,
        name: chainNodes.name,
        position: chainNodes.position,
        status: chainNodes.status,
        keyProducts: chainNodes.keyProducts,
        sortOrder: chainNodes.sortOrder,
        version: chainNodes.version,
      })
      .from(chainNodes)
      .where(and(eq(chainNodes.chainId, id), isNull(chainNodes.deletedAt)))
      .orderBy(asc(chainNodes.position), asc(chainNodes.sortOrder), asc(chainNodes.name)),
    db
      .select({ nodeId: enterprises.nodeId, n: sql<number>`count(*)::int` })
      .from(enterprises)
      .where(and(eq(enterprises.chainId, id), isNull(enterprises.deletedAt)))
      .groupBy(enterprises.nodeId),
    db
      .select({ nodeId: leads.nodeId, n: sql<number>`count(*)::int` })
      .from(leads)
      // By the chain's node ids: the (node_id, stage) index answers without reading the leads themselves.
      .where(and(sql`${leads.nodeId} in (select id from ${chainNodes} where ${chainNodes.chainId} = ${id})`, sql`${leads.stage} in ${ACTIVE_STAGES_SQL}`, isNull(leads.deletedAt)))
      .groupBy(leads.nodeId),
    db
      .select({ nodeId: projects.nodeId, n: sql<number>`count(*)::int`, funds: sql<number>`coalesce(sum(${projects.fundsInPlace}), 0)::float8` })
      .from(projects)
      .where(and(sql`${projects.nodeId} in (select id from ${chainNodes} where ${chainNodes.chainId} = ${id})`, isNull(projects.deletedAt)))
      .groupBy(projects.nodeId),
    db
      .select({ id: enterprises.id, name: enterprises.name })
      .from(chainLeaderEnterprises)
      .innerJoin(enterprises, eq(enterprises.id, chainLeaderEnterprises.enterpriseId))
      .where(and(eq(chainLeaderEnterprises.chainId, id), isNull(enterprises.deletedAt)))
      .orderBy(asc(enterprises.name)),
  ]);
  const perNode = new Map(counts.map((c) => [c.nodeId, c.n]));
  const leadsPerNode = new Map(leadCounts.map((c) => [c.nodeId, c.n]));
  const projectsPerNode = new Map(projectCounts.map((c) => [c.nodeId, c]));
  const nodes: MapNode[] = nodeRows.map((n) => ({
    ...n,
    enterprises: perNode.get(n.id) ?? 0,
    activeLeads: leadsPerNode.get(n.id) ?? 0,
    signedProjects: projectsPerNode.get(n.id)?.n ?? 0,
    fundsInPlace: projectsPerNode.get(n.id)?.funds ?? 0,
    gap: GAP_STATUSES.includes(n.status) && !leadsPerNode.get(n.id),
  }));
  const gapIds = nodes.filter((n) => n.gap).map((n) => n.id);
  const suggestions = gapIds.length ? await suggestTargets(gapIds) : [];
  return { chain, nodes, leaderEnterprises, suggestions };
}

/** Precision targeting: per gap node, the library's enterprises ranked by tags (链主企业, 500强 …) then size. */
async function suggestTargets(nodeIds: string[]): Promise<Suggestion[]> {
  const db = await getDb();
  const result = await db.execute<{ node_id: string; id: string; name: string; tags: string[]; registered_capital: string | null; province: string; city: string }>(sql`
    select g.node_id, e.id, e.name, e.tags, e.registered_capital, e.province, e.city
    from unnest(${sql.param(nodeIds)}::uuid[]) as g(node_id)
    cross join lateral (
      select id, name, tags, registered_capital, province, city from ${enterprises}
      where node_id = g.node_id and deleted_at is null
        -- Only firms no team is courting yet: suggesting a followed one would invite 撞单.
        and not exists (select 1 from ${leads} l where l.enterprise_id = ${enterprises}.id and l.stage in ${ACTIVE_STAGES_SQL} and l.deleted_at is null)
      -- nulls last on both keys, exactly as enterprises_node_target_idx is ordered, so this is an index scan.
      order by target_score desc nulls last, registered_capital desc nulls last
      limit ${SUGGESTIONS_PER_GAP}
    ) e`);
  return result.rows.map((r) => ({
    nodeId: r.node_id,
    id: r.id,
    name: r.name,
    tags: r.tags,
    // numeric comes back as a string from the driver; amounts in 万元 fit a double exactly enough.
    registeredCapital: r.registered_capital === null ? null : Number(r.registered_capital),
    province: r.province,
    city: r.city,
  }));
}

// The team and the leader are chosen from lists, so one that does not exist is a forged or stale form, not a crash.
function chainNotSaved(error: unknown): never {
  if (isUniqueViolation(error, 'chains_name_key')) throw new DomainError('chainNameTaken', 'name');
  if (isForeignKeyViolation(error, 'chains_team_id_teams_id_fk')) throw new DomainError('invalidChoice', 'teamId');
  if (isForeignKeyViolation(error, 'chains_leader_id_users_id_fk')) throw new DomainError('invalidChoice', 'leaderId');
  throw error;
}

/** Creates a chain. Admins and leaders (chains.manage). */
export async function insertChain(viewer: Viewer, input: ChainCreateInput): Promise<{ id: string }> {
  assertCan(viewer, 'chains.manage');
  const db = await getDb();
  return db
    .transaction(async (tx) => {
      const [row] = await tx.insert(chains).values(input).returning({ id: chains.id });
      await writeAudit(tx, viewer, { action: 'create', entityType: 'chain', entityId: row.id, changes: input });
      return row;
    })
    .catch(chainNotSaved);
}

export async function updateChain(viewer: Viewer, input: ChainUpdateInput): Promise<{ id: string }> {
  assertCan(viewer, 'chains.manage');
  const db = await getDb();
  const { id, version, ...patch } = input;
  return db
    .transaction(async (tx) => {
      const [before] = await tx.select().from(chains).where(and(eq(chains.id, id), isNull(chains.deletedAt))).for('update');
      if (!before) throw new DomainError('notFound');
      if (before.version !== version) throw new DomainError('conflict');
      await tx.update(chains).set({ ...patch, version: version + 1, updatedAt: sql`now()` }).where(eq(chains.id, id));
      await writeAudit(tx, viewer, { action: 'update', entityType: 'chain', entityId: id, changes: diff(before, patch) });
      return { id };
    })
    .catch(chainNotSaved);
}

export async function insertNode(viewer: Viewer, input: NodeCreateInput): Promise<{ id: string }> {
  assertCan(viewer, 'chains.manage');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [chain] = await tx.select({ id: chains.id }).from(chains).where(and(eq(chains.id, input.chainId), isNull(chains.deletedAt)));
    if (!chain) throw new DomainError('notFound');
    const [row] = await tx.insert(chainNodes).values(input).returning({ id: chainNodes.id });
    await writeAudit(tx, viewer, { action: 'create', entityType: 'chainNode', entityId: row.id, changes: input });
    return row;
  });
}

async function lockNode(tx: Tx, id: string, version: number) {
  const [before] = await tx.select().from(chainNodes).where(and(eq(chainNodes.id, id), isNull(chainNodes.deletedAt))).for('update');
  if (!before) throw new DomainError('notFound');
  if (before.version !== version) throw new DomainError('conflict');
  return before;
}

export async function updateNode(viewer: Viewer, input: NodeUpdateInput): Promise<{ id: string }> {
  assertCan(viewer, 'chains.manage');
  const db = await getDb();
  const { id, version, ...patch } = input;
  return db.transaction(async (tx) => {
    const before = await lockNode(tx, id, version);
    await tx.update(chainNodes).set({ ...patch, version: version + 1, updatedAt: sql`now()` }).where(eq(chainNodes.id, id));
    await writeAudit(tx, viewer, { action: 'update', entityType: 'chainNode', entityId: id, changes: diff(before, patch) });
    return { id };
  });
}

/** Soft delete of a node; enterprises placed on it keep the reference (and the chain). */
export async function archiveNode(viewer: Viewer, id: string, version: number): Promise<{ id: string }> {
  assertCan(viewer, 'chains.manage');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockNode(tx, id, version);
    await tx.update(chainNodes).set({ deletedAt: sql`now()`, version: version + 1, updatedAt: sql`now()` }).where(eq(chainNodes.id, id));
    await writeAudit(tx, viewer, { action: 'delete', entityType: 'chainNode', entityId: id });
    return { id };
  });
}

/** Names (or un-names) an enterprise as one of the chain's 链主企业. */
export async function setChainLeaderEnterprise(viewer: Viewer, chainId: string, enterpriseId: string, add: boolean): Promise<{ id: string }> {
  assertCan(viewer, 'chains.manage');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [chain] = await tx.select({ id: chains.id }).from(chains).where(and(eq(chains.id, chainId), isNull(chains.deletedAt)));
    const [enterprise] = await tx.select({ id: enterprises.id }).from(enterprises).where(and(eq(enterprises.id, enterpriseId), isNull(enterprises.deletedAt)));
    if (!chain || !enterprise) throw new DomainError('notFound');
    if (add) await tx.insert(chainLeaderEnterprises).values({ chainId, enterpriseId }).onConflictDoNothing();
    else await tx.delete(chainLeaderEnterprises).where(and(eq(chainLeaderEnterprises.chainId, chainId), eq(chainLeaderEnterprises.enterpriseId, enterpriseId)));
    await writeAudit(tx, viewer, { action: add ? 'addLeaderEnterprise' : 'removeLeaderEnterprise', entityType: 'chain', entityId: chainId, changes: { enterpriseId } });
    return { id: chainId };
  });
}

/** Leaders who can be a chain's 链长 (for the chain form). */
export async function listLeaderOptions(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  assertCan(viewer, 'chains.manage');
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(inArray(users.role, ['leader', 'admin']), isNull(users.disabledAt)))
    .orderBy(asc(users.displayName));
}
