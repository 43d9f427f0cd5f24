import 'server-only';
import { and, desc, eq, inArray, isNull, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { chainNodes, chains, enterprises, followUps, funnelCohorts, leadCounts, leads, meetings, monthlyFigures, projectFunds, projectMilestones, projects, teams, type LeadStage, type MilestoneKind } from '@/db/schema';
import { ACTIVE_STAGES_SQL } from '@/db/lead-derived';
import { leadScope, projectScope, teamRecordScope, teamScope } from '@/db/scope';
import { PIPELINE, STALLED_AFTER_DAYS } from '@/lib/lead-stages';
import { zoneToday } from '@/lib/project-status';
import type { LeagueSort } from '@/lib/validation/dashboard';
import { selectFollowUps } from './follow-ups';
import { listTargets, type TargetValues } from './targets';
import { assertCan, type Viewer } from './viewer';

/** What every dashboard section is cut by. Officers are always held to their own team, whatever teamId says. */
export interface DashboardFilter {
  year: number;
  teamId?: string;
  chainId?: string;
}

/** `now` pins "today" (Asia/Shanghai) for tests; pages leave it out. */
export interface DashboardOpts {
  now?: Date;
}

export type KpiMeasure = 'majorStarts' | 'fundsInPlace' | 'signings' | 'signingAmount' | 'newLeads' | 'springStarts';
export type KpiFigures = Record<KpiMeasure, number>;

export interface Kpis {
  year: number;
  figures: KpiFigures;
  /** The zone's targets, or the team's when a team is filtered (officers: their team's). */
  targets: TargetValues;
  /** Share of the year gone by in Asia/Shanghai, 0–1 (1 for a past year, 0 for a future one). */
  elapsed: number;
}

/** The pipeline in funnel order; 签约 is the last step. */
export const FUNNEL_STAGES = ['lead', 'contacted', 'site_visit', 'negotiating', 'signed'] as const satisfies readonly LeadStage[];
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface FunnelStep {
  stage: FunnelStage;
  /** Leads in this stage now. */
  current: number;
  /** Distinct leads that entered this stage in the year (creation counts as entering 线索). */
  entered: number;
  /** Of those, how many later entered the next stage; null for 签约. */
  advanced: number | null;
  /** advanced / entered, 0–1; null when nothing entered or for 签约. */
  conversion: number | null;
  /** Median days spent in this stage, over stays that began in the year and have ended; null without any. */
  medianDays: number | null;
}

export interface Funnel {
  steps: FunnelStep[];
  onHold: number;
  dropped: number;
}

export interface BreakdownRow {
  activeLeads: number;
  signings: number;
  signingAmount: number;
  fundsInPlace: number;
}
export type ChainBreakdownRow = { chainId: string; chainName: string } & BreakdownRow;
/** action null: leads and projects with no chain action set. */
export type ActionBreakdownRow = { action: 'supplement' | 'extend' | 'upgrade' | 'build' | null } & BreakdownRow;

export type LeagueRow = { teamId: string; teamName: string; meetings: number; overdueFollowUps: number } & BreakdownRow;

export interface TrendPoint {
  month: number;
  signings: number;
  signingAmount: number;
  fundsInPlace: number;
  lastSignings: number;
  lastSigningAmount: number;
  lastFundsInPlace: number;
}

export interface WatchLists {
  overdueFollowUps: { id: string; title: string; dueDate: string; enterpriseId: string; enterpriseName: string; leadId: string | null; leadName: string | null; teamName: string; ownerName: string }[];
  lateMilestones: { id: string; projectId: string; projectName: string; kind: MilestoneKind; plannedOn: string; teamName: string }[];
  stalledLeads: { id: string; projectName: string; enterpriseName: string; stage: LeadStage; lastActivityAt: Date; teamName: string }[];
  chainGaps: { nodeId: string; nodeName: string; status: 'weak' | 'missing'; chainId: string; chainName: string }[];
  latestSignings: { id: string; name: string; enterpriseName: string; teamName: string; signedOn: string; contractedInvestment: number }[];
}

export interface OfficerFigures {
  newLeads: number;
  meetings: number;
  signings: number;
  signingAmount: number;
  fundsInPlace: number;
}

const LIST_SIZE = 10;

/** Midnight in Asia/Shanghai of a 'YYYY-MM-DD' day, as a timestamptz: timestamps compare against it so the indexes serve. */
const zoneMidnight = (day: string) => sql`(${day}::date::timestamp at time zone 'Asia/Shanghai')`;
const where = (...conditions: (SQL | undefined)[]) => and(...conditions) ?? sql`true`;
const NOTHING = sql`false`;

/** The calendar year as [from, to) dates and timestamps. */
function yearBounds(year: number) {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  return { from, to, fromTs: zoneMidnight(from), toTs: zoneMidnight(to) };
}

/** Officers: their own team, always; others the team they filtered by, if any. Null = a team-less officer (sees nothing). */
function effectiveTeam(viewer: Viewer, filter: DashboardFilter): string | null | undefined {
  return viewer.role === 'officer' ? viewer.teamId : filter.teamId;
}

/** The scope, team and chain conditions of each table, so every section applies the same cut. */
function cuts(viewer: Viewer, filter: DashboardFilter) {
  const team = effectiveTeam(viewer, filter);
  const teamIs = (column: AnyColumn) => (team === null ? NOTHING : team ? sql`${column} = ${team}` : undefined);
  // The chain through the GIN-indexed facets ('c:<id>', kept on every save) so a chain cut reads few rows; the column check makes it exact.
  const chainIs = (table: typeof leads | typeof projects | typeof meetings) =>
    filter.chainId ? sql`${table.facets} @> ${sql.param([`c:${filter.chainId}`])}::text[] and ${table.chainId} = ${filter.chainId}` : undefined;
  return {
    teamIs,
    lead: where(isNull(leads.deletedAt), leadScope(viewer), teamIs(leads.teamId), chainIs(leads)),
    project: where(isNull(projects.deletedAt), projectScope(viewer), teamIs(projects.teamId), chainIs(projects)),
    meeting: where(isNull(meetings.deletedAt), teamRecordScope(viewer, meetings), teamIs(meetings.teamId), chainIs(meetings)),
    // Follow-ups carry no chain: a chain cut keeps those on a lead of that chain.
    followUp: where(
      isNull(followUps.deletedAt),
      teamRecordScope(viewer, followUps),
      teamIs(followUps.teamId),
      filter.chainId ? sql`${followUps.leadId} in (select ${leads.id} from ${leads} where ${leads.chainId} = ${filter.chainId} and ${leads.deletedAt} is null)` : undefined,
    ),
    // Chain gaps belong to the chain's team when a team is chosen.
    chain: where(isNull(chains.deletedAt), teamIs(chains.teamId), filter.chainId ? eq(chains.id, filter.chainId) : undefined),
    team: where(team === null ? NOTHING : team ? eq(teams.id, team) : undefined),
    /** The rollups (db/schema/rollups.ts) carry team and chain as plain columns. */
    rollup: (table: typeof monthlyFigures | typeof funnelCohorts | typeof leadCounts) =>
      where(teamScope(viewer, table.teamId), teamIs(table.teamId), filter.chainId ? eq(table.chainId, filter.chainId) : undefined),
  };
}

/** Days of `year` gone by on `today` (inclusive) as a share of the year. */
export function yearElapsed(year: number, today: string): number {
  const thisYear = Number(today.slice(0, 4));
  if (year < thisYear) return 1;
  if (year > thisYear) return 0;
  const day = (Date.UTC(thisYear, Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10))) - Date.UTC(thisYear, 0, 1)) / 86_400_000 + 1;
  const days = (Date.UTC(thisYear + 1, 0, 1) - Date.UTC(thisYear, 0, 1)) / 86_400_000;
  return day / days;
}

