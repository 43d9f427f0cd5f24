import { asc } from 'drizzle-orm';
import type { Db } from '@/db';
import { getChainMap } from '@/db/queries/chains';
import type { Viewer } from '@/db/queries/viewer';
import { chains } from '@/db/schema';
import type { BenchCase } from '../measure';

/** The chain map page (/chains/[id]) of every chain: node counts over the chain's enterprises, gaps and targets. */
export async function chainCases(db: Db, viewer: Viewer): Promise<BenchCase[]> {
  const rows = await db.select({ id: chains.id, name: chains.name }).from(chains).orderBy(asc(chains.sortOrder));
  return [{ name: 'chain map counts', calls: rows.map((c) => ({ label: c.name, run: () => getChainMap(viewer, c.id) })) }];
}
