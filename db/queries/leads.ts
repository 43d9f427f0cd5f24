import 'server-only';
import { and, asc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { derivedColumns } from '@/db/enterprise-derived';
import { ACTIVE_STAGES_SQL, leadFacets } from '@/db/lead-derived';
import { chainNodes, chains, enterprises, leadEvents, leads, meetings, teams, users, type ChainAction, type Lead, type LeadPriority, type LeadStage, type SourceMethod } from '@/db/schema';
import { leadScope } from '@/db/scope';
import { queryGrams, searchForm } from '@/lib/enterprise-name';
import { DomainError } from '@/lib/errors';
import { BOARD_STAGES, checkStageMove, isStalled, missingForStage, PIPELINE, STALLED_AFTER_DAYS, type GateField } from '@/lib/lead-stages';
import type { LeadCreateInput, LeadFilter, LeadUpdateInput } from '@/lib/validation/leads';
import { diff, writeAudit } from './audit';
import { decodeCursor, encodeCursor, timestampKey } from './cursor';
import { assertId } from './ids';
import { escapeLike } from './like';
import { countLeadMeetings } from './meetings';
import { notify } from './notifications';
import { assertCan, type Viewer } from './viewer';

export const LEADS_PAGE_SIZE = 50;
export const BOARD_CARDS_PER_STAGE = 30;
const COUNT_CAP = 10_000;


export interface LeadCard {
  id: string;
  projectName: string;
  enterpriseName: string;
  stage: LeadStage;
  intendedInvestment: number | null;
  teamName: string;
  ownerName: string;
  priority: LeadPriority;
  lastActivityAt: Date;
  conflict: boolean;
  stalled: boolean;
  version: number;
  nodeId: string | null;
  chainAction: ChainAction | null;
  /** Logged meetings: the 考察互访 gate. */
  meetings: number;
}

const cardColumns = {
  id: leads.id,
  projectName: leads.projectName,
  enterpriseName: enterprises.name,
  stage: leads.stage,
  intendedInvestment: leads.intendedInvestment,
  teamName: teams.name,
  ownerName: users.displayName,
  priority: leads.priority,
  lastActivityAt: leads.lastActivityAt,
  conflict: leads.conflict,
  version: leads.version,
  nodeId: leads.nodeId,
  chainAction: leads.chainAction,
  // One index probe per shown card (meetings_lead_idx), never a scan.
  meetings: sql<number>`(select count(*)::int from ${meetings} where ${meetings.leadId} = ${leads.id} and ${meetings.deletedAt} is null)`,
};

/** The filter conditions shared by the board and the table (scope comes separately, in the same statement). */
function filterConditions(filter: LeadFilter): SQL | undefined {
  const facets = leadFacets({ ...filter, chainAction: filter.action, sourceMethod: filter.method });
  const grams = filter.q ? queryGrams(filter.q) : [];
  return and(
    facets.length ? sql`${leads.facets} @> ${sql.param(facets)}::text[]` : undefined,
    filter.minAmount !== undefined ? sql`${leads.intendedInvestment} >= ${filter.minAmount}` : undefined,
    filter.maxAmount !== undefined ? sql`${leads.intendedInvestment} <= ${filter.maxAmount}` : undefined,
    filter.idleDays ? sql`${leads.lastActivityAt} < now() - make_interval(days => ${filter.idleDays})` : undefined,
    filter.stalled
      ? sql`${leads.stage} in ('lead', 'contacted', 'site_visit', 'negotiating') and ${leads.lastActivityAt} < now() - make_interval(days => ${STALLED_AFTER_DAYS})`
      : undefined,
    filter.conflict ? eq(leads.conflict, true) : undefined,
    // Project or enterprise name: 2+ characters, through the enterprises' gram index.
    grams.length
      ? sql`(${leads.enterpriseId} = any(array(select ${enterprises.id} from ${enterprises} where ${enterprises.nameGrams} @> ${sql.param(grams)}::text[] and ${enterprises.nameSearch} like ${`%${escapeLike(searchForm(filter.q!))}%`} and ${enterprises.deletedAt} is null limit 1000)) or ${leads.projectName} like ${`%${escapeLike(filter.q!)}%`})`
      : undefined,
  );
}

const withStalled = <T extends { stage: LeadStage; lastActivityAt: Date }>(row: T) => ({ ...row, stalled: isStalled(row.stage, row.lastActivityAt) });

export interface BoardColumn {
  stage: LeadStage;
  count: number;
  /** 万元 */
  amount: number;
  cards: LeadCard[];
}

/**
 * The kanban: per stage the count and intended investment of every matching lead (one grouped query) and
 * the most recently active cards (one LATERAL index scan per stage). Officers see their team's leads only.
 */
export async function listLeadBoard(viewer: Viewer, filter: LeadFilter): Promise<BoardColumn[]> {
  assertCan(viewer, 'leads.read');
  const db = await getDb();
  const where = and(isNull(leads.deletedAt), leadScope(viewer), filterConditions(filter));
  const [totals, cards] = await Promise.all([
    db
      .select({ stage: leads.stage, count: sql<number>`count(*)::int`, amount: sql<number>`coalesce(sum(${leads.intendedInvestment}), 0)::float8` })
      .from(leads)
      .where(where)
      .groupBy(leads.stage),
    // Stages travel as text[]: PGlite serialises arrays of an enum created by a migration wrongly.
    db.execute<{ id: string }>(sql`
      select c.id from unnest(${sql.param([...BOARD_STAGES])}::text[]) as s(stage)
      cross join lateral (
        select ${leads.id} as id from ${leads}
        where ${leads.stage} = s.stage::lead_stage and ${where}
        -- nulls last, as leads_team_stage_idx is ordered: the scan stops after the column's 30 cards.
        order by ${leads.lastActivityAt} desc nulls last
        limit ${BOARD_CARDS_PER_STAGE}
      ) c`),
  ]);
  const ids = cards.rows.map((r) => r.id);
  const rows = ids.length
    ? await db
        .select(cardColumns)
        .from(leads)
        .innerJoin(enterprises, eq(enterprises.id, leads.enterpriseId))
        .innerJoin(teams, eq(teams.id, leads.teamId))
        .innerJoin(users, eq(users.id, leads.ownerId))
        .where(inArray(leads.id, ids))
        .orderBy(sql`${leads.lastActivityAt} desc`)
    : [];
  return BOARD_STAGES.map((stage) => {
    const total = totals.find((t) => t.stage === stage);
    return { stage, count: total?.count ?? 0, amount: Number(total?.amount ?? 0), cards: rows.filter((r) => r.stage === stage).map(withStalled) };
  });
}

type SortSpec = { order: SQL[]; key: (r: { id: string; activityKey: string; createdKey: string; intendedInvestment: number | null }) => unknown[]; after: (c: unknown[]) => SQL };

const SORTS: Record<NonNullable<LeadFilter['sort']>, SortSpec> = {
  activity: {
    order: [sql`${leads.lastActivityAt} desc nulls last`, sql`${leads.id} desc nulls last`],
    key: (r) => [r.activityKey, r.id],
    after: ([at, id]) => sql`(${leads.lastActivityAt}, ${leads.id}) < (${at as string}::timestamptz, ${id as string}::uuid)`,
  },
  created: {
    order: [sql`${leads.createdAt} desc nulls last`, sql`${leads.id} desc nulls last`],
    key: (r) => [r.createdKey, r.id],
    after: ([at, id]) => sql`(${leads.createdAt}, ${leads.id}) < (${at as string}::timestamptz, ${id as string}::uuid)`,
  },
  investment: {
    order: [sql`${leads.intendedInvestment} desc nulls last`, sql`${leads.id} desc nulls last`],
    key: (r) => [r.intendedInvestment, r.id],
    after: ([amount, id]) =>
      amount === null
        ? sql`(${leads.intendedInvestment} is null and ${leads.id} < ${id as string}::uuid)`
        : sql`(${leads.intendedInvestment} < ${amount as number} or (${leads.intendedInvestment} = ${amount as number} and ${leads.id} < ${id as string}::uuid) or ${leads.intendedInvestment} is null)`,
  },
};

export interface LeadList {
  rows: (LeadCard & { createdAt: Date })[];
  next: string | null;
  total: number;
  totalCapped: boolean;
}

/** One page of the lead table, keyset-paged in the chosen order. Officers see their team's leads only. */
export async function listLeads(viewer: Viewer, filter: LeadFilter): Promise<LeadList> {
  assertCan(viewer, 'leads.read');
  const db = await getDb();
  const where = and(isNull(leads.deletedAt), leadScope(viewer), filterConditions(filter));
  const sort = SORTS[filter.sort ?? 'activity'];
  const cursor = decodeCursor(filter.after, 2);
  const [rows, [{ n }]] = await Promise.all([
    db
      .select({ ...cardColumns, createdAt: leads.createdAt, activityKey: timestampKey(leads.lastActivityAt), createdKey: timestampKey(leads.createdAt) })
      .from(leads)
      .innerJoin(enterprises, eq(enterprises.id, leads.enterpriseId))
      .innerJoin(teams, eq(teams.id, leads.teamId))
      .innerJoin(users, eq(users.id, leads.ownerId))
      .where(and(where, cursor ? sort.after(cursor) : undefined))
      .orderBy(...sort.order)
      .limit(LEADS_PAGE_SIZE + 1),
    db.execute<{ n: number }>(sql`select count(*)::int as n from (select 1 from ${leads} where ${where ?? sql`true`} limit ${COUNT_CAP + 1}) capped`).then((r) => r.rows),
  ]);
  const page = rows.slice(0, LEADS_PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    rows: page.map(({ activityKey: _a, createdKey: _c, ...row }) => withStalled(row)),
    next: rows.length > LEADS_PAGE_SIZE && last ? encodeCursor(sort.key(last)) : null,
    total: Math.min(n, COUNT_CAP),
    totalCapped: n > COUNT_CAP,
  };
}

export interface LeadDetail extends LeadCard {
  content: string;
  enterpriseId: string;
  chainId: string | null;
  chainName: string | null;
  nodeName: string | null;
  landArea: number | null;
  expectedJobs: number | null;
  sourceMethod: SourceMethod | null;
  sourceDetail: string;
  expectedSigningMonth: string | null;
  teamId: string;
  ownerId: string;
  stageReason: string;
  stageChangedAt: Date;
  conflictNote: string;
  createdAt: Date;
  /** Fields still missing to enter each pipeline stage (shown before the user tries). */
  gates: Partial<Record<LeadStage, GateField[]>>;
  canEdit: boolean;
  canAssign: boolean;
}

/** One lead for its page. Out of the viewer's scope it is "not found". */
export async function getLeadOrThrow(viewer: Viewer, id: string): Promise<LeadDetail> {
  assertCan(viewer, 'leads.read');
  assertId(id);
  const db = await getDb();
  const [row] = await db
    .select({
      ...cardColumns,
      content: leads.content,
      enterpriseId: leads.enterpriseId,
      chainId: leads.chainId,
      chainName: chains.name,
      nodeName: chainNodes.name,
      landArea: leads.landArea,
      expectedJobs: leads.expectedJobs,
      sourceMethod: leads.sourceMethod,
      sourceDetail: leads.sourceDetail,
      expectedSigningMonth: leads.expectedSigningMonth,
      teamId: leads.teamId,
      ownerId: leads.ownerId,
      stageReason: leads.stageReason,
      stageChangedAt: leads.stageChangedAt,
      conflictNote: leads.conflictNote,
      createdAt: leads.createdAt,
    })
    .from(leads)
    .innerJoin(enterprises, eq(enterprises.id, leads.enterpriseId))
    .innerJoin(teams, eq(teams.id, leads.teamId))
    .innerJoin(users, eq(users.id, leads.ownerId))
    .leftJoin(chains, eq(chains.id, leads.chainId))
    .leftJoin(chainNodes, eq(chainNodes.id, leads.nodeId))
    .where(and(eq(leads.id, id), isNull(leads.deletedAt), leadScope(viewer)));
  if (!row) throw new DomainError('notFound');
  const gate = row;
  const gates = Object.fromEntries(PIPELINE.map((stage) => [stage, missingForStage(gate, stage)]));
  const canEdit = viewer.role === 'admin' || (viewer.role === 'officer' && viewer.teamId === row.teamId);
  return { ...withStalled(row), gates, canEdit, canAssign: canEdit || viewer.role === 'leader' };
}

export interface LeadEventRow {
  id: number;
  at: Date;
  kind: string;
  actorName: string | null;
  fromStage: LeadStage | null;
  toStage: LeadStage | null;
  reason: string;
  data: Record<string, unknown>;
}

/** The lead's history, newest first (stage changes, assignments, conflicts). */
export async function listLeadEvents(viewer: Viewer, leadId: string): Promise<LeadEventRow[]> {
  await getLeadOrThrow(viewer, leadId);
  const db = await getDb();
  return db
    .select({ id: leadEvents.id, at: leadEvents.at, kind: leadEvents.kind, actorName: users.displayName, fromStage: leadEvents.fromStage, toStage: leadEvents.toStage, reason: leadEvents.reason, data: leadEvents.data })
    .from(leadEvents)
    .leftJoin(users, eq(users.id, leadEvents.actorId))
    .where(eq(leadEvents.leadId, leadId))
    .orderBy(sql`${leadEvents.at} desc`, sql`${leadEvents.id} desc`)
    .limit(200);
}

export interface Follower {
  leadId: string | null;
  projectName: string | null;
  stage: LeadStage | null;
  teamName: string;
  ownerName: string;
}

/**
 * Who is working an enterprise: active leads on it. The viewer's own scope gets the lead; another team
 * sees only "followed by team X (owner)", which is what the 撞单 guard needs and no more.
 */
export async function listEnterpriseFollowers(viewer: Viewer, enterpriseId: string): Promise<Follower[]> {
  assertCan(viewer, 'leads.read');
  assertId(enterpriseId);
  const db = await getDb();
  const scope = leadScope(viewer);
  const rows = await db
    .select({
      leadId: leads.id,
      projectName: leads.projectName,
      stage: leads.stage,
      teamName: teams.name,
      ownerName: users.displayName,
      visible: scope ? sql<boolean>`coalesce(${scope}, false)` : sql<boolean>`true`,
    })
    .from(leads)
    .innerJoin(teams, eq(teams.id, leads.teamId))
    .innerJoin(users, eq(users.id, leads.ownerId))
    .where(and(eq(leads.enterpriseId, enterpriseId), isNull(leads.deletedAt), sql`${leads.stage} in ${ACTIVE_STAGES_SQL}`))
    .orderBy(asc(teams.name));
  return rows.map(({ visible, ...r }) => (visible ? r : { leadId: null, projectName: null, stage: null, teamName: r.teamName, ownerName: r.ownerName }));
}

/** Other teams' active leads on the enterprise: the 撞单 warning shown before a new lead is saved. */
export async function findLeadConflicts(viewer: Viewer, enterpriseId: string, teamId: string | null): Promise<{ teamName: string; ownerName: string }[]> {
  const followers = await listEnterpriseFollowers(viewer, enterpriseId);
  const ownTeam = teamId ?? viewer.teamId;
  const db = await getDb();
  const [team] = ownTeam ? await db.select({ name: teams.name }).from(teams).where(eq(teams.id, ownTeam)) : [];
  return followers.filter((f) => f.teamName !== team?.name).map(({ teamName, ownerName }) => ({ teamName, ownerName }));
}

function addEvent(tx: Tx, viewer: Viewer, leadId: string, event: Omit<typeof leadEvents.$inferInsert, 'leadId' | 'actorId'>) {
  return tx.insert(leadEvents).values({ ...event, leadId, actorId: viewer.id });
}

/** Checks that the owner is an active officer of the team (or the team's leader-side roles). */
async function assertOwnerFits(tx: Tx, teamId: string, ownerId: string): Promise<void> {
  const [owner] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, ownerId), isNull(users.disabledAt), sql`(${users.teamId} = ${teamId} or ${users.role} in ('leader', 'admin'))`));
  if (!owner) throw new DomainError('ownerNotInTeam', 'ownerId');
}