/**
 * The KPI cards: verified 重大项目 construction starts, funds in place, signings (count and 万元), new leads and
 * 春季集中开工 (verified starts from Feb 1 to May 31) in the year, with the year's targets (the zone's, or the
 * filtered team's) and the share of the year elapsed. Officers: their team's figures against their team's targets.
 */
export async function getKpis(viewer: Viewer, filter: DashboardFilter, opts: DashboardOpts = {}): Promise<Kpis> {
  assertCan(viewer, 'reports.view');
  const db = await getDb();
  const c = cuts(viewer, filter);
  const y = yearBounds(filter.year);
  const m = monthlyFigures;
  const [{ rows: [row] }, targetRows] = await Promise.all([
    db.execute<KpiFigures & Record<string, unknown>>(sql`select
      coalesce(sum(${m.constructionStarts}) filter (where ${m.major}), 0)::int as "majorStarts",
      coalesce(sum(${m.constructionStarts}) filter (where ${m.month} >= ${`${filter.year}-02-01`}::date and ${m.month} < ${`${filter.year}-06-01`}::date), 0)::int as "springStarts",
      coalesce(sum(${m.signings}), 0)::int as "signings",
      coalesce(sum(${m.signingAmount}), 0)::float8 as "signingAmount",
      coalesce(sum(${m.fundsInPlace}), 0)::float8 as "fundsInPlace",
      coalesce(sum(${m.newLeads}), 0)::int as "newLeads"
      from ${m} where ${c.rollup(m)} and ${m.month} >= ${y.from}::date and ${m.month} < ${y.to}::date`),
    listTargets(viewer, filter.year),
  ]);
  const team = effectiveTeam(viewer, filter);
  const targets = (team ? targetRows.find((r) => r.teamId === team) : targetRows.find((r) => r.teamId === null))?.values ?? targetRows[0].values;
  return { year: filter.year, figures: { majorStarts: row.majorStarts, springStarts: row.springStarts, signings: row.signings, signingAmount: row.signingAmount, fundsInPlace: row.fundsInPlace, newLeads: row.newLeads }, targets, elapsed: yearElapsed(filter.year, zoneToday(opts.now)) };
}

