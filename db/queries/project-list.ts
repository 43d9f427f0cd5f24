import 'server-only';
import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db';
import { chainNodes, chains, enterprises, projectMilestones, projects, teams, users, PROJECT_STATUSES, type ChainAction, type MilestoneKind, type ProjectStatus } from '@/db/schema';
import { projectScope } from '@/db/scope';
import type { ProjectFilter } from '@/lib/validation/projects';
import { decodeCursor, encodeCursor } from './cursor';
import { assertCan, type Viewer } from './viewer';

export const PROJECTS_PAGE_SIZE = 50;
export const BOARD_CARDS_PER_STATUS = 30;

/** Facets (GIN) plus the signing-month range (checked on the rows the facets leave). */
function filterConditions(f: ProjectFilter): SQL | undefined {
  const facets = [
    f.year && `y:${f.year}`,
    f.chainId && `c:${f.chainId}`,
    f.nodeId && `n:${f.nodeId}`,
    f.action && `a:${f.action}`,
    f.teamId && `t:${f.teamId}`,
    f.ownerId && `o:${f.ownerId}`,
    f.major && `m:${f.major}`,
    f.status && `s:${f.status}`,
    f.occasion && `oc:${f.occasion}`,
  ].filter((v): v is string => Boolean(v));
  return and(
    facets.length ? sql`${projects.facets} @> ${sql.param(facets)}::text[]` : undefined,
    f.fromMonth ? sql`${projects.signedOn} >= ${`${f.fromMonth}-01`}::date` : undefined,
    f.toMonth ? sql`${projects.signedOn} < (${`${f.toMonth}-01`}::date + interval '1 month')` : undefined,
  );
}

function whereFor(viewer: Viewer, filter: ProjectFilter): SQL {
  return and(isNull(projects.deletedAt), projectScope(viewer), filterConditions(filter))!;
}

export interface ProjectCard {
  id: string;
  name: string;
  enterpriseName: string;
  contractedInvestment: number;
  fundsInPlace: number;
  major: boolean;
  status: ProjectStatus;
  signedOn: string;
  occasion: string;
  chainName: string | null;
  teamName: string;
  ownerName: string;
  nextDueOn: string | null;
  nextKind: MilestoneKind | null;
}

const cardColumns = {
  id: projects.id,
  name: projects.name,
  enterpriseName: enterprises.name,
  contractedInvestment: projects.contractedInvestment,
  fundsInPlace: projects.fundsInPlace,
  major: projects.major,
  status: projects.status,
  signedOn: projects.signedOn,
  occasion: projects.occasion,
  chainName: chains.name,
  teamName: teams.name,
  ownerName: users.displayName,
  nextDueOn: projects.nextDueOn,
  // One probe of project_milestones_kind_idx per shown card.
  nextKind: sql<MilestoneKind | null>`(select ${projectMilestones.kind} from ${projectMilestones} where ${projectMilestones.projectId} = ${projects.id} and ${projectMilestones.actualOn} is null and ${projectMilestones.plannedOn} is not null order by ${projectMilestones.plannedOn}, ${projectMilestones.kind} limit 1)`,
};

async function cardsByIds(ids: string[]): Promise<ProjectCard[]> {
  if (!ids.length) return [];
  const db = await getDb();
  return db
    .select(cardColumns)
    .from(projects)
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .innerJoin(teams, eq(teams.id, projects.teamId))
    .innerJoin(users, eq(users.id, projects.ownerId))
    .leftJoin(chains, eq(chains.id, projects.chainId))
    .where(inArray(projects.id, ids));
}

export interface ProjectTotals {
  count: number;
  /** 万元 */
  contracted: number;
  fundsInPlace: number;
}

export interface ProjectBoardColumn extends ProjectTotals {
  status: ProjectStatus;
  cards: ProjectCard[];
}

/**
 * 挂图作战: per status the totals of every matching project (one grouped query) and the most urgent cards
 * (earliest next planned milestone first; one LATERAL index scan per column).
 */
