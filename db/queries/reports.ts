import 'server-only';
import { and, asc, desc, eq, gte, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { dailyFigures, enterprises, followUps, projectMilestones, projects, teams } from '@/db/schema';
import { projectScope, teamRecordScope, teamScope } from '@/db/scope';
import { overdueAsOf, type ReportPeriod } from '@/lib/report-period';
import { zoneToday } from '@/lib/project-status';
import { writeAudit } from './audit';
import { assertCan, type Viewer } from './viewer';

/** One report line: a team's figures, or the zone's (teamId null). Amounts in 万元. */
export type ReportFigures = {
  newLeads: number;
  meetings: number;
  stageMoves: number;
  signings: number;
  signingAmount: number;
  fundsInPlace: number;
  constructionStarts: number;
  overdueFollowUps: number;
  lateMilestones: number;
};

export type ReportTeamRow = { teamId: string; teamName: string } & ReportFigures;

export interface ReportTopProject {
  id: string;
  name: string;
  enterpriseName: string;
  teamName: string;
  signedOn: string;
  contractedInvestment: number;
}

export interface Report {
  period: ReportPeriod;
  /** Overdue follow-ups and late milestones are counted as of this day (before it = overdue). */
  overdueAsOf: string;
  /** True while the period is still running: then "as of" is today, not the period's end. */
  running: boolean;
  teams: ReportTeamRow[];
  /** The zone's totals; null for officers, who see their own team only. */
  zone: ReportFigures | null;
  topProjects: ReportTopProject[];
}

// A type alias, not an interface: db.execute wants a row type with an index signature.
type FiguresRow = { team_id: string | null; team_name: string | null; is_total: boolean } & { [K in keyof ReportFigures as Snake<K>]: number };
type Snake<S extends string> = S extends `${infer H}${infer T}` ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${Snake<T>}` : S;

/** Midnight in Asia/Shanghai of a 'YYYY-MM-DD' day, as a timestamptz: timestamps compare against it so the indexes serve. */
const zoneMidnight = (day: string) => sql`(${day}::date::timestamp at time zone 'Asia/Shanghai')`;

/**
 * 周报 / 月报: per team and for the zone — new leads, meetings held, stage moves, signings (count, 万元),
 * funds in place, verified construction starts (the shared dashboard definitions), and open follow-ups and
 * milestones overdue as of the period's end or today, whichever is earlier; plus the five largest signings.
 * Officers get their own team's row and no zone total; leaders and admins every team's and the zone's.
 * One statement: each measure family is grouped by team in its own CTE, and GROUPING SETS adds the zone row.
 */
export async function getReport(viewer: Viewer, period: ReportPeriod, opts: { today?: string } = {}): Promise<Report> {
  assertCan(viewer, 'reports.view');
  const db = await getDb();
  const { asOf, running } = overdueAsOf(period, opts.today ?? zoneToday());
  const { rows } = await db.execute<FiguresRow>(reportFiguresSql(viewer, period, { asOf, running }));
  const figures = (r: FiguresRow): ReportFigures => ({
    newLeads: r.new_leads,
    meetings: r.meetings,
    stageMoves: r.stage_moves,
    signings: r.signings,
    signingAmount: r.signing_amount,
    fundsInPlace: r.funds_in_place,
    constructionStarts: r.construction_starts,
    overdueFollowUps: r.overdue_follow_ups,
    lateMilestones: r.late_milestones,
  });
  const total = rows.find((r) => r.is_total);
  const liveProject = and(isNull(projects.deletedAt), projectScope(viewer));
  const topProjects = await db
    .select({
      id: projects.id,
      name: projects.name,
      enterpriseName: enterprises.name,
      teamName: teams.name,
      signedOn: projects.signedOn,
      contractedInvestment: projects.contractedInvestment,
    })
    .from(projects)
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .innerJoin(teams, eq(teams.id, projects.teamId))
    .where(and(liveProject, gte(projects.signedOn, period.from), lt(projects.signedOn, period.to)))
    .orderBy(desc(projects.contractedInvestment), asc(projects.signedOn), asc(projects.id))
    .limit(5);

  return {
    period,
    overdueAsOf: asOf,
    running,
    teams: rows.filter((r) => !r.is_total).map((r) => ({ teamId: r.team_id!, teamName: r.team_name!, ...figures(r) })),
    zone: viewer.role === 'officer' || !total ? null : figures(total),
    topProjects,
  };
}

/**
 * The figures statement: the period's figures per team from the daily rollup, open items as of `asOf` from the
 * follow-ups and milestones, GROUPING SETS adding the zone row.
 */
function reportFiguresSql(viewer: Viewer, period: ReportPeriod, { asOf, running }: { asOf: string; running: boolean }): SQL {
  const asOfTs = zoneMidnight(asOf);
  const where = (...conditions: (SQL | undefined)[]) => and(...conditions) ?? sql`true`;
  const liveProject = and(isNull(projects.deletedAt), projectScope(viewer));
  // For a finished period, an item closed after its end still counted as open at the end.
  const followUpOpen = running ? sql`${followUps.doneAt} is null` : sql`(${followUps.doneAt} is null or ${followUps.doneAt} >= ${asOfTs})`;
  const milestoneOpen = running ? sql`${projectMilestones.actualOn} is null` : sql`(${projectMilestones.actualOn} is null or ${projectMilestones.actualOn} >= ${asOf}::date)`;

  const d = dailyFigures;
  return sql`
    with
    figures as (
      select ${d.teamId} as team_id, sum(${d.newLeads}) as new_leads, sum(${d.meetings}) as meetings, sum(${d.stageMoves}) as stage_moves,
        sum(${d.signings}) as signings, sum(${d.signingAmount}) as signing_amount, sum(${d.fundsInPlace}) as funds_in_place, sum(${d.constructionStarts}) as construction_starts
      from ${d} where ${where(teamScope(viewer, d.teamId), gte(d.day, period.from), lt(d.day, period.to))}
      group by 1),
    overdue as (
      select ${followUps.teamId} as team_id, count(*) as n from ${followUps}
      where ${where(isNull(followUps.deletedAt), sql`${followUps.dueDate} < ${asOf}::date`, followUpOpen, teamRecordScope(viewer, followUps))}
      group by 1),
    late as (
      select ${projects.teamId} as team_id, count(*) as n from ${projectMilestones} join ${projects} on ${projects.id} = ${projectMilestones.projectId}
      where ${where(liveProject, sql`${projectMilestones.plannedOn} < ${asOf}::date`, milestoneOpen)}
      group by 1)
    select ${teams.id} as team_id, ${teams.name} as team_name, grouping(${teams.id}) = 1 as is_total,
      coalesce(sum(figures.new_leads), 0)::int as new_leads,
      coalesce(sum(figures.meetings), 0)::int as meetings,
      coalesce(sum(figures.stage_moves), 0)::int as stage_moves,
      coalesce(sum(figures.signings), 0)::int as signings,
      -- float8 so the driver returns a number (numeric arrives as text); 万元 to the cent round-trips.
      coalesce(sum(figures.signing_amount), 0)::float8 as signing_amount,
      coalesce(sum(figures.funds_in_place), 0)::float8 as funds_in_place,
      coalesce(sum(figures.construction_starts), 0)::int as construction_starts,
      coalesce(sum(overdue.n), 0)::int as overdue_follow_ups,
      coalesce(sum(late.n), 0)::int as late_milestones
    from ${teams}
      left join figures on figures.team_id = ${teams.id}
      left join overdue on overdue.team_id = ${teams.id}
      left join late on late.team_id = ${teams.id}
    where ${where(teamScope(viewer, teams.id))}
    group by grouping sets ((${teams.id}, ${teams.name}), ())
    order by grouping(${teams.id}), ${teams.name}`;

}

/** Logs a report download (who, which period) as it is served. Everyone who may view reports is logged. */
export async function recordReportExport(viewer: Viewer, period: ReportPeriod): Promise<void> {
  assertCan(viewer, 'reports.view');
  const db = await getDb();
  await db.transaction((tx) => writeAudit(tx, viewer, { action: 'export', entityType: 'report', entityId: period.key, changes: { kind: period.kind, from: period.from, to: period.to, format: 'xlsx' } }));
}
