import type { AuditFilter } from '@/lib/validation/audit';

/** The audit page narrowed by one more value (an actor, an address), from page one. */
export function filterHref(filter: AuditFilter, patch: Partial<AuditFilter>): string {
  const params = Object.entries({ ...filter, ...patch, after: undefined }).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '');
  return `/admin/audit?${new URLSearchParams(params)}`;
}
