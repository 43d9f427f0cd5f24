import type { LeagueSort } from '@/lib/validation/dashboard';

export interface DashboardParams {
  year: number;
  teamId?: string;
  chainId?: string;
  sort?: LeagueSort;
}

/** The dashboard URL for a set of filters (empty ones left out), e.g. for the league table's sort links. */
export function dashboardHref(params: DashboardParams): string {
  const query = new URLSearchParams();
  query.set('year', String(params.year));
  if (params.teamId) query.set('teamId', params.teamId);
  if (params.chainId) query.set('chainId', params.chainId);
  if (params.sort) query.set('sort', params.sort);
  return `/dashboard?${query}`;
}
