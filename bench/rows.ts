import { ENTERPRISE_TAGS, type ChainAction, type EnterpriseScale, type EnterpriseTag, type NodeStatus } from '@/db/schema';
import { DEMO_CHAINS } from '@/db/seed/chain-data';
import { DEMO_ENTERPRISE_PROFILES, type NodeProfile } from '@/db/seed/enterprise-data';
import { nameGrams, nameKey, searchForm } from '@/lib/enterprise-name';
import { targetScore } from '@/lib/enterprise-tags';
import { makeUscc } from '@/lib/uscc';
import { BRAND_FIRST, BRAND_SECOND, GIVEN_FIRST, GIVEN_LAST, MOBILE_PREFIXES, REGIONS, ROADS, SOURCES, SURNAMES, TITLES, UNCHAINED, type Region } from './pools';
import { pick, rowRng, uuidFrom, weightedPicker, type Rng } from './random';

/** Recorded with the data, which is regenerated (not reused) when it differs: change it whenever the rows change. */
export const BENCH_SEED = 0x5eed0b1e;

export interface EnterpriseRow {
  id: string;
  createdAt: string;
  name: string;
  nameSearch: string;
  nameGrams: string[];
  nameKey: string;
  uscc: string;
  province: string;
  city: string;
  industry: string;
  /** Index into DEMO_CHAINS (the generator maps it to the chain's id), null for a firm on no chain. */
  chain: number | null;
  /** Index into that chain's nodes, null when not yet placed on a link. */
  node: number | null;
  chainAction: ChainAction | null;
  tags: string[];
  targetScore: number;
  registeredCapital: number | null;
  scale: EnterpriseScale | null;
  website: string;
  address: string;
  intro: string;
  source: string;
  contacts: ContactRow[];
}

export interface ContactRow {
  id: string;
  name: string;
  title: string;
  mobile: string;
  email: string;
  wechat: string;
  isPrimary: boolean;
}

// Targets sit where the chain is short: three times as many per missing link as per strong one. A link the demo
// marks sparse stays nearly empty, so the map keeps a gap with almost nobody to court.
const STATUS_WEIGHT: Record<NodeStatus, number> = { missing: 3, weak: 2, strong: 1 };

const CHAINS = DEMO_CHAINS.map((chain) => {
  const profile = DEMO_ENTERPRISE_PROFILES.find((p) => p.chain === chain.name);
  if (!profile) throw new Error(`No enterprise profile for chain ${chain.name}`);
  const nodes = chain.nodes.map((n) => profile.nodes.find((p) => p.node === n.name)!);
  return {
    profile,
    nodes,
    pickNode: weightedPicker(nodes.map((n, i) => [i, n.sparse ? 0.05 : STATUS_WEIGHT[n.status]] as const)),
    pickRegion: weightedPicker(REGIONS.map((r) => [r, r.weight * (profile.regionBoost[r.city] ?? 1)] as const)),
  };
});
const SHARE_TOTAL = CHAINS.reduce((sum, c) => sum + c.profile.share, 0);
// 5% of the library is on no chain yet (bulk imports nobody has classified).
const pickChain = weightedPicker<number | null>([...CHAINS.map((c, i) => [i, c.profile.share] as const), [null, (SHARE_TOTAL * 5) / 95]]);
const pickRegion = weightedPicker(REGIONS.map((r) => [r, r.weight] as const));
const pickSource = weightedPicker(SOURCES);
const pickContactCount = weightedPicker([[1, 3], [2, 4], [3, 3]] as const);
const AI_CHAIN = DEMO_CHAINS.findIndex((c) => c.name === '人工智能');
const FOOD_CHAIN = DEMO_CHAINS.findIndex((c) => c.name === '食品');
const UNICORN_CHAINS = new Set(['人工智能', '氢能源', '电子信息'].map((name) => DEMO_CHAINS.findIndex((c) => c.name === name)));

// Five years of records ending at a fixed date (not now), so the same scale always gives the same rows.
const START_MS = Date.UTC(2021, 5, 1);
const SPAN_MS = Date.UTC(2026, 5, 1) - START_MS;

/**
 * Tags at national-library rates (a precision-targeting list is much richer than the whole library): ~0.3%
 * 世界500强, 0.5% 中国500强, 2–3% listed, 1.5% 小巨人, 6% 专精特新, ~25% 高新; a handful of 链主企业 per chain.
 */
