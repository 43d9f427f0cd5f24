import type { SQL } from 'drizzle-orm';
import type { Db } from '@/db';
import { leadFacets } from '@/db/lead-derived';
import { leadRow, type BenchLead } from './lead-rows';
import { LIST_SEPARATOR, list, loadInBatches, unnestInsert, type Column, type ZoneRefs } from './load';

const PROGRESS_EVERY = 50_000;

/** The zone plus the generated officers: ownerIds[chain index][officer index]. */
export interface LeadRefs extends ZoneRefs {
  ownerIds: string[][];
}

/** The lead's foreign keys in this database. */
function idsOf(r: BenchLead, refs: LeadRefs) {
  return {
    chainId: r.chain === null ? null : refs.chainIds[r.chain],
    nodeId: r.chain === null || r.node === null ? null : refs.nodeIds[r.chain][r.node],
    teamId: refs.teamIds[r.team]!,
    ownerId: refs.ownerIds[r.team][r.owner],
  };
}

function leadInsert(rows: BenchLead[], refs: LeadRefs): SQL {
  const keys = rows.map((r) => idsOf(r, refs));
  const col = (name: string, type: string, value: (r: BenchLead, k: number) => unknown, select?: string): Column => ({ name, type, values: rows.map(value), select });
  return unnestInsert(
    'leads',
    [
      col('id', 'uuid', (r) => r.id),
      col('enterprise_id', 'uuid', (r) => r.enterpriseId),
      col('project_name', 'text', (r) => r.projectName),
      col('content', 'text', (r) => r.content),
      col('chain_id', 'uuid', (_, k) => keys[k].chainId),
      col('node_id', 'uuid', (_, k) => keys[k].nodeId),
      // Enums travel as text[] (see enterpriseInsert in load.ts).
      col('chain_action', 'text', (r) => r.chainAction, 'chain_action::chain_action'),
      col('intended_investment', 'numeric', (r) => r.intendedInvestment),
      col('land_area', 'numeric', (r) => r.landArea),
      col('expected_jobs', 'integer', (r) => r.expectedJobs),
      col('source_method', 'text', (r) => r.sourceMethod, 'source_method::source_method'),
      col('source_detail', 'text', (r) => r.sourceDetail),
      col('priority', 'text', (r) => r.priority, 'priority::lead_priority'),
      col('expected_signing_month', 'text', (r) => r.expectedSigningMonth),
      col('team_id', 'uuid', (_, k) => keys[k].teamId),
      col('owner_id', 'uuid', (_, k) => keys[k].ownerId),
      col('created_by', 'uuid', (_, k) => keys[k].ownerId),
      col('stage', 'text', (r) => r.stage, 'stage::lead_stage'),
      col('stage_changed_at', 'timestamptz', (r) => r.stageChangedAt),
      col('stage_reason', 'text', (r) => r.stageReason),
      col('last_activity_at', 'timestamptz', (r) => r.lastActivityAt),
      col('conflict', 'boolean', (r) => r.conflict),
      col('version', 'integer', (r) => r.version),
      col('created_at', 'timestamptz', (r) => r.createdAt),
      // The same derivation the data layer stores on every save.
      col('facets', 'text', (r, k) => leadFacets({ ...r, ...keys[k] }).join(LIST_SEPARATOR), list('facets')),
    ],
    { updated_at: 'last_activity_at' },
  );
}

function eventInsert(rows: BenchLead[], refs: LeadRefs): SQL {
  const events = rows.flatMap((r) => r.events.map((e) => ({ ...e, leadId: r.id, actorId: idsOf(r, refs).ownerId })));
  const col = (name: string, type: string, value: (e: (typeof events)[number]) => unknown, select?: string): Column => ({ name, type, values: events.map(value), select });
  return unnestInsert(
    'lead_events',
    [
      col('lead_id', 'uuid', (e) => e.leadId),
      col('at', 'timestamptz', (e) => e.at),
      col('actor_id', 'uuid', (e) => e.actorId),
      col('kind', 'text', (e) => e.kind),
      col('from_stage', 'text', (e) => e.fromStage, 'from_stage::lead_stage'),
      col('to_stage', 'text', (e) => e.toStage, 'to_stage::lead_stage'),
      col('reason', 'text', (e) => e.reason),
    ],
    {},
  );
}

/** Inserts `count` leads on the `enterprises` generated enterprises, with their stage histories; returns the number of events. */
export function loadLeads(db: Db, count: number, enterprises: number, refs: LeadRefs): Promise<number> {
  return loadInBatches(db, {
    count,
    label: 'leads',
    progressEvery: PROGRESS_EVERY,
    row: (i) => leadRow(i, enterprises),
    statements: (rows) => [leadInsert(rows, refs), eventInsert(rows, refs)],
    children: (r) => r.events.length,
  });
}