export async function listProjectBoard(viewer: Viewer, filter: ProjectFilter): Promise<ProjectBoardColumn[]> {
  assertCan(viewer, 'projects.read');
  const db = await getDb();
  const where = whereFor(viewer, filter);
  const [totals, picked] = await Promise.all([
    db
      .select({ status: projects.status, count: sql<number>`count(*)::int`, contracted: sql<number>`coalesce(sum(${projects.contractedInvestment}), 0)::float8`, fundsInPlace: sql<number>`coalesce(sum(${projects.fundsInPlace}), 0)::float8` })
      .from(projects)
      .where(where)
      .groupBy(projects.status),
    db.execute<{ id: string }>(sql`
      select c.id from unnest(${sql.param([...PROJECT_STATUSES])}::text[]) as s(status)
      cross join lateral (
        select ${projects.id} as id from ${projects}
        where ${projects.status} = s.status::project_status and ${where}
        order by ${projects.nextDueOn} asc nulls last, ${projects.id}
        limit ${BOARD_CARDS_PER_STATUS}
      ) c`),
  ]);
  const cards = await cardsByIds(picked.rows.map((r) => r.id));
  const urgency = (c: ProjectCard) => c.nextDueOn ?? '9999-12-31';
  cards.sort((a, b) => urgency(a).localeCompare(urgency(b)) || a.id.localeCompare(b.id));
  return PROJECT_STATUSES.map((status) => {
    const t = totals.find((row) => row.status === status);
    return { status, count: t?.count ?? 0, contracted: t?.contracted ?? 0, fundsInPlace: t?.fundsInPlace ?? 0, cards: cards.filter((c) => c.status === status) };
  });
}

/**
 * Count, contracted and funds in place of every project the filters match: the table's and the export's totals.
 * `asOf` is the database's clock at the count, so an export can leave out projects signed while it streams.
 */
export async function projectTotals(viewer: Viewer, filter: ProjectFilter): Promise<ProjectTotals & { asOf: string }> {
  assertCan(viewer, 'projects.read');
  const db = await getDb();
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      contracted: sql<number>`coalesce(sum(${projects.contractedInvestment}), 0)::float8`,
      fundsInPlace: sql<number>`coalesce(sum(${projects.fundsInPlace}), 0)::float8`,
      asOf: sql<string>`now()::text`,
    })
    .from(projects)
    .where(whereFor(viewer, filter));
  return row;
}

type Sort = NonNullable<ProjectFilter['sort']>;
const SORTS: Record<Sort, { order: SQL[]; key: (r: ProjectCard) => unknown[]; after: (c: unknown[]) => SQL }> = {
  signed: {
    order: [sql`${projects.signedOn} desc nulls last`, sql`${projects.id} desc nulls last`],
    key: (r) => [r.signedOn, r.id],
    after: ([on, id]) => sql`(${projects.signedOn}, ${projects.id}) < (${on as string}::date, ${id as string}::uuid)`,
  },
  amount: {
    order: [sql`${projects.contractedInvestment} desc nulls last`, sql`${projects.id} desc nulls last`],
    key: (r) => [r.contractedInvestment, r.id],
    after: ([amount, id]) => sql`(${projects.contractedInvestment}, ${projects.id}) < (${amount as number}::numeric, ${id as string}::uuid)`,
  },
};

/** One page of the project table, keyset-paged, with the totals of everything the filters match. */
export async function listProjects(viewer: Viewer, filter: ProjectFilter): Promise<{ rows: ProjectCard[]; next: string | null; totals: ProjectTotals }> {
  assertCan(viewer, 'projects.read');
  const db = await getDb();
  const sort = SORTS[filter.sort ?? 'signed'];
  const cursor = decodeCursor(filter.after, 2);
  const [rows, totals] = await Promise.all([
    db
      .select(cardColumns)
      .from(projects)
      .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
      .innerJoin(teams, eq(teams.id, projects.teamId))
      .innerJoin(users, eq(users.id, projects.ownerId))
      .leftJoin(chains, eq(chains.id, projects.chainId))
      .where(and(whereFor(viewer, filter), cursor ? sort.after(cursor) : undefined))
      .orderBy(...sort.order)
      .limit(PROJECTS_PAGE_SIZE + 1),
    projectTotals(viewer, filter),
  ]);
  const page = rows.slice(0, PROJECTS_PAGE_SIZE);
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > PROJECTS_PAGE_SIZE && last ? encodeCursor(sort.key(last)) : null, totals };
}