/**
 * Creates a lead for an existing enterprise or one created inline. Officers create for their own team
 * (owner: themselves or a colleague); leaders and admins choose team and owner. When another team already
 * works the enterprise, saving needs `acknowledgeConflict` and then marks every lead involved as 撞单.
 */
export async function insertLead(viewer: Viewer, input: LeadCreateInput): Promise<{ id: string; conflict: boolean }> {
  assertCan(viewer, 'leads.write');
  const db = await getDb();
  const teamId = viewer.role === 'officer' ? viewer.teamId : input.teamId;
  if (!teamId) throw new DomainError('teamRequired', 'teamId');
  const ownerId = input.ownerId ?? viewer.id;
  return db.transaction(async (tx) => {
    await assertOwnerFits(tx, teamId, ownerId);
    const enterpriseId = input.enterpriseId ?? (await createInlineEnterprise(tx, viewer, input, teamId));
    const [enterprise] = await tx
      .select({ chainId: enterprises.chainId, nodeId: enterprises.nodeId, chainAction: enterprises.chainAction })
      .from(enterprises)
      .where(and(eq(enterprises.id, enterpriseId), isNull(enterprises.deletedAt)));
    if (!enterprise) throw new DomainError('notFound', 'enterpriseId');
    const placement = await resolveNode(tx, input.nodeId ?? enterprise.nodeId, enterprise.chainId);

    // Lock the other teams' active leads on this enterprise so two teams saving at once both see each other.
    const others = await tx
      .select({ id: leads.id })
      .from(leads)
      .where(and(eq(leads.enterpriseId, enterpriseId), ne(leads.teamId, teamId), isNull(leads.deletedAt), sql`${leads.stage} in ${ACTIVE_STAGES_SQL}`))
      .for('update');
    if (others.length > 0 && !input.acknowledgeConflict) throw new DomainError('leadConflict', 'enterpriseId');

    const fields = {
      projectName: input.projectName,
      content: input.content,
      enterpriseId,
      ...placement,
      chainAction: input.chainAction ?? enterprise.chainAction,
      intendedInvestment: input.intendedInvestment,
      landArea: input.landArea,
      expectedJobs: input.expectedJobs,
      sourceMethod: input.sourceMethod,
      sourceDetail: input.sourceDetail,
      priority: input.priority,
      expectedSigningMonth: input.expectedSigningMonth,
      teamId,
      ownerId,
      stage: 'lead' as const,
      conflict: others.length > 0,
    };
    const [lead] = await tx.insert(leads).values({ ...fields, facets: leadFacets(fields), createdBy: viewer.id }).returning({ id: leads.id });
    await addEvent(tx, viewer, lead.id, { kind: 'created', toStage: 'lead' });
    await writeAudit(tx, viewer, { action: 'create', entityType: 'lead', entityId: lead.id, changes: fields });
    if (others.length > 0) {
      const otherIds = others.map((o) => o.id);
      await tx.update(leads).set({ conflict: true, updatedAt: sql`now()` }).where(inArray(leads.id, otherIds));
      const owners = await tx.select({ ownerId: leads.ownerId, id: leads.id }).from(leads).where(inArray(leads.id, otherIds));
      for (const o of owners) await notify(tx, [o.ownerId], 'leadConflict', { project: input.projectName }, `/leads/${o.id}`);
      for (const id of [lead.id, ...otherIds]) await addEvent(tx, viewer, id, { kind: 'conflict', data: { enterpriseId, leads: [lead.id, ...otherIds] } });
    }
    return { id: lead.id, conflict: others.length > 0 };
  });
}

