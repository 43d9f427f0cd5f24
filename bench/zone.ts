import { inArray, like } from 'drizzle-orm';
import type { Db } from '@/db';
import { chainNodes, chains, teams, users } from '@/db/schema';
import { DEMO_CHAINS } from '@/db/seed/chain-data';
import { DEMO_TEAMS } from '@/db/seed/teams';
import { OFFICERS_PER_TEAM } from './lead-rows';
import type { ZoneRefs } from './load';
import type { LeadRefs } from './load-leads';

/** The user whose Viewer the cases run as: an officer, the role that works the library and the chain maps daily. */
export const BENCH_VIEWER = 'bench-officer';

// No password can match this hash: the bench logins exist for the data layer, not for signing in.
export const NO_PASSWORD = '!';

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

/** The zone's ids read back by name: the leads are added to a library generated earlier. */
export async function readZone(db: Db): Promise<ZoneRefs> {
  const chainRows = await db.select({ id: chains.id, name: chains.name, teamId: chains.teamId }).from(chains).where(inArray(chains.name, DEMO_CHAINS.map((c) => c.name)));
  const nodeRows = await db.select({ id: chainNodes.id, chainId: chainNodes.chainId, name: chainNodes.name }).from(chainNodes);
  const refs: ZoneRefs = { chainIds: [], nodeIds: [], teamIds: [] };
  for (const chain of DEMO_CHAINS) {
    const row = chainRows.find((c) => c.name === chain.name);
    if (!row?.teamId) throw new Error(`The bench chain ${chain.name} or its team is missing: delete the bench database and run again.`);
    refs.chainIds.push(row.id);
    refs.nodeIds.push(chain.nodes.map((n) => nodeRows.find((r) => r.chainId === row.id && r.name === n.name)!.id));
    refs.teamIds.push(row.teamId);
  }
  return refs;
}

/** The officer who owns a team's generated leads: `bench-officer-<chain>-<k>`, both counted from 1. */
export const leadOfficer = (chain: number, k: number) => `bench-officer-${chain + 1}-${k + 1}`;

/** A few officers per team to own the generated leads (kept when the leads are regenerated). */
export async function insertLeadOfficers(db: Db, refs: ZoneRefs): Promise<LeadRefs> {
  await db
    .insert(users)
    .values(
      DEMO_CHAINS.flatMap((chain, c) =>
        Array.from({ length: OFFICERS_PER_TEAM }, (_, k) => ({
          username: leadOfficer(c, k),
          displayName: `${chain.name}专员${k + 1}`,
          role: 'officer' as const,
          teamId: refs.teamIds[c],
          passwordHash: NO_PASSWORD,
        })),
      ),
    )
    .onConflictDoNothing({ target: users.username });
  const rows = await db.select({ id: users.id, username: users.username }).from(users).where(like(users.username, 'bench-officer-%-%'));
  const byName = new Map(rows.map((r) => [r.username, r.id]));
  return { ...refs, ownerIds: DEMO_CHAINS.map((_, c) => Array.from({ length: OFFICERS_PER_TEAM }, (_, k) => byName.get(leadOfficer(c, k))!)) };
}