/**
 * The pipeline funnel: leads in each stage now (on hold and dropped aside), and by cohort — the leads whose first
 * entry into a stage (creation enters 线索) fell in the year — how many entered, how many of them later entered
 * the next stage, and the median whole days their first stay lasted (to the lead's next stage event), over the
 * stays that have ended. Read from the rollups the triggers keep. Officers: their team's leads.
 */
export async function getFunnel(viewer: Viewer, filter: DashboardFilter): Promise<Funnel> {
  assertCan(viewer, 'reports.view');
  const db = await getDb();
  const c = cuts(viewer, filter);
  const f = funnelCohorts;
  const [current, history] = await Promise.all([
    db.select({ stage: leadCounts.stage, n: sql<number>`sum(${leadCounts.leads})::int` }).from(leadCounts).where(c.rollup(leadCounts)).groupBy(leadCounts.stage),
    // The median from the histogram of whole days: the mean of the middle two when the count is even.
    db.execute<{ stage: FunnelStage; entered: number; advanced: number; median_days: number | null }>(sql`
      with cohort as (
        select ${f.stage} as stage, ${f.advanced} as advanced, ${f.days} as days, sum(${f.leads}) as n from ${f}
        where ${c.rollup(f)} and ${f.year} = ${filter.year} group by 1, 2, 3),
      histogram as (
        select stage, days, sum(n) over (partition by stage order by days) as upto, sum(n) over (partition by stage) as total
        from (select stage, days, sum(n) as n from cohort where days is not null group by 1, 2) h where n > 0),
      medians as (
        select stage, (min(days) filter (where 2 * upto >= total) + min(days) filter (where 2 * upto > total)) / 2.0 as median_days from histogram group by stage)
      select cohort.stage, sum(n)::int as entered, coalesce(sum(n) filter (where advanced), 0)::int as advanced, medians.median_days::float8 as median_days
      from cohort left join medians on medians.stage = cohort.stage
      group by cohort.stage, medians.median_days`),
  ]);
  const now = new Map(current.map((r) => [r.stage, r.n]));
  const byStage = new Map(history.rows.map((r) => [r.stage, r]));
  const steps = FUNNEL_STAGES.map((stage): FunnelStep => {
    const h = byStage.get(stage);
    const entered = h?.entered ?? 0;
    const advanced = stage === 'signed' ? null : (h?.advanced ?? 0);
    return {
      stage,
      current: now.get(stage) ?? 0,
      entered,
      advanced,
      conversion: advanced === null || entered === 0 ? null : advanced / entered,
      medianDays: stage === 'signed' ? null : (h?.median_days ?? null),
    };
  });
  return { steps, onHold: now.get('on_hold') ?? 0, dropped: now.get('dropped') ?? 0 };
}