async function createInlineEnterprise(tx: Tx, viewer: Viewer, input: LeadCreateInput, teamId: string): Promise<string> {
  const e = {
    name: input.newEnterpriseName,
    uscc: input.newEnterpriseUscc,
    province: '',
    city: '',
    chainId: null,
    nodeId: null,
    chainAction: input.chainAction,
    tags: [],
    teamId,
  };
  const [row] = await tx
    .insert(enterprises)
    .values({ ...e, ...derivedColumns(e), createdBy: viewer.id })
    .onConflictDoNothing({ target: enterprises.uscc, where: sql`deleted_at is null` })
    .returning({ id: enterprises.id });
  if (!row) throw new DomainError('usccTaken', 'newEnterpriseUscc');
  await writeAudit(tx, viewer, { action: 'create', entityType: 'enterprise', entityId: row.id, changes: { ...e, via: 'lead' } });
  return row.id;
}

/** A node implies its chain; without one the lead keeps the enterprise's chain. */
async function resolveNode(tx: Tx, nodeId: string | null, fallbackChainId: string | null): Promise<{ chainId: string | null; nodeId: string | null }> {
  if (!nodeId) return { chainId: fallbackChainId, nodeId: null };
  const [node] = await tx.select({ chainId: chainNodes.chainId }).from(chainNodes).where(and(eq(chainNodes.id, nodeId), isNull(chainNodes.deletedAt)));
  if (!node) throw new DomainError('invalidChoice', 'nodeId');
  return { chainId: node.chainId, nodeId };
}

