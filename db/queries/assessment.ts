import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { followUps, leadEvents, leads, meetings, projectFunds, projects, teams, users } from '@/db/schema';
import { zoneToday } from '@/lib/project-status';
import type { AssessmentQuery, AssessmentSort } from '@/lib/validation/assessment';
import { writeAudit } from './audit';
import { assertCan, type Viewer } from './viewer';

/** One 考核 line's figures. Amounts in 万元. */
export type AssessmentFigures = {
  /** Meetings held in the period, all methods; the next four split it by the lead's 招商方式. */
  meetings: number;
  fixedPoint: number;
  doorKnocking: number;
  referral: number;
  /** Any other method, or a meeting on no lead (an enterprise visit). */
  otherMethod: number;
  newLeads: number;
  leadsAdvanced: number;
  signings: number;
  signingAmount: number;
  fundsInPlace: number;
  overdueFollowUps: number;
};

/** An officer (with their current team) or a team. */
export type AssessmentRow = { id: string; name: string; teamId: string | null; teamName: string | null } & AssessmentFigures;

export interface Assessment {
  query: AssessmentQuery;
  /** Follow-ups count as overdue when due before this day (today in Asia/Shanghai). */
  overdueAsOf: string;
  rows: AssessmentRow[];
  /** The sums of the rows shown. */
  totals: AssessmentFigures;
}

// A type alias, not an interface: db.execute wants a row type with an index signature.
type Raw = {
  id: string | null;
  name: string | null;
  team_id: string | null;
  team_name: string | null;
  is_total: boolean;
  meetings: number;
  fixed_point: number;
  door_knocking: number;
  referral: number;
  other_method: number;
  new_leads: number;
  leads_advanced: number;
  signings: number;
  signing_amount: number;
  funds_in_place: number;
  overdue_follow_ups: number;
};

/** Sort keys → output columns: a fixed list, so no URL value reaches the SQL text. */
const SORT_COLUMNS: Record<AssessmentSort, string> = {
  name: 'name',
  team: 'team_name',
  meetings: 'meetings',
  fixedPoint: 'fixed_point',
  doorKnocking: 'door_knocking',
  referral: 'referral',
  otherMethod: 'other_method',
  newLeads: 'new_leads',
  leadsAdvanced: 'leads_advanced',
  signings: 'signings',
  signingAmount: 'signing_amount',
  fundsInPlace: 'funds_in_place',
  overdueFollowUps: 'overdue_follow_ups',
};

/** The pipeline in order, 签约 last: a stage move is "forward" when it goes later in this list. */
const FORWARD_ORDER = ['lead', 'contacted', 'site_visit', 'negotiating', 'signed'];

/** Midnight in Asia/Shanghai of a 'YYYY-MM-DD' day, as a timestamptz: timestamps compare against it so the indexes serve. */
const zoneMidnight = (day: string) => sql`(${day}::date::timestamp at time zone 'Asia/Shanghai')`;