/**
 * Per chain and per chain action (补/延/升/建): active leads now, and the year's signings, 签约额 and funds in
 * place, from the rollups. Officers: their team's.
 */
export async function getBreakdown(viewer: Viewer, filter: DashboardFilter): Promise<{ chains: ChainBreakdownRow[]; actions: ActionBreakdownRow[] }> {
  assertCan(viewer, 'reports.view');
  const db = await getDb();
  const c = cuts(viewer, filter);
  const y = yearBounds(filter.year);
  const m = monthlyFigures;
  type Row = { by: 'chain' | 'action'; key: string | null; name: string | null; active_leads: number; signings: number; signing_amount: number; funds_in_place: number };
  // Grouped by (chain, action) once; GROUPING SETS then folds it both ways.
  const { rows } = await db.execute<Row>(sql`
    with
    facts as (
      select ${leadCounts.chainId}::text as chain, ${leadCounts.chainAction}::text as action, ${leadCounts.leads} as active, 0 as signed, 0 as amount, 0 as funds
      from ${leadCounts} where ${c.rollup(leadCounts)} and ${leadCounts.stage} in ${ACTIVE_STAGES_SQL}
      union all
      select ${m.chainId}::text, ${m.chainAction}::text, 0, ${m.signings}, ${m.signingAmount}, ${m.fundsInPlace}
      from ${m} where ${c.rollup(m)} and ${m.month} >= ${y.from}::date and ${m.month} < ${y.to}::date and (${m.signings} <> 0 or ${m.fundsInPlace} <> 0)),
    folded as (
      select grouping(chain) = 1 as by_action, chain, action, sum(active) as active, sum(signed) as signed, sum(amount) as amount, sum(funds) as funds
      from facts group by grouping sets ((chain), (action))),
    actions as (
      select a::text as k, ord from unnest(enum_range(null::chain_action)) with ordinality as u(a, ord)
      union all select null, 99)
    select * from (
    select 'chain' as by, ${chains.id}::text as key, ${chains.name} as name, ${chains.sortOrder}::int as ord,
      coalesce(f.active, 0)::int as active_leads, coalesce(f.signed, 0)::int as signings,
      coalesce(f.amount, 0)::float8 as signing_amount, coalesce(f.funds, 0)::float8 as funds_in_place
    from ${chains} left join folded f on not f.by_action and f.chain = ${chains.id}::text
    where ${where(isNull(chains.deletedAt), filter.chainId ? eq(chains.id, filter.chainId) : undefined)}
    union all
    select 'action', actions.k, null, actions.ord::int,
      coalesce(f.active, 0)::int, coalesce(f.signed, 0)::int, coalesce(f.amount, 0)::float8, coalesce(f.funds, 0)::float8
    from actions left join folded f on f.by_action and f.action is not distinct from actions.k) as breakdown
    -- Chains in the chain list's order; actions 补/延/升/建, then 未定.
    order by by, ord, name`);
  const dto = (r: Row): BreakdownRow => ({ activeLeads: r.active_leads, signings: r.signings, signingAmount: r.signing_amount, fundsInPlace: r.funds_in_place });
  return {
    chains: rows
      .filter((r) => r.by === 'chain')
      .map((r) => ({ chainId: r.key!, chainName: r.name!, ...dto(r) })),
    actions: rows
      .filter((r) => r.by === 'action')
      .map((r) => ({ action: r.key as ActionBreakdownRow['action'], ...dto(r) })),
  };
}

const LEAGUE_ORDER: Record<LeagueSort, string> = {
  team: 'team_name asc',
  activeLeads: 'active_leads desc',
  meetings: 'meetings desc',
  signings: 'signings desc',
  signingAmount: 'signing_amount desc',
  fundsInPlace: 'funds_in_place desc',
  overdueFollowUps: 'overdue_follow_ups desc',
};

/**
 * The team league table: per team active leads now, meetings held, signings, 签约额 and funds in place in the
 * year, and follow-ups overdue today; sorted by `sort` (then by name). Officers: their own team's row.
 */