export interface ProjectExportRow {
  id: string;
  name: string;
  enterpriseName: string;
  uscc: string | null;
  chainName: string | null;
  nodeName: string | null;
  chainAction: ChainAction | null;
  signedOn: string;
  occasion: string;
  contractedInvestment: number;
  fixedAssetInvestment: number | null;
  major: boolean;
  fundsInPlace: number;
  plannedStartOn: string | null;
  actualStartOn: string | null;
  plannedProductionOn: string | null;
  actualProductionOn: string | null;
  teamName: string;
  ownerName: string;
}

const EXPORT_BATCH = 2000;
const start = alias(projectMilestones, 'start');
const production = alias(projectMilestones, 'production');

/**
 * Every project the filters match and `projectTotals` counted at `asOf`, newest signing first, in keyset
 * batches: memory stays constant however many rows the export holds, on pg and on PGlite alike.
 */
export async function* iterateProjectExport(viewer: Viewer, filter: ProjectFilter, asOf: string): AsyncGenerator<ProjectExportRow[]> {
  assertCan(viewer, 'projects.export');
  const db = await getDb();
  // Only what the title's count counted: a project signed mid-export waits for the next one.
  const where = and(whereFor(viewer, filter), sql`${projects.createdAt} <= ${asOf}::timestamptz`);
  let after: unknown[] | null = null;
  for (;;) {
    const batch: ProjectExportRow[] = await db
      .select({
        id: projects.id,
        name: projects.name,
        enterpriseName: enterprises.name,
        uscc: enterprises.uscc,
        chainName: chains.name,
        nodeName: chainNodes.name,
        chainAction: projects.chainAction,
        signedOn: projects.signedOn,
        occasion: projects.occasion,
        contractedInvestment: projects.contractedInvestment,
        fixedAssetInvestment: projects.fixedAssetInvestment,
        major: projects.major,
        fundsInPlace: projects.fundsInPlace,
        plannedStartOn: start.plannedOn,
        actualStartOn: start.actualOn,
        plannedProductionOn: production.plannedOn,
        actualProductionOn: production.actualOn,
        teamName: teams.name,
        ownerName: users.displayName,
      })
      .from(projects)
      .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
      .innerJoin(teams, eq(teams.id, projects.teamId))
      .innerJoin(users, eq(users.id, projects.ownerId))
      .leftJoin(chains, eq(chains.id, projects.chainId))
      .leftJoin(chainNodes, eq(chainNodes.id, projects.nodeId))
      .leftJoin(start, and(eq(start.projectId, projects.id), eq(start.kind, 'construction')))
      .leftJoin(production, and(eq(production.projectId, projects.id), eq(production.kind, 'production')))
      .where(and(where, after ? SORTS.signed.after(after) : undefined))
      .orderBy(...SORTS.signed.order)
      .limit(EXPORT_BATCH);
    if (batch.length) yield batch;
    if (batch.length < EXPORT_BATCH) return;
    const last = batch[batch.length - 1];
    after = [last.signedOn, last.id];
  }
}

/** The occasions used so far, for the filter's choices. */
export async function listOccasions(viewer: Viewer): Promise<string[]> {
  assertCan(viewer, 'projects.read');
  const db = await getDb();
  const rows = await db
    .selectDistinct({ occasion: projects.occasion })
    .from(projects)
    .where(and(isNull(projects.deletedAt), sql`${projects.occasion} <> ''`))
    .orderBy(projects.occasion)
    .limit(200);
  return rows.map((r) => r.occasion);
}
