import type { ChainAction } from '@/db/schema';
import { nameGrams, nameKey, searchForm } from '@/lib/enterprise-name';
import { targetScore } from '@/lib/enterprise-tags';

/** What the library's filters match on, one string per filter value. */
export interface FacetSource {
  chainId: string | null;
  nodeId: string | null;
  chainAction: ChainAction | null;
  province: string;
  city: string;
  teamId: string | null;
  tags: readonly string[];
}

/**
 * The filter values of an enterprise as one GIN-indexed array, so any combination of filters is a single
 * `facets @> {…}` index lookup: separate indexes per filter made combined filters at a million rows scan
 * every candidate of the most selective one.
 */
export function enterpriseFacets(e: Partial<FacetSource>): string[] {
  const facets = [
    e.chainId && `c:${e.chainId}`,
    e.nodeId && `n:${e.nodeId}`,
    e.chainAction && `a:${e.chainAction}`,
    e.province && `p:${e.province}`,
    e.city && `ct:${e.city}`,
    e.teamId && `t:${e.teamId}`,
    ...(e.tags ?? []).map((tag) => `g:${tag}`),
  ];
  return facets.filter((f): f is string => Boolean(f));
}

/** Columns kept in step with an enterprise's name, tags and placement on every write. */
export function derivedColumns(e: FacetSource & { name: string }) {
  return {
    nameSearch: searchForm(e.name),
    nameGrams: nameGrams(e.name),
    nameKey: nameKey(e.name),
    targetScore: targetScore(e.tags),
    facets: enterpriseFacets(e),
  };
}