function tagsFor(rng: Rng, chain: number | null): Set<EnterpriseTag> {
  const tags = new Set<EnterpriseTag>();
  const r = rng();
  if (r < 0.00003 && chain !== null && chain !== AI_CHAIN) {
    tags.add('链主企业').add('上市公司');
    if (rng() < 0.5) tags.add('中国500强');
  } else if (r < 0.003) tags.add('世界500强');
  else if (r < 0.008) {
    tags.add('中国500强');
    if (rng() < 0.5) tags.add('上市公司');
  } else if (r < 0.03) tags.add('上市公司');
  else {
    const s = rng();
    if (chain !== null && UNICORN_CHAINS.has(chain) && s < 0.002) tags.add('独角兽');
    else if (s < 0.017) tags.add('专精特新"小巨人"').add('高新技术企业');
    else if (s < 0.077) {
      tags.add('专精特新');
      if (rng() < 0.85) tags.add('高新技术企业');
    } else if (rng() < (chain === FOOD_CHAIN ? 0.08 : 0.25)) tags.add('高新技术企业');
  }
  return tags;
}

// 万元 ranges by the strongest tag, in this order; untagged firms span 50 万 to 2 亿.
const CAPITAL_RANGES: readonly (readonly [EnterpriseTag, number, number])[] = [
  ['链主企业', 80000, 500000], ['中国500强', 50000, 400000], ['世界500强', 20000, 300000], ['上市公司', 12000, 150000],
  ['独角兽', 3000, 40000], ['专精特新"小巨人"', 2000, 20000], ['专精特新', 500, 10000], ['高新技术企业', 200, 30000],
];

function capitalFor(rng: Rng, tags: Set<EnterpriseTag>): number | null {
  if (rng() < 0.03) return null; // not yet looked up
  const [, lo, hi] = CAPITAL_RANGES.find(([tag]) => tags.has(tag)) ?? ['', 50, 20000];
  const value = lo * (hi / lo) ** rng();
  // A listed company's registered capital is its share count, hence fen; others register round figures.
  if (tags.has('上市公司')) return Math.round(value * 100) / 100;
  const step = value < 1000 ? 50 : value < 10000 ? 100 : value < 100000 ? 1000 : 10000;
  return Math.max(step, Math.round(value / step) * step);
}

function scaleFor(capital: number | null): EnterpriseScale | null {
  if (capital === null) return null;
  if (capital >= 20000) return 'large';
  if (capital >= 3000) return 'medium';
  return capital >= 500 ? 'small' : 'micro';
}

// What a target on a link of each status is wanted for (补链 fills gaps, 延链 extends, 强链 upgrades).
const ACTIONS = {
  unplaced: weightedPicker<ChainAction>([['supplement', 3], ['extend', 4], ['upgrade', 3]]),
  missing: weightedPicker<ChainAction>([['supplement', 85], ['extend', 15]]),
  weak: weightedPicker<ChainAction>([['supplement', 20], ['extend', 45], ['upgrade', 35]]),
  strong: weightedPicker<ChainAction>([['extend', 55], ['upgrade', 45]]),
};

function actionFor(rng: Rng, chain: number | null, node: NodeProfile | null): ChainAction | null {
  if (chain === null || rng() < 0.15) return null;
  if (chain === AI_CHAIN) return 'build';
  if (node?.lean && rng() < 0.6) return node.lean;
  return ACTIONS[node?.status ?? 'unplaced'](rng);
}

function legalForm(rng: Rng, tags: Set<EnterpriseTag>, capital: number, word: string, service: boolean): string {
  if (tags.has('世界500强')) return '（中国）有限公司';
  if (tags.has('上市公司')) return '股份有限公司';
  if (tags.has('中国500强') || tags.has('链主企业')) return '集团有限公司';
  const tech = !service && !/(科技|技术|研究院)$/.test(word);
  const forms: [string, number][] = [['有限公司', 50], ['科技有限公司', tech ? 25 : 0], ['股份有限公司', capital >= 1000 ? 15 : 0], ['集团有限公司', capital >= 20000 ? 6 : 0]];
  return weightedPicker(forms)(rng);
}

