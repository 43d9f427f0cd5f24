import type { MeetingKind } from '@/db/schema';

/** The meeting's filter values as one GIN-indexed array (see db/enterprise-derived.ts for why). */
export function meetingFacets(m: { kind?: MeetingKind | null; teamId?: string | null; chainId?: string | null; enterpriseId?: string | null; attendeeIds?: readonly string[] }): string[] {
  const facets = [m.kind && `k:${m.kind}`, m.teamId && `t:${m.teamId}`, m.chainId && `c:${m.chainId}`, m.enterpriseId && `e:${m.enterpriseId}`, ...(m.attendeeIds ?? []).map((id) => `u:${id}`)];
  return facets.filter((f): f is string => Boolean(f));
}
