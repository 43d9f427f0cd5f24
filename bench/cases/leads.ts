import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { leadFacets } from '@/db/lead-derived';
import { listConflicts } from '@/db/queries/lead-conflicts';
import { LEADS_PAGE_SIZE, listLeadBoard, listLeads } from '@/db/queries/leads';
import { findActiveViewer, type Viewer } from '@/db/queries/viewer';
import { chains, leads, users } from '@/db/schema';
import { DEMO_CHAINS } from '@/db/seed/chain-data';
import { leadFilterSchema, type LeadFilter } from '@/lib/validation/leads';
import type { BenchCase } from '../measure';
import { cursorBefore, deepPage } from './deep-page';
import { leadOfficer } from '../zone';

// Three facets each (stage + chain + method), as a leader narrows the table. Each matches 2,300–3,900 of 200,000
// leads, so page 40 exists for all of them at full scale.
type Filter = { stage: string; chain: string; method: string };
const FILTERS: Filter[] = [
  { stage: 'lead', chain: '汽车及零部件', method: 'fixed_point' },
  { stage: 'contacted', chain: '电子信息', method: 'fixed_point' },
  { stage: 'lead', chain: '医药健康', method: 'fixed_point' },
  { stage: 'lead', chain: '汽车及零部件', method: 'referral' },
];
const DEEP_PAGE = 40;

const labelOf = (f: Filter) => `${f.stage} + ${f.chain} + ${f.method}`;

/** The filter as the /leads page gets it: URL parameters through the page's zod schema. */
function pageFilter(f: Filter, chainIds: Map<string, string>): LeadFilter {
  return leadFilterSchema.parse({ stage: f.stage, chainId: chainIds.get(f.chain), method: f.method });
}

// The facet condition listLeads builds for these three fields (db/queries/leads.ts filterConditions).
function listing(filter: LeadFilter) {
  const facets = leadFacets({ stage: filter.stage, chainId: filter.chainId, sourceMethod: filter.method });
  const where = and(isNull(leads.deletedAt), sql`${leads.facets} @> ${sql.param(facets)}::text[]`);
  return { table: leads, time: leads.lastActivityAt, id: leads.id, where, pageSize: LEADS_PAGE_SIZE };
}

export async function viewerOf(db: Db, username: string): Promise<Viewer> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  const viewer = user && (await findActiveViewer(user.id));
  if (!viewer) throw new Error(`The bench user ${username} is missing: delete the bench database and run again.`);
  return viewer;
}

/**
 * The /leads cases: the kanban of one team as that team's officer (every team in turn), the table's first and
 * DEEP_PAGE-th page under three filters as a leader, and the leaders' 撞单 list.
 */
export async function leadCases(db: Db): Promise<BenchCase[]> {
  const chainIds = new Map((await db.select({ id: chains.id, name: chains.name }).from(chains)).map((c) => [c.name, c.id]));
  const leader = await viewerOf(db, 'bench-leader');
  const officers = await Promise.all(DEMO_CHAINS.map((_, c) => viewerOf(db, leadOfficer(c, 0))));
  const filters = FILTERS.map((f) => ({ label: labelOf(f), filter: pageFilter(f, chainIds) }));

  const deep: BenchCase['calls'] = [];
  for (const { label, filter } of filters) {
    const page = await deepPage(db, listing(filter), DEEP_PAGE);
    if (page < DEEP_PAGE) console.log(`  note: ${label} has only ${page} pages at this scale; its last page stands in for page ${DEEP_PAGE}`);
    const after = await cursorBefore(db, listing(filter), page);
    deep.push({ label: `${label}, page ${page}`, run: () => listLeads(leader, { ...filter, after }) });
  }

  return [
    { name: 'lead kanban one team', calls: officers.map((o) => ({ label: o.teamName ?? o.username, run: () => listLeadBoard(o, {}) })) },
    { name: 'lead table page 1', calls: filters.map(({ label, filter }) => ({ label, run: () => listLeads(leader, filter) })) },
    { name: 'lead table deep page (3 filters)', calls: deep },
    { name: 'lead conflicts list', calls: [{ label: 'leader', run: () => listConflicts(leader) }] },
  ];
}