/** The day after a 'YYYY-MM-DD' day: the period's exclusive end. */
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * 考核: per officer (users with role officer, with their current team; officers with nothing in the period
 * too, disabled ones only if they have figures) or per team, over [from, to] (Asia/Shanghai days, both
 * included) — the shared dashboard definitions, attributed to a person like this:
 * - meetings held: by who logged them (meetings.created_by; per team, the logging team), split by the
 *   method of the lead they were about (定点 / 敲门 / 以商招商 / 其他, no lead = 其他);
 * - new leads, leads advanced (distinct leads with a forward move along 线索→…→深度洽谈→签约), signings and
 *   签约额 (signed_on), funds in place (received_on), open follow-ups due before today: by the owner of the
 *   lead / project / follow-up now (per team, the record's team).
 * Leaders and admins only; they see every team, so no scope rule applies. `teamId` narrows to one team
 * (per officer: that team's officers). One statement: each measure grouped by person or team in its own
 * CTE, left-joined to the officers or teams, GROUPING SETS adds the totals row; sorted in SQL.
 */
export async function getAssessment(viewer: Viewer, query: AssessmentQuery, opts: { today?: string } = {}): Promise<Assessment> {
  assertCan(viewer, 'assessment.view');
  const db = await getDb();
  const today = opts.today ?? zoneToday();
  const end = dayAfter(query.to);
  const fromTs = zoneMidnight(query.from);
  const toTs = zoneMidnight(end);
  const byOfficer = query.by === 'officer';
  // Which column of each record names the person (or team) it counts for.
  const key = {
    meeting: byOfficer ? meetings.createdBy : meetings.teamId,
    lead: byOfficer ? leads.ownerId : leads.teamId,
    project: byOfficer ? projects.ownerId : projects.teamId,
    followUp: byOfficer ? followUps.ownerId : followUps.teamId,
  };
  const method = (m: string) => sql`count(*) filter (where ${leads.sourceMethod} = ${m})`;
  const forward = sql`array_position(${sql.raw(`array['${FORWARD_ORDER.join("','")}']`)}::lead_stage[], ${leadEvents.toStage})
    > array_position(${sql.raw(`array['${FORWARD_ORDER.join("','")}']`)}::lead_stage[], ${leadEvents.fromStage})`;

  const base: SQL = byOfficer
    ? sql`select ${users.id} as id, ${users.displayName} as name, ${teams.id} as team_id, ${teams.name} as team_name, ${users.disabledAt} is not null as disabled from ${users} left join ${teams} on ${teams.id} = ${users.teamId}
        where ${users.role} = 'officer' ${query.teamId ? sql`and ${users.teamId} = ${query.teamId}` : sql``}`
    : sql`select ${teams.id} as id, ${teams.name} as name, null::uuid as team_id, null::text as team_name, false as disabled from ${teams}
        ${query.teamId ? sql`where ${teams.id} = ${query.teamId}` : sql``}`;
  const sortColumn = sql.raw(SORT_COLUMNS[query.sort === 'team' && !byOfficer ? 'name' : query.sort]);
  const dir = sql.raw(query.dir === 'asc' ? 'asc' : 'desc');

  const { rows } = await db.execute<Raw>(sql`
    with
    held as (
      select ${key.meeting} as key, count(*) as n, ${method('fixed_point')} as fixed_point, ${method('door_knocking')} as door_knocking, ${method('referral')} as referral
      from ${meetings} left join ${leads} on ${leads.id} = ${meetings.leadId}
      where ${meetings.deletedAt} is null and ${meetings.occurredAt} >= ${fromTs} and ${meetings.occurredAt} < ${toTs}
      group by 1),
    new_leads as (
      select ${key.lead} as key, count(*) as n from ${leads}
      where ${leads.deletedAt} is null and ${leads.createdAt} >= ${fromTs} and ${leads.createdAt} < ${toTs}
      group by 1),
    advanced as (
      select ${key.lead} as key, count(distinct ${leads.id}) as n from ${leadEvents} join ${leads} on ${leads.id} = ${leadEvents.leadId}
      where ${leadEvents.kind} = 'stage' and ${leads.deletedAt} is null and ${leadEvents.at} >= ${fromTs} and ${leadEvents.at} < ${toTs} and ${forward}
      group by 1),
    signed as (
      select ${key.project} as key, count(*) as n, sum(${projects.contractedInvestment}) as amount from ${projects}
      where ${projects.deletedAt} is null and ${projects.signedOn} >= ${query.from} and ${projects.signedOn} < ${end}
      group by 1),
    funds as (
      select ${key.project} as key, sum(${projectFunds.amount}) as amount from ${projectFunds} join ${projects} on ${projects.id} = ${projectFunds.projectId}
      where ${projects.deletedAt} is null and ${projectFunds.deletedAt} is null and ${projectFunds.receivedOn} >= ${query.from} and ${projectFunds.receivedOn} < ${end}
      group by 1),
    overdue as (
      select ${key.followUp} as key, count(*) as n from ${followUps}
      where ${followUps.deletedAt} is null and ${followUps.doneAt} is null and ${followUps.dueDate} < ${today}::date
      group by 1),
    base as (${base})
    select base.id, base.name, base.team_id, base.team_name, grouping(base.id) = 1 as is_total,
      coalesce(sum(held.n), 0)::int as meetings,
      coalesce(sum(held.fixed_point), 0)::int as fixed_point,
      coalesce(sum(held.door_knocking), 0)::int as door_knocking,
      coalesce(sum(held.referral), 0)::int as referral,
      coalesce(sum(held.n - held.fixed_point - held.door_knocking - held.referral), 0)::int as other_method,
      coalesce(sum(new_leads.n), 0)::int as new_leads,
      coalesce(sum(advanced.n), 0)::int as leads_advanced,
      coalesce(sum(signed.n), 0)::int as signings,
      -- float8 so the driver returns a number; 万元 to the cent fits exactly.
      coalesce(sum(signed.amount), 0)::float8 as signing_amount,
      coalesce(sum(funds.amount), 0)::float8 as funds_in_place,
      coalesce(sum(overdue.n), 0)::int as overdue_follow_ups
    from base
      left join held on held.key = base.id
      left join new_leads on new_leads.key = base.id
      left join advanced on advanced.key = base.id
      left join signed on signed.key = base.id
      left join funds on funds.key = base.id
      left join overdue on overdue.key = base.id
    -- Disabled officers stay off the list unless the period holds something of theirs.
    where not base.disabled or coalesce(held.key, new_leads.key, advanced.key, signed.key, funds.key, overdue.key) is not null
    group by grouping sets ((base.id, base.name, base.team_id, base.team_name), ())
    order by grouping(base.id), ${sortColumn} ${dir} nulls last, name, id`);

  const figures = (r: Raw): AssessmentFigures => ({
    meetings: r.meetings,
    fixedPoint: r.fixed_point,
    doorKnocking: r.door_knocking,
    referral: r.referral,
    otherMethod: r.other_method,
    newLeads: r.new_leads,
    leadsAdvanced: r.leads_advanced,
    signings: r.signings,
    signingAmount: r.signing_amount,
    fundsInPlace: r.funds_in_place,
    overdueFollowUps: r.overdue_follow_ups,
  });
  const total = rows.find((r) => r.is_total);
  return {
    query,
    overdueAsOf: today,
    rows: rows.filter((r) => !r.is_total).map((r) => ({ id: r.id!, name: r.name!, teamId: r.team_id, teamName: r.team_name, ...figures(r) })),
    totals: total ? figures(total) : figures({ meetings: 0, fixed_point: 0, door_knocking: 0, referral: 0, other_method: 0, new_leads: 0, leads_advanced: 0, signings: 0, signing_amount: 0, funds_in_place: 0, overdue_follow_ups: 0 } as Raw),
  };
}

/** The team named by a 考核 filter, for the export's title row; null when it names none or nothing matches. */
export async function assessmentTeamName(viewer: Viewer, teamId: string | undefined): Promise<string | null> {
  assertCan(viewer, 'assessment.view');
  if (!teamId) return null;
  const db = await getDb();
  const { rows } = await db.execute<{ name: string }>(sql`select ${teams.name} as name from ${teams} where ${teams.id} = ${teamId}::uuid`);
  return rows[0]?.name ?? null;
}

/** Logs a 考核 download (who, which period, grouping and filter, row count) as it is served. */
export async function recordAssessmentExport(viewer: Viewer, entry: { query: AssessmentQuery; rows: number }): Promise<void> {
  assertCan(viewer, 'assessment.view');
  const db = await getDb();
  await db.transaction((tx) => writeAudit(tx, viewer, { action: 'export', entityType: 'assessment', entityId: `${entry.query.from}_${entry.query.to}`, changes: { format: 'xlsx', ...entry.query, rows: entry.rows } }));
}
