import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { chainNodes, chains, teams, users } from '@/db/schema';
import type { ProjectFilter } from '@/lib/validation/projects';
import { writeAudit } from './audit';
import { assertCan, type Viewer } from './viewer';

// A type alias, not an interface: db.execute wants a row type with an index signature.
export type ProjectFilterNames = {
  chain: string | null;
  node: string | null;
  team: string | null;
  owner: string | null;
};

/**
 * The names behind the ids a project filter names, for the export's title row: the list sent upward says
 * "产业链：新能源汽车", never a uuid. Archived records keep their name here (the filter still names them);
 * an id that matches nothing is null. Names of chains, teams and colleagues are not team-scoped.
 */
export async function projectFilterNames(viewer: Viewer, filter: Pick<ProjectFilter, 'chainId' | 'nodeId' | 'teamId' | 'ownerId'>): Promise<ProjectFilterNames> {
  assertCan(viewer, 'projects.export');
  const { chainId, nodeId, teamId, ownerId } = filter;
  if (!chainId && !nodeId && !teamId && !ownerId) return { chain: null, node: null, team: null, owner: null };
  const db = await getDb();
  // One round trip; a missing id compares with null and yields null.
  const { rows } = await db.execute<ProjectFilterNames>(sql`select
    (select ${chains.name} from ${chains} where ${chains.id} = ${chainId ?? null}::uuid) as chain,
    (select ${chainNodes.name} from ${chainNodes} where ${chainNodes.id} = ${nodeId ?? null}::uuid) as node,
    (select ${teams.name} from ${teams} where ${teams.id} = ${teamId ?? null}::uuid) as team,
    (select ${users.displayName} from ${users} where ${users.id} = ${ownerId ?? null}::uuid) as owner`);
  return rows[0];
}

/**
 * Logs a signed-deal export (who, format, filters, row count) when it starts, so a download the browser
 * aborts is on record too. Officers and leaders alike: everyone who may export is logged.
 */
export async function recordProjectExport(viewer: Viewer, entry: { format: 'xlsx' | 'csv'; filters: ProjectFilter; rows: number }): Promise<void> {
  assertCan(viewer, 'projects.export');
  const db = await getDb();
  await db.transaction((tx) => writeAudit(tx, viewer, { action: 'export', entityType: 'projects', entityId: 'list', changes: { format: entry.format, filters: entry.filters, rows: entry.rows } }));
}
