import { and, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { enterpriseFacets } from '@/db/enterprise-derived';
import { ENTERPRISES_PAGE_SIZE, listEnterprises } from '@/db/queries/enterprises';
import type { Viewer } from '@/db/queries/viewer';
import { chains, enterprises } from '@/db/schema';
import { makeUscc } from '@/lib/uscc';
import { enterpriseFilterSchema, type EnterpriseFilter } from '@/lib/validation/enterprises';
import type { BenchCase } from '../measure';
import { cursorBefore, deepPage } from './deep-page';

// Common industry words (汽车, 半导 of 半导体), a medium one (医药), a city prefix (苏州) and two rare brands.
const SEARCH_TERMS = ['汽车', '半导', '医药', '苏州', '瀚川', '泓岳'];

// Each matches well over 25,000 of a million enterprises, so page 500 exists at full scale.
type Filter = { chain?: string; tag?: string; province?: string; action?: string };

const FILTERS: Filter[] = [
  { chain: '汽车及零部件', tag: '高新技术企业' },
  { chain: '电子信息' },
  { province: '江苏' },
  { province: '广东', tag: '高新技术企业' },
  { tag: '专精特新' },
];

// Combinations that match a few thousand rows: no single-column index narrows them enough on its own.
const NARROW_FILTERS: Filter[] = [
  { chain: '食品', province: '上海' },
  { tag: '专精特新', province: '吉林' },
  { chain: '汽车及零部件', action: 'upgrade', province: '江苏' },
  { chain: '医药健康', tag: '上市公司' },
];

const DEEP_PAGE = 500;
const USCC_LOOKUPS = 40;

/** The filter as the /enterprises page gets it: URL parameters through the page's zod schema. */
function pageFilter(f: Filter, chainIds: Map<string, string>): EnterpriseFilter {
  return enterpriseFilterSchema.parse({ chainId: f.chain && chainIds.get(f.chain), tag: f.tag, province: f.province, action: f.action });
}

const labelOf = (f: Filter) => Object.values(f).join(' + ');

// What listEnterprises puts on the filter fields the cases use (db/queries/enterprises.ts).
function listing(filter: EnterpriseFilter) {
  const facets = enterpriseFacets({ chainId: filter.chainId, province: filter.province, tags: filter.tag ? [filter.tag] : [] });
  const where = and(isNull(enterprises.deletedAt), facets.length ? sql`${enterprises.facets} @> ${sql.param(facets)}::text[]` : undefined);
  return { table: enterprises, time: enterprises.createdAt, id: enterprises.id, where, pageSize: ENTERPRISES_PAGE_SIZE };
}

/**
 * The /enterprises cases: search by a 2-character name substring and by USCC, a broadly filtered list's first
 * and 500th page, and the first page of narrow filter combinations.
 */
export async function enterpriseCases(db: Db, viewer: Viewer, total: number): Promise<BenchCase[]> {
  const chainIds = new Map((await db.select({ id: chains.id, name: chains.name }).from(chains)).map((c) => [c.name, c.id]));
  const filters = FILTERS.map((f) => ({ label: labelOf(f), filter: pageFilter(f, chainIds) }));

  const deep: BenchCase['calls'] = [];
  for (const { label, filter } of filters) {
    const page = await deepPage(db, listing(filter), DEEP_PAGE);
    if (page < DEEP_PAGE) console.log(`  note: ${label} has only ${page} pages at this scale; its last page stands in for page ${DEEP_PAGE}`);
    const after = await cursorBefore(db, listing(filter), page);
    deep.push({ label: `${label}, page ${page}`, run: () => listEnterprises(viewer, { ...filter, after }) });
  }

  // Spread over the whole table (golden-ratio steps), so the lookups hit cold and warm parts alike.
  const usccs = Array.from({ length: USCC_LOOKUPS }, (_, k) => makeUscc(Math.floor(((k * 0.6180339887) % 1) * total)));

  return [
    { name: 'enterprise search 2-char name', calls: SEARCH_TERMS.map((q) => ({ label: q, run: () => listEnterprises(viewer, enterpriseFilterSchema.parse({ q })) })) },
    { name: 'enterprise search USCC', calls: usccs.map((q) => ({ label: q, run: () => listEnterprises(viewer, enterpriseFilterSchema.parse({ q })) })) },
    { name: 'enterprise list filtered page 1', calls: filters.map(({ label, filter }) => ({ label, run: () => listEnterprises(viewer, filter) })) },
    { name: `enterprise list filtered page ${DEEP_PAGE}`, calls: deep },
    {
      name: 'enterprise list narrow filters page 1',
      calls: NARROW_FILTERS.map((f) => ({ label: labelOf(f), run: () => listEnterprises(viewer, pageFilter(f, chainIds)) })),
    },
  ];
}
