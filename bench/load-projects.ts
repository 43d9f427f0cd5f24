import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db';
import { projectFacets } from '@/db/project-derived';
import { leadEvents, leads, projectFunds, projectMilestones, projects } from '@/db/schema';
import { LIST_SEPARATOR, list, loadInBatches, unnestInsert, type Column } from './load';
import type { LeadRefs } from './load-leads';
import { projectRow, signedLeadIndexes, type BenchProject } from './project-rows';

const PROGRESS_EVERY = 10_000;

/** The project's foreign keys in this database: copied from its lead, as signLead copies them. */
function idsOf(p: BenchProject, refs: LeadRefs) {
  const l = p.lead;
  return {
    chainId: refs.chainIds[l.chain!],
    nodeId: refs.nodeIds[l.chain!][l.node!],
    teamId: refs.teamIds[l.team]!,
    ownerId: refs.ownerIds[l.team][l.owner],
  };
}

function projectInsert(rows: BenchProject[], refs: LeadRefs): SQL {
  const keys = rows.map((r) => idsOf(r, refs));
  const col = (name: string, type: string, value: (r: BenchProject, k: number) => unknown, select?: string): Column => ({ name, type, values: rows.map(value), select });
  return unnestInsert(
    'projects',
    [
      col('id', 'uuid', (r) => r.id),
      col('lead_id', 'uuid', (r) => r.lead.id),
      col('enterprise_id', 'uuid', (r) => r.lead.enterpriseId),
      col('chain_id', 'uuid', (_, k) => keys[k].chainId),
      col('node_id', 'uuid', (_, k) => keys[k].nodeId),
      // Enums travel as text[] (see enterpriseInsert in load.ts).
      col('chain_action', 'text', (r) => r.lead.chainAction, 'chain_action::chain_action'),
      col('team_id', 'uuid', (_, k) => keys[k].teamId),
      col('owner_id', 'uuid', (_, k) => keys[k].ownerId),
      col('name', 'text', (r) => r.lead.projectName),
      col('agreement_name', 'text', (r) => `${r.lead.projectName.replace(/项目$/, '')}投资协议`),
      col('signed_on', 'date', (r) => r.signedOn),
      col('occasion', 'text', (r) => r.occasion),
      col('kind', 'text', (r) => r.kind, 'kind::project_kind'),
      col('contracted_investment', 'numeric', (r) => r.contractedInvestment),
      col('fixed_asset_investment', 'numeric', (r) => r.fixedAssetInvestment),
      col('land_area', 'numeric', (r) => r.landArea),
      col('expected_jobs', 'integer', (r) => r.expectedJobs),
      col('expected_output', 'numeric', (r) => r.expectedOutput),
      // Derived from the milestones by lib/project-status.ts, as refreshProject stores them; checked again in SQL after the load.
      col('status', 'text', (r) => r.status, 'status::project_status'),
      col('next_due_on', 'date', (r) => r.nextDueOn),
      col('created_by', 'uuid', (_, k) => keys[k].ownerId),
      col('created_at', 'timestamptz', (r) => r.signedAt),
      col('updated_at', 'timestamptz', (r) => r.updatedAt),
      // The same derivation the data layer stores on every save.
      col('facets', 'text', (r, k) => projectFacets({ ...r, ...keys[k], chainAction: r.lead.chainAction }).join(LIST_SEPARATOR), list('facets')),
    ],
    {},
  );
}

function milestoneInsert(rows: BenchProject[], leaderId: string): SQL {
  const items = rows.flatMap((r) => r.milestones.map((m) => ({ ...m, projectId: r.id, signedAt: r.signedAt })));
  const col = (name: string, type: string, value: (m: (typeof items)[number]) => unknown, select?: string): Column => ({ name, type, values: items.map(value), select });
  return unnestInsert(
    'project_milestones',
    [
      col('id', 'uuid', (m) => m.id),
      col('project_id', 'uuid', (m) => m.projectId),
      col('kind', 'text', (m) => m.kind, 'kind::milestone_kind'),
      col('planned_on', 'date', (m) => m.plannedOn),
      col('actual_on', 'date', (m) => m.actualOn),
      col('progress', 'integer', (m) => m.progress),
      col('verified_at', 'timestamptz', (m) => m.verifiedAt),
      // 核验 is the bench leader's.
      col('verified_by', 'uuid', (m) => (m.verifiedAt ? leaderId : null)),
      col('created_at', 'timestamptz', (m) => m.signedAt),
    ],
    { updated_at: 'coalesce(verified_at, created_at)' },
  );
}

function fundsInsert(rows: BenchProject[], refs: LeadRefs): SQL {
  const items = rows.flatMap((r) => r.funds.map((f) => ({ ...f, projectId: r.id, ownerId: idsOf(r, refs).ownerId })));
  const col = (name: string, type: string, value: (f: (typeof items)[number]) => unknown, select?: string): Column => ({ name, type, values: items.map(value), select });
  return unnestInsert(
    'project_funds',
    [
      col('id', 'uuid', (f) => f.id),
      col('project_id', 'uuid', (f) => f.projectId),
      col('received_on', 'date', (f) => f.receivedOn),
      col('amount', 'numeric', (f) => f.amount),
      col('source', 'text', (f) => f.source, 'source::funds_source'),
      col('created_by', 'uuid', (f) => f.ownerId),
    ],
    // Recorded on the day the money arrived, 11:00 local.
    { created_at: `received_on + time '03:00' at time zone 'UTC'`, updated_at: `received_on + time '03:00' at time zone 'UTC'` },
  );
}

