import { sql } from 'drizzle-orm';
import type { ChainAction, LeadStage, SourceMethod } from '@/db/schema';
import { ACTIVE_STAGES } from '@/lib/lead-stages';

export interface LeadFacetSource {
  stage: LeadStage;
  chainId: string | null;
  nodeId: string | null;
  chainAction: ChainAction | null;
  sourceMethod: SourceMethod | null;
  teamId: string;
  ownerId: string;
}

/** The lead's filter values as one GIN-indexed array (as for enterprises, see db/enterprise-derived.ts). */
export function leadFacets(l: Partial<LeadFacetSource>): string[] {
  const facets = [
    l.stage && `s:${l.stage}`,
    l.chainId && `c:${l.chainId}`,
    l.nodeId && `n:${l.nodeId}`,
    l.chainAction && `a:${l.chainAction}`,
    l.sourceMethod && `m:${l.sourceMethod}`,
    l.teamId && `t:${l.teamId}`,
    l.ownerId && `o:${l.ownerId}`,
  ];
  return facets.filter((f): f is string => Boolean(f));
}

/** `('lead', 'contacted', …)`: the active stages as an SQL list, for `stage in …`. */
export const ACTIVE_STAGES_SQL = sql.raw(`(${ACTIVE_STAGES.map((s) => `'${s}'`).join(', ')})`);