/** Two different items. */
function twoOf<T>(rng: Rng, items: readonly T[]): [T, T] {
  const a = Math.floor(rng() * items.length);
  const b = (a + 1 + Math.floor(rng() * (items.length - 1))) % items.length;
  return [items[a], items[b]];
}

/** 1–3 contacts (2 on average); contact k of enterprise i has mobile serial 3i+k, and serial × odd constant mod 10^8 is one-to-one. */
function contactsFor(rng: Rng, index: number, domain: string): ContactRow[] {
  const count = pickContactCount(rng);
  const titles = [...TITLES];
  return Array.from({ length: count }, (_, k) => {
    const [surname, surnamePy] = pick(rng, SURNAMES);
    const given = rng() < 0.35 ? [pick(rng, GIVEN_LAST)] : [pick(rng, GIVEN_FIRST), pick(rng, GIVEN_LAST)];
    const py = surnamePy + given.map((g) => g[1]).join('');
    const title = titles.splice(Math.floor(rng() * titles.length), 1)[0];
    const tail = ((index * 3 + k) * 48271237 + 20250317) % 100_000_000;
    return {
      id: uuidFrom(rng, index * 3 + k),
      name: surname + given.map((g) => g[0]).join(''),
      title,
      mobile: pick(rng, MOBILE_PREFIXES) + String(tail).padStart(8, '0'),
      email: `${py}${k > 0 ? k : ''}@${domain}`,
      wechat: rng() < 0.5 ? `${py}${1965 + Math.floor(rng() * 35)}` : '',
      isPrimary: k === 0,
    };
  });
}

/** The i-th of `count` enterprises: a pure function of (i, count), so batches can be built in any order. */
export function enterpriseRow(i: number, count: number): EnterpriseRow {
  const rng = rowRng(BENCH_SEED, 1, i);
  const chain = pickChain(rng);
  const plan = chain === null ? null : CHAINS[chain];
  const node = plan && rng() >= 0.1 ? plan.pickNode(rng) : null;
  const profile = plan ? (node === null ? pick(rng, plan.nodes) : plan.nodes[node]) : null;
  const unchained = pick(rng, UNCHAINED);
  const region: Region = plan ? plan.pickRegion(rng) : pickRegion(rng);
  const tags = tagsFor(rng, chain);
  const capital = capitalFor(rng, tags);

  const brand = [pick(rng, BRAND_FIRST), pick(rng, BRAND_SECOND)];
  const word = pick(rng, profile?.words ?? unchained.words);
  const form = legalForm(rng, tags, capital ?? 0, word, profile?.service ?? false);
  const style = rng();
  const foreign = form.startsWith('（');
  const prefix = !foreign && style < 0.25 ? region.city : '';
  const bracket = !foreign && form === '有限公司' && style >= 0.25 && style < 0.32 ? `（${region.city}）` : '';
  const name = `${prefix}${brand[0][0]}${brand[1][0]}${word}${bracket}${form}`;
  const domain = `${brand[0][1]}${brand[1][1]}${i + 1}.com.cn`;
  const products = profile ? twoOf(rng, profile.products).join('、') : word;
  const tagList = ENTERPRISE_TAGS.filter((t) => tags.has(t));

  return {
    id: uuidFrom(rng, i),
    createdAt: new Date(START_MS + Math.floor(((i + rng()) * SPAN_MS) / count)).toISOString(),
    name,
    nameSearch: searchForm(name),
    nameGrams: nameGrams(name),
    nameKey: nameKey(name),
    uscc: makeUscc(i),
    province: region.province,
    city: region.city,
    industry: profile?.industry ?? unchained.industry,
    chain,
    node,
    chainAction: actionFor(rng, chain, node === null ? null : profile),
    tags: tagList,
    targetScore: targetScore(tagList),
    registeredCapital: capital,
    scale: scaleFor(capital),
    website: `https://www.${domain}`,
    address: `${region.city}市${pick(rng, ROADS)}${1 + Math.floor(rng() * 800)}号`,
    intro: profile ? `公司主要从事${products}的研发、生产和销售，${pick(rng, profile.markets)}。` : `公司主要从事${word}业务。`,
    source: pickSource(rng),
    contacts: contactsFor(rowRng(BENCH_SEED, 2, i), i, domain),
  };
}