export async function getTeamLeague(viewer: Viewer, filter: DashboardFilter, sort: LeagueSort = 'signingAmount', opts: DashboardOpts = {}): Promise<LeagueRow[]> {
  assertCan(viewer, 'reports.view');
  const db = await getDb();
  const c = cuts(viewer, filter);
  const y = yearBounds(filter.year);
  const today = zoneToday(opts.now);
  const m = monthlyFigures;
  const { rows } = await db.execute<{ team_id: string; team_name: string; active_leads: number; meetings: number; signings: number; signing_amount: number; funds_in_place: number; overdue_follow_ups: number }>(sql`
    with
    active as (select ${leadCounts.teamId} as team_id, sum(${leadCounts.leads}) as n from ${leadCounts}
      where ${c.rollup(leadCounts)} and ${leadCounts.stage} in ${ACTIVE_STAGES_SQL} group by 1),
    figures as (select ${m.teamId} as team_id, sum(${m.meetings}) as meetings, sum(${m.signings}) as signings, sum(${m.signingAmount}) as amount, sum(${m.fundsInPlace}) as funds
      from ${m} where ${c.rollup(m)} and ${m.month} >= ${y.from}::date and ${m.month} < ${y.to}::date group by 1),
    overdue as (select ${followUps.teamId} as team_id, count(*) as n from ${followUps}
      where ${c.followUp} and ${followUps.doneAt} is null and ${followUps.dueDate} < ${today}::date group by 1)
    select ${teams.id} as team_id, ${teams.name} as team_name,
      coalesce(active.n, 0)::int as active_leads, coalesce(figures.meetings, 0)::int as meetings,
      coalesce(figures.signings, 0)::int as signings, coalesce(figures.amount, 0)::float8 as signing_amount,
      coalesce(figures.funds, 0)::float8 as funds_in_place, coalesce(overdue.n, 0)::int as overdue_follow_ups
    from ${teams}
      left join active on active.team_id = ${teams.id}
      left join figures on figures.team_id = ${teams.id}
      left join overdue on overdue.team_id = ${teams.id}
    where ${c.team}
    order by ${sql.raw(LEAGUE_ORDER[sort])}, team_name`);
  return rows.map((r) => ({
    teamId: r.team_id,
    teamName: r.team_name,
    activeLeads: r.active_leads,
    meetings: r.meetings,
    signings: r.signings,
    signingAmount: r.signing_amount,
    fundsInPlace: r.funds_in_place,
    overdueFollowUps: r.overdue_follow_ups,
  }));
}

/** Signings (count, 万元) and funds in place per month of the year and of the year before: always 12 points. */
export async function getTrend(viewer: Viewer, filter: DashboardFilter): Promise<TrendPoint[]> {
  assertCan(viewer, 'reports.view');
  const db = await getDb();
  const c = cuts(viewer, filter);
  const m = monthlyFigures;
  const { rows } = await db.execute<{ month: number; signings: number; signing_amount: number; funds_in_place: number; last_signings: number; last_signing_amount: number; last_funds_in_place: number }>(sql`
    with months as (
      select extract(year from ${m.month})::int as y, extract(month from ${m.month})::int as m, sum(${m.signings}) as n, sum(${m.signingAmount}) as amount, sum(${m.fundsInPlace}) as funds
      from ${m} where ${c.rollup(m)} and ${m.month} >= ${`${filter.year - 1}-01-01`}::date and ${m.month} < ${`${filter.year + 1}-01-01`}::date group by 1, 2)
    select m.m as month,
      coalesce(s.n, 0)::int as signings, coalesce(s.amount, 0)::float8 as signing_amount, coalesce(s.funds, 0)::float8 as funds_in_place,
      coalesce(l.n, 0)::int as last_signings, coalesce(l.amount, 0)::float8 as last_signing_amount, coalesce(l.funds, 0)::float8 as last_funds_in_place
    from generate_series(1, 12) as m(m)
      left join months s on s.m = m.m and s.y = ${filter.year}
      left join months l on l.m = m.m and l.y = ${filter.year - 1}
    order by m.m`);
  return rows.map((r) => ({
    month: r.month,
    signings: r.signings,
    signingAmount: r.signing_amount,
    fundsInPlace: r.funds_in_place,
    lastSignings: r.last_signings,
    lastSigningAmount: r.last_signing_amount,
    lastFundsInPlace: r.last_funds_in_place,
  }));
}