/**
 * Inserts `count` signed projects on as many generated leads, with their funds entries and milestones; returns
 * the number of funds entries. Then, in SQL from the inserted rows: the wall chart's derived columns (as
 * refreshProject keeps them) and the leads moved to 签约 with their stage events (as signLead records them).
 */
export async function loadProjects(db: Db, count: number, leadCount: number, enterprises: number, refs: LeadRefs & { leaderId: string }): Promise<number> {
  console.log(`  choosing ${count.toLocaleString('en')} of ${leadCount.toLocaleString('en')} leads to sign`);
  const picked = signedLeadIndexes(leadCount, enterprises, count);
  const fundsCount = await loadInBatches(db, {
    count,
    label: 'projects',
    progressEvery: PROGRESS_EVERY,
    row: (j) => projectRow(j, picked[j], enterprises, count),
    statements: (rows) => [projectInsert(rows, refs), milestoneInsert(rows, refs.leaderId), fundsInsert(rows, refs)],
    children: (r) => r.funds.length,
  });
  await db.execute(sql`analyze ${projects}, ${projectMilestones}, ${projectFunds}`);
  await deriveProjectColumns(db);
  await signLeads(db);
  return fundsCount;
}

/**
 * Status, next due date and funds in place from the inserted milestones and funds entries, as refreshProject
 * keeps them, with the status facet to match. The generator already derived status and next due date with
 * lib/project-status.ts; a correction here would mean the two derivations disagree, so it is reported.
 */
async function deriveProjectColumns(db: Db): Promise<void> {
  // Grouped once per table and hash-joined: this runs while the load has the tables' indexes dropped.
  const result = await db.execute<{ corrected: number }>(sql`
    with reached as (
      select project_id,
        case when bool_or(kind = 'production' and actual_on is not null) then 'producing'
             when bool_or(kind = 'construction' and actual_on is not null) then 'building'
             else 'signed' end::project_status as status,
        min(planned_on) filter (where actual_on is null) as next_due_on
      from ${projectMilestones} group by project_id
    ),
    paid as (select project_id, sum(amount) as funds from ${projectFunds} where deleted_at is null group by project_id),
    derived as (
      select p.id, p.status as stored_status, p.next_due_on as stored_due, coalesce(r.status, 'signed') as status, r.next_due_on, coalesce(f.funds, 0) as funds
      from ${projects} p left join reached r on r.project_id = p.id left join paid f on f.project_id = p.id
    ),
    updated as (
      update ${projects} p
      set funds_in_place = d.funds, next_due_on = d.next_due_on, status = d.status, facets = array_replace(p.facets, 's:' || p.status, 's:' || d.status)
      from derived d
      where d.id = p.id
      returning (d.stored_status, d.stored_due) is distinct from (d.status, d.next_due_on) as corrected
    )
    select count(*) filter (where corrected)::int as corrected from updated`);
  const corrected = result.rows[0]?.corrected ?? 0;
  if (corrected) console.warn(`  warning: status or next due date corrected on ${corrected} projects`);
}

/**
 * The signed leads: 深度洽谈 → 签约 at the signing (a held or 考察互访 lead first back to 深度洽谈, halfway
 * between its last activity and the signing), stage facet and version as the data layer leaves them. The events
 * carry the project id, as signLead's do, which is also how a regeneration finds them again.
 */
async function signLeads(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into ${leadEvents} (lead_id, at, actor_id, kind, from_stage, to_stage, reason, data)
      select l.id, l.last_activity_at + (p.created_at - l.last_activity_at) / 2, p.owner_id, 'stage', l.stage, 'negotiating'::lead_stage, '', jsonb_build_object('projectId', p.id)
      from ${projects} p join ${leads} l on l.id = p.lead_id
      where l.stage <> 'negotiating'
      union all
      select l.id, p.created_at, p.owner_id, 'stage', 'negotiating'::lead_stage, 'signed'::lead_stage, '', jsonb_build_object('projectId', p.id)
      from ${projects} p join ${leads} l on l.id = p.lead_id`);
    await tx.execute(sql`
      update ${leads} l
      set stage = 'signed', stage_reason = '', stage_changed_at = p.created_at, last_activity_at = greatest(l.last_activity_at, p.updated_at),
          updated_at = p.created_at, version = l.version + case when l.stage = 'negotiating' then 1 else 2 end,
          facets = array_replace(l.facets, 's:' || l.stage, 's:signed')
      from ${projects} p
      where p.lead_id = l.id`);
  });
}

/**
 * Undoes signLeads before the projects are generated again: drops the events that carry a project id and puts
 * each lead back in the stage of its last remaining stage event, with activity, version and facet to match.
 */
export async function unsignLeads(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`
      create temp table signed_leads on commit drop as
      select lead_id, count(*)::int as n from ${leadEvents} where kind = 'stage' and data ? 'projectId' group by lead_id`);
    await tx.execute(sql`delete from ${leadEvents} where kind = 'stage' and data ? 'projectId'`);
    const result = await tx.execute(sql`
      update ${leads} l
      set stage = back.to_stage, stage_reason = back.reason, stage_changed_at = back.at, last_activity_at = latest.at, updated_at = latest.at,
          version = l.version - s.n, facets = array_replace(l.facets, 's:signed', 's:' || back.to_stage)
      from signed_leads s
      cross join lateral (
        select e.to_stage, e.reason, e.at from ${leadEvents} e
        where e.lead_id = s.lead_id and e.kind in ('created', 'stage') order by e.at desc, e.id desc limit 1
      ) back
      cross join lateral (select max(e.at) as at from ${leadEvents} e where e.lead_id = s.lead_id) latest
      where l.id = s.lead_id`);
    return result.rowCount ?? 0;
  });
}
