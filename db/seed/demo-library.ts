import { eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db';
import { derivedColumns } from '@/db/enterprise-derived';
import { chainLeaderEnterprises, chainNodes, chains, contacts, enterprises, users } from '@/db/schema';
import { makeUscc } from '@/lib/uscc';
import { DEMO_CHAINS } from './chain-data';
import { demoEnterprises } from './enterprise-data';

/**
 * The demo zone's chains with their nodes, ~300 fictional enterprises with contacts, and the chains'
 * 链主企业. Idempotent: chains are matched by name, enterprises by their (deterministic) USCC.
 */
export async function seedDemoLibrary(tx: Tx, teamIds: Map<string, string>): Promise<void> {
  const [leader] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'leader'));
  const newChains = await tx
    .insert(chains)
    .values(DEMO_CHAINS.map((c, i) => ({ name: c.name, description: c.description, teamId: teamIds.get(c.teamName), leaderId: leader?.id, sortOrder: i + 1 })))
    .onConflictDoNothing({ target: chains.name, where: sql`deleted_at is null` })
    .returning({ id: chains.id, name: chains.name });
  for (const { id, name } of newChains) {
    const chain = DEMO_CHAINS.find((c) => c.name === name)!;
    await tx.insert(chainNodes).values(chain.nodes.map((n, i) => ({ ...n, chainId: id, sortOrder: i + 1 })));
  }

  const chainRows = await tx.select({ id: chains.id, name: chains.name, teamId: chains.teamId }).from(chains).where(isNull(chains.deletedAt));
  const nodeRows = await tx.select({ id: chainNodes.id, chainId: chainNodes.chainId, name: chainNodes.name }).from(chainNodes).where(isNull(chainNodes.deletedAt));
  const chainByName = new Map(chainRows.map((c) => [c.name, c]));
  const nodeId = (chainId: string, name: string | null) => (name ? nodeRows.find((n) => n.chainId === chainId && n.name === name)?.id : undefined) ?? null;

  const list = demoEnterprises();
  const inserted = await tx
    .insert(enterprises)
    .values(
      list.map((e, i) => {
        const chain = chainByName.get(e.chainName)!;
        const row = {
          name: e.name,
          uscc: makeUscc(i),
          province: e.province,
          city: e.city,
          industry: e.industry,
          chainId: chain.id,
          nodeId: nodeId(chain.id, e.nodeName),
          chainAction: e.chainAction,
          tags: e.tags,
          registeredCapital: e.registeredCapital,
          scale: e.scale,
          website: e.website,
          address: e.address,
          intro: e.intro,
          source: e.source,
          teamId: chain.teamId,
        };
        return { ...row, ...derivedColumns(row) };
      }),
    )
    .onConflictDoNothing({ target: enterprises.uscc, where: sql`deleted_at is null` })
    .returning({ id: enterprises.id, uscc: enterprises.uscc, chainId: enterprises.chainId, tags: enterprises.tags });
  if (inserted.length === 0) return;

  const indexByUscc = new Map(list.map((_, i) => [makeUscc(i), i]));
  await tx.insert(contacts).values(inserted.flatMap((row) => list[indexByUscc.get(row.uscc!)!].contacts.map((c) => ({ ...c, enterpriseId: row.id }))));
  const anchors = inserted.filter((row) => row.tags.includes('链主企业') && row.chainId);
  if (anchors.length) {
    await tx
      .insert(chainLeaderEnterprises)
      .values(anchors.map((row) => ({ chainId: row.chainId!, enterpriseId: row.id })))
      .onConflictDoNothing();
  }
  // Keep the planner's statistics current after a bulk load.
  await tx.execute(sql`analyze ${enterprises}`);
}
