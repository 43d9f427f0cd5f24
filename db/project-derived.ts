import type { ChainAction, ProjectStatus } from '@/db/schema';
import { isMajor } from '@/lib/project-status';

export interface ProjectFacetSource {
  signedOn: string;
  chainId: string | null;
  nodeId: string | null;
  chainAction: ChainAction | null;
  teamId: string;
  ownerId: string;
  contractedInvestment: number;
  status: ProjectStatus;
  occasion: string;
}

/** The project's filter values as one GIN-indexed array (as for enterprises, see db/enterprise-derived.ts). */
export function projectFacets(p: ProjectFacetSource): string[] {
  const facets = [
    `y:${p.signedOn.slice(0, 4)}`,
    p.chainId && `c:${p.chainId}`,
    p.nodeId && `n:${p.nodeId}`,
    p.chainAction && `a:${p.chainAction}`,
    `t:${p.teamId}`,
    `o:${p.ownerId}`,
    `m:${isMajor(p.contractedInvestment) ? 1 : 0}`,
    `s:${p.status}`,
    p.occasion && `oc:${p.occasion}`,
  ];
  return facets.filter((f): f is string => Boolean(f));
}
