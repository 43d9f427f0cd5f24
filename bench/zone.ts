import type { Db } from '@/db';
import { chainNodes, chains, teams, users } from '@/db/schema';
import { DEMO_CHAINS } from '@/db/seed/chain-data';
import { DEMO_TEAMS } from '@/db/seed/teams';
import type { ZoneRefs } from './load';

/** The user whose Viewer the cases run as: an officer, the role that works the library and the chain maps daily. */
export const BENCH_VIEWER = 'bench-officer';

// No password can match this hash: the bench logins exist for the data layer, not for signing in.
const NO_PASSWORD = '!';

/** The demo zone's teams and chains with their links, and the bench's users. */
export async function insertZone(db: Db): Promise<ZoneRefs> {
  const teamRows = await db.insert(teams).values(DEMO_TEAMS).returning({ id: teams.id, name: teams.name });
  const teamId = new Map(teamRows.map((t) => [t.name, t.id]));
  const people = await db
    .insert(users)
    .values([
      { username: 'bench-leader', displayName: '基准测试领导', role: 'leader', passwordHash: NO_PASSWORD },
      { username: BENCH_VIEWER, displayName: '基准测试专员', role: 'officer', teamId: teamId.get(DEMO_CHAINS[0].teamName), passwordHash: NO_PASSWORD },
    ])
    .returning({ id: users.id, role: users.role });
  const leaderId = people.find((p) => p.role === 'leader')!.id;

  const refs: ZoneRefs = { chainIds: [], nodeIds: [], teamIds: [] };
  for (const [i, chain] of DEMO_CHAINS.entries()) {
    const team = teamId.get(chain.teamName) ?? null;
    const [row] = await db
      .insert(chains)
      .values({ name: chain.name, description: chain.description, teamId: team, leaderId, sortOrder: i + 1 })
      .returning({ id: chains.id });
    const nodes = await db
      .insert(chainNodes)
      .values(chain.nodes.map((n, k) => ({ ...n, chainId: row.id, sortOrder: k + 1 })))
      .returning({ id: chainNodes.id, name: chainNodes.name });
    // By name, not by position: RETURNING does not promise the VALUES order.
    const nodeId = new Map(nodes.map((n) => [n.name, n.id]));
    refs.chainIds.push(row.id);
    refs.nodeIds.push(chain.nodes.map((n) => nodeId.get(n.name)!));
    refs.teamIds.push(team);
  }
  return refs;
}