/**
 * The watch lists, ten rows each: follow-ups overdue today (oldest first), milestones planned before today
 * and not reached, stalled leads (pipeline stage, no activity for 30 days), uncovered chain gaps (weak or
 * missing links with no active lead, as on the chain map) and the year's latest signings. Officers: their team's.
 */
export async function getWatchLists(viewer: Viewer, filter: DashboardFilter, opts: DashboardOpts = {}): Promise<WatchLists> {
  assertCan(viewer, 'reports.view');
  const db = await getDb();
  const c = cuts(viewer, filter);
  const y = yearBounds(filter.year);
  const now = opts.now ?? new Date();
  const today = zoneToday(now);
  // Each list picks its ten ids from the table alone, in an index's order, before any join: a sort of every match
  // would read the whole year. Stalled leads: the ten oldest of each pipeline stage, one index range each.
  // The chain by its column alone here: the facets index would fetch the chain's every lead to sort them.
  const stalledIn = (stage: LeadStage) => sql`(select ${leads.id} from ${leads}
    where ${where(isNull(leads.deletedAt), leadScope(viewer), c.teamIs(leads.teamId), filter.chainId ? eq(leads.chainId, filter.chainId) : undefined)} and ${leads.stage} = ${stage} and ${leads.lastActivityAt} < ${now.toISOString()}::timestamptz - make_interval(days => ${STALLED_AFTER_DAYS})
    order by ${leads.lastActivityAt}, ${leads.id} limit ${LIST_SIZE})`;
  const [overdueFollowUps, lateMilestones, stalledLeads, chainGaps, latestSignings] = await Promise.all([
    selectFollowUps(db, { teamName: teams.name })
      .innerJoin(teams, eq(teams.id, followUps.teamId))
      .where(
        inArray(
          followUps.id,
          db.select({ id: followUps.id }).from(followUps).where(and(c.followUp, isNull(followUps.doneAt), sql`${followUps.dueDate} < ${today}::date`)).orderBy(followUps.dueDate, followUps.id).limit(LIST_SIZE),
        ),
      )
      .orderBy(followUps.dueDate, followUps.id)
      .limit(LIST_SIZE),
    db
      .select({ id: projectMilestones.id, projectId: projects.id, projectName: projects.name, kind: projectMilestones.kind, plannedOn: sql<string>`${projectMilestones.plannedOn}`, teamName: teams.name })
      .from(projectMilestones)
      .innerJoin(projects, eq(projects.id, projectMilestones.projectId))
      .innerJoin(teams, eq(teams.id, projects.teamId))
      .where(and(c.project, isNull(projectMilestones.actualOn), sql`${projectMilestones.plannedOn} < ${today}::date`))
      .orderBy(projectMilestones.plannedOn, projectMilestones.id)
      .limit(LIST_SIZE),
    db
      .select({ id: leads.id, projectName: leads.projectName, enterpriseName: enterprises.name, stage: leads.stage, lastActivityAt: leads.lastActivityAt, teamName: teams.name })
      .from(leads)
      .innerJoin(enterprises, eq(enterprises.id, leads.enterpriseId))
      .innerJoin(teams, eq(teams.id, leads.teamId))
      .where(sql`${leads.id} in (${sql.join(PIPELINE.map(stalledIn), sql` union all `)})`)
      .orderBy(leads.lastActivityAt, leads.id)
      .limit(LIST_SIZE),
    db
      .select({ nodeId: chainNodes.id, nodeName: chainNodes.name, status: sql<'weak' | 'missing'>`${chainNodes.status}`, chainId: chains.id, chainName: chains.name })
      .from(chainNodes)
      .innerJoin(chains, eq(chains.id, chainNodes.chainId))
      // The chain map's gap rule (db/queries/chains.ts): any team's active lead covers the link.
      .where(
        and(
          c.chain,
          isNull(chainNodes.deletedAt),
          sql`${chainNodes.status} in ('weak', 'missing')`,
          sql`not exists (select 1 from ${leads} where ${leads.nodeId} = ${chainNodes.id} and ${leads.stage} in ${ACTIVE_STAGES_SQL} and ${leads.deletedAt} is null)`,
        ),
      )
      .orderBy(chains.sortOrder, chains.name, chainNodes.position, chainNodes.sortOrder, chainNodes.name)
      .limit(LIST_SIZE),
    db
      .select({ id: projects.id, name: projects.name, enterpriseName: enterprises.name, teamName: teams.name, signedOn: projects.signedOn, contractedInvestment: projects.contractedInvestment })
      .from(projects)
      .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
      .innerJoin(teams, eq(teams.id, projects.teamId))
      .where(
        inArray(
          projects.id,
          db.select({ id: projects.id }).from(projects).where(and(c.project, sql`${projects.signedOn} >= ${y.from}::date and ${projects.signedOn} < ${y.to}::date`)).orderBy(desc(projects.signedOn), desc(projects.id)).limit(LIST_SIZE),
        ),
      )
      .orderBy(desc(projects.signedOn), desc(projects.id))
      .limit(LIST_SIZE),
  ]);
  return { overdueFollowUps, lateMilestones, stalledLeads, chainGaps, latestSignings };
}