/** Locks a lead the viewer may change (scope in the same statement) at the version their page loaded. */
async function lockLead(tx: Tx, viewer: Viewer, id: string, version: number): Promise<Lead> {
  assertId(id);
  const writable = viewer.role === 'leader' ? undefined : leadScope(viewer);
  const [row] = await tx
    .select()
    .from(leads)
    .where(and(eq(leads.id, id), isNull(leads.deletedAt), writable))
    .for('update');
  if (!row) throw new DomainError('notFound');
  if (row.version !== version) throw new DomainError('conflict');
  return row;
}

/** Saves an edit of the lead's fields; a stale version is refused ("changed by someone else"). */
export async function updateLead(viewer: Viewer, input: LeadUpdateInput): Promise<{ id: string }> {
  assertCan(viewer, 'leads.write');
  const db = await getDb();
  const { id, version, ...patch } = input;
  return db.transaction(async (tx) => {
    const before = await lockLead(tx, viewer, id, version);
    const placement = await resolveNode(tx, patch.nodeId, before.chainId);
    const after = { ...before, ...patch, ...placement };
    // Only a stage move may leave a stage's gate unmet, never an edit: 深度洽谈 keeps its required fields.
    const stillMissing = PIPELINE.includes(before.stage) ? missingForStage({ ...after, meetings: await countLeadMeetings(tx, id) }, before.stage) : [];
    if (stillMissing.length > 0) throw new DomainError('gateFieldsRequired', stillMissing[0]);
    await tx
      .update(leads)
      .set({ ...patch, ...placement, facets: leadFacets(after), version: version + 1, updatedAt: sql`now()`, lastActivityAt: sql`now()` })
      .where(eq(leads.id, id));
    await addEvent(tx, viewer, id, { kind: 'updated', data: { fields: Object.keys(diff(before, { ...patch, ...placement })) } });
    await writeAudit(tx, viewer, { action: 'update', entityType: 'lead', entityId: id, changes: diff(before, { ...patch, ...placement }) });
    return { id };
  });
}

