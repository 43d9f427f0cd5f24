import { z } from 'zod';
import { day } from './fields';

/** 考核 rows: one per officer, or one per team. */
export const ASSESSMENT_GROUPS = ['officer', 'team'] as const;
export type AssessmentGroup = (typeof ASSESSMENT_GROUPS)[number];

/** The table's columns in page order; each one is a sort key (the URL's `sort`). */
export const ASSESSMENT_SORTS = [
  'name',
  'team',
  'meetings',
  'fixedPoint',
  'doorKnocking',
  'referral',
  'otherMethod',
  'newLeads',
  'leadsAdvanced',
  'signings',
  'signingAmount',
  'fundsInPlace',
  'overdueFollowUps',
] as const;
export type AssessmentSort = (typeof ASSESSMENT_SORTS)[number];
export const SORT_DIRS = ['asc', 'desc'] as const;
export type SortDir = (typeof SORT_DIRS)[number];

/** Text columns read best A→Z; figures best first. */
export const defaultDir = (sort: AssessmentSort): SortDir => (sort === 'name' || sort === 'team' ? 'asc' : 'desc');

/**
 * What the page and the export compute: the period as Asia/Shanghai calendar days, `from` and `to` both
 * included (the URL says what a person reads: "2026-01-01 至 2026-11-26"; the data layer adds a day).
 */
export interface AssessmentQuery {
  from: string;
  to: string;
  by: AssessmentGroup;
  sort: AssessmentSort;
  dir: SortDir;
  teamId?: string;
}


const fields = {
  from: day,
  to: day,
  by: z.enum(ASSESSMENT_GROUPS, 'invalidChoice'),
  sort: z.enum(ASSESSMENT_SORTS, 'invalidChoice'),
  dir: z.enum(SORT_DIRS, 'invalidChoice'),
  teamId: z.uuid('invalidChoice'),
};
const querySchema = z.object(fields).partial();
type RawQuery = z.output<typeof querySchema>;

/** This year to date in Asia/Shanghai: the period when the URL names none. */
export function defaultPeriod(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

function complete(raw: RawQuery, today: string): AssessmentQuery {
  const period = defaultPeriod(today);
  const sort = raw.sort ?? 'name';
  return {
    from: raw.from ?? (raw.to && raw.to < period.from ? `${raw.to.slice(0, 4)}-01-01` : period.from),
    to: raw.to ?? (raw.from && raw.from > period.to ? raw.from : period.to),
    by: raw.by ?? 'officer',
    sort: raw.by === 'team' && sort === 'team' ? 'name' : sort,
    dir: raw.dir ?? defaultDir(sort),
    ...(raw.teamId ? { teamId: raw.teamId } : {}),
  };
}

const single = (params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> => {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const);
  return Object.fromEntries(entries.filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '' && e[0] in fields));
};

export type AssessmentQueryResult = { ok: true; query: AssessmentQuery } | { ok: false; fieldErrors: Record<string, string[]> };

/** For the export: a bad value is refused (400 naming the field), never silently replaced — the file must be what was asked for. */
export function parseAssessmentQuery(params: URLSearchParams, today: string): AssessmentQueryResult {
  const parsed = querySchema.safeParse(single(params));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? '_form')] ??= []).push(issue.message);
    return { ok: false, fieldErrors };
  }
  const query = complete(parsed.data, today);
  if (query.from > query.to) return { ok: false, fieldErrors: { to: ['beforeFrom'] } };
  return { ok: true, query };
}

/** For the page: a hand-edited bad value is dropped (as on the other lists) and the rest still applies; a reversed period is swapped. */
export function parseAssessmentFilter(params: Record<string, string | string[] | undefined>, today: string): AssessmentQuery {
  const raw = single(params);
  const first = querySchema.safeParse(raw);
  const data = first.success ? first.data : querySchema.parse(Object.fromEntries(Object.entries(raw).filter(([k]) => !first.error.issues.some((i) => i.path[0] === k))));
  const query = complete(data, today);
  return query.from > query.to ? { ...query, from: query.to, to: query.from } : query;
}

/** The query string of a query, with the defaults left out only where the page would choose the same. */
export function assessmentSearch(query: AssessmentQuery): string {
  const params = new URLSearchParams({ from: query.from, to: query.to, by: query.by, sort: query.sort, dir: query.dir });
  if (query.teamId) params.set('teamId', query.teamId);
  return params.toString();
}