/** Every section of the leaders' dashboard, as the page shows it: each is one or a few grouped statements, run side by side. */
export interface Dashboard {
  kpis: Kpis;
  funnel: Funnel;
  breakdown: Awaited<ReturnType<typeof getBreakdown>>;
  league: LeagueRow[];
  trend: TrendPoint[];
  lists: WatchLists;
}

export async function getDashboard(viewer: Viewer, filter: DashboardFilter, sort: LeagueSort = 'signingAmount', opts: DashboardOpts = {}): Promise<Dashboard> {
  const [kpis, funnel, breakdown, league, trend, lists] = await Promise.all([
    getKpis(viewer, filter, opts),
    getFunnel(viewer, filter),
    getBreakdown(viewer, filter),
    getTeamLeague(viewer, filter, sort, opts),
    getTrend(viewer, filter),
    getWatchLists(viewer, filter, opts),
  ]);
  return { kpis, funnel, breakdown, league, trend, lists };
}

/**
 * 工作台: the viewer's own year — leads they own created in the year, meetings they logged or attended,
 * projects they own signed in the year (count, 万元) and funds in place on their projects in the year.
 */
export async function getOfficerFigures(viewer: Viewer, year: number): Promise<OfficerFigures> {
  assertCan(viewer, 'reports.view');
  const db = await getDb();
  const y = yearBounds(year);
  const mine = cuts(viewer, { year });
  const { rows } = await db.execute<OfficerFigures & Record<string, unknown>>(sql`select
      (select count(*) from ${leads} where ${mine.lead} and ${leads.ownerId} = ${viewer.id} and ${leads.createdAt} >= ${y.fromTs} and ${leads.createdAt} < ${y.toTs})::int as "newLeads",
      (select count(*) from ${meetings} where ${mine.meeting} and (${meetings.createdBy} = ${viewer.id} or ${viewer.id}::uuid = any(${meetings.attendeeIds})) and ${meetings.occurredAt} >= ${y.fromTs} and ${meetings.occurredAt} < ${y.toTs})::int as "meetings",
      (select count(*) from ${projects} where ${mine.project} and ${projects.ownerId} = ${viewer.id} and ${projects.signedOn} >= ${y.from}::date and ${projects.signedOn} < ${y.to}::date)::int as "signings",
      (select coalesce(sum(${projects.contractedInvestment}), 0) from ${projects} where ${mine.project} and ${projects.ownerId} = ${viewer.id} and ${projects.signedOn} >= ${y.from}::date and ${projects.signedOn} < ${y.to}::date)::float8 as "signingAmount",
      (select coalesce(sum(${projectFunds.amount}), 0) from ${projectFunds} join ${projects} on ${projects.id} = ${projectFunds.projectId} where ${mine.project} and ${projects.ownerId} = ${viewer.id} and ${projectFunds.deletedAt} is null and ${projectFunds.receivedOn} >= ${y.from}::date and ${projectFunds.receivedOn} < ${y.to}::date)::float8 as "fundsInPlace"`);
  return rows[0];
}