const STAGE_PROBLEMS = { sameStage: 'sameStage', signedIsFinal: 'signedIsFinal', signViaProject: 'signViaProject', reasonRequired: 'required', gate: 'gateFieldsRequired' } as const;

/** Moves a lead to another stage; gates, reasons and the stage history are enforced here, not in the UI. */
export async function moveLeadStage(viewer: Viewer, id: string, version: number, to: LeadStage, reason: string): Promise<{ id: string }> {
  assertCan(viewer, 'leads.write');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await lockLead(tx, viewer, id, version);
    const problem = checkStageMove(before.stage, to, { reason, gate: { ...before, meetings: await countLeadMeetings(tx, id) } });
    if (problem) throw new DomainError(STAGE_PROBLEMS[problem], problem === 'reasonRequired' ? 'reason' : undefined);
    await tx
      .update(leads)
      .set({ stage: to, stageReason: reason, stageChangedAt: sql`now()`, lastActivityAt: sql`now()`, facets: leadFacets({ ...before, stage: to }), version: version + 1, updatedAt: sql`now()` })
      .where(eq(leads.id, id));
    await addEvent(tx, viewer, id, { kind: 'stage', fromStage: before.stage, toStage: to, reason });
    await writeAudit(tx, viewer, { action: 'stage', entityType: 'lead', entityId: id, changes: { stage: [before.stage, to], reason } });
    return { id };
  });
}

/**
 * Reassigns owner and team. Leaders and admins may move a lead to any team; an officer only within their
 * own team. The change goes into the lead's history.
 */
export async function assignLead(viewer: Viewer, id: string, version: number, teamId: string, ownerId: string): Promise<{ id: string }> {
  assertCan(viewer, 'leads.assign');
  if (viewer.role === 'officer' && teamId !== viewer.teamId) throw new DomainError('forbidden');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await lockLead(tx, viewer, id, version);
    await assertOwnerFits(tx, teamId, ownerId);
    await tx
      .update(leads)
      .set({ teamId, ownerId, facets: leadFacets({ ...before, teamId, ownerId }), lastActivityAt: sql`now()`, version: version + 1, updatedAt: sql`now()` })
      .where(eq(leads.id, id));
    const change = { teamId: [before.teamId, teamId], ownerId: [before.ownerId, ownerId] };
    // Names are kept with the event: a later reader may not be allowed to look up another team's people.
    const names = await tx.execute<{ from_team: string; to_team: string; from_owner: string; to_owner: string }>(sql`
      select (select name from ${teams} where id = ${before.teamId}) as from_team, (select name from ${teams} where id = ${teamId}) as to_team,
             (select display_name from ${users} where id = ${before.ownerId}) as from_owner, (select display_name from ${users} where id = ${ownerId}) as to_owner`);
    const n = names.rows[0];
    await addEvent(tx, viewer, id, { kind: 'assigned', data: { ...change, teamName: [n.from_team, n.to_team], ownerName: [n.from_owner, n.to_owner] } });
    if (ownerId !== viewer.id && ownerId !== before.ownerId) await notify(tx, [ownerId], 'leadAssigned', { project: before.projectName }, `/leads/${id}`);
    await writeAudit(tx, viewer, { action: 'assign', entityType: 'lead', entityId: id, changes: change });
    return { id };
  });
}

/**
 * People a lead can be given to: active officers with their team (an officer picks within their own team),
 * plus leaders and admins. For the create, assign and intake forms.
 */
export async function listAssignableUsers(viewer: Viewer): Promise<{ id: string; name: string; teamId: string | null; role: string }[]> {
  assertCan(viewer, 'leads.assign', 'intake.decide');
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.displayName, teamId: users.teamId, role: users.role })
    .from(users)
    .where(
      and(
        isNull(users.disabledAt),
        viewer.role === 'officer' && viewer.teamId ? eq(users.teamId, viewer.teamId) : sql`${users.role} in ('officer', 'leader', 'admin')`,
      ),
    )
    .orderBy(asc(users.displayName));
}
