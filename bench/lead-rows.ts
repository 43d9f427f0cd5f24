import type { ChainAction, LeadPriority, LeadStage, SourceMethod } from '@/db/schema';
import { DEMO_CHAINS } from '@/db/seed/chain-data';
import { DEMO_ENTERPRISE_PROFILES } from '@/db/seed/enterprise-data';
import { PIPELINE } from '@/lib/lead-stages';
import { pick, rowRng, uuidFrom, weightedPicker, type Rng } from './random';
import { enterpriseRow, type EnterpriseRow } from './rows';

/** Recorded with the leads, which are regenerated (not reused) when it differs: change it whenever lead rows change. */
export const LEAD_SEED = 0x1ead0b1e;

/** One lead per five enterprises: 200,000 at scale 1. Lead i courts one enterprise of serials 5i … 5i+4. */
const ENTERPRISES_PER_LEAD = 5;
export const leadCountFor = (enterprises: number) => Math.floor(enterprises / ENTERPRISES_PER_LEAD);

/** Officers per team who own the team's leads (the generator creates them). */
export const OFFICERS_PER_TEAM = 6;

// Leads 1000k and 1000k+1 are two teams' active leads on one enterprise (撞单): 400 flagged leads at 200,000.
const CONFLICT_PERIOD = 1000;

const DAY = 86_400_000;
// Two years of activity, ending where the enterprises' creation dates end (bench/rows.ts): fixed, not now, so the
// same scale always gives the same rows. Seen from today most leads are stalled, which no case depends on.
const END_MS = Date.UTC(2026, 5, 1);
const START_MS = END_MS - 730 * DAY;

export interface BenchLeadEvent {
  at: string;
  kind: 'created' | 'stage' | 'updated';
  fromStage: LeadStage | null;
  toStage: LeadStage | null;
  reason: string;
}

export interface BenchLead {
  id: string;
  enterpriseId: string;
  /** DEMO_CHAINS index of the working team (each chain has its team), and that team's officer index. */
  team: number;
  owner: number;
  /** DEMO_CHAINS and node indexes: the enterprise's, as insertLead copies them, or the team's when a node had to be chosen. */
  chain: number | null;
  node: number | null;
  /** The enterprise's own chain (meetings copy it, as logMeeting does) and its contacts' ids. */
  enterpriseChain: number | null;
  contactIds: string[];
  chainAction: ChainAction | null;
  stage: LeadStage;
  projectName: string;
  content: string;
  intendedInvestment: number | null;
  landArea: number | null;
  expectedJobs: number | null;
  sourceMethod: SourceMethod | null;
  sourceDetail: string;
  priority: LeadPriority;
  expectedSigningMonth: string | null;
  createdAt: string;
  stageChangedAt: string;
  stageReason: string;
  lastActivityAt: string;
  conflict: boolean;
  version: number;
  events: BenchLeadEvent[];
}

// The demo's shares: 30/25/15/15/8/7, no 签约 (signing goes through projects, which do not exist yet).
const pickStage = weightedPicker<LeadStage>([['lead', 30], ['contacted', 25], ['site_visit', 15], ['negotiating', 15], ['on_hold', 8], ['dropped', 7]]);
// 定点招商 leads, as in zones with officers stationed in the developed regions; 3% not recorded.
const pickMethod = weightedPicker<SourceMethod | null>([
  ['fixed_point', 35], ['referral', 20], ['trade_fair', 15], ['door_knocking', 12], ['agency', 8], ['department', 7], [null, 3],
]);
const pickPriority = weightedPicker<LeadPriority>([['high', 20], ['medium', 55], ['low', 25]]);
const SUFFIXES = ['生产基地项目', '研发及产业化项目', '扩产项目', '智能化技术改造项目', '区域总部项目'];
const STATIONS = ['深圳', '上海', '苏州', '北京', '杭州'];
const HOLD = '企业投资计划推迟，项目暂缓';
const DROP = '企业最终选择落户其他园区';
const PROFILES = DEMO_CHAINS.map((c) => DEMO_ENTERPRISE_PROFILES.find((p) => p.chain === c.name)!);

/** The enterprise lead i courts and the team working it: the pair's first lead for a 撞单 partner. */
function placement(i: number, enterprises: number): { firm: EnterpriseRow; team: number } {
  const firm = enterpriseRow(ENTERPRISES_PER_LEAD * i + Math.floor(rowRng(LEAD_SEED, 1, i)() * ENTERPRISES_PER_LEAD), enterprises);
  // A firm on no chain yet is worked by any team.
  return { firm, team: firm.chain ?? Math.floor(rowRng(LEAD_SEED, 2, i)() * DEMO_CHAINS.length) };
}

const at = (ms: number) => new Date(Math.round(ms)).toISOString();

/** The stages passed through to reach `stage`; a side exit leaves from a random pipeline stage. */
function pathTo(rng: Rng, stage: LeadStage): LeadStage[] {
  if (stage === 'on_hold' || stage === 'dropped') return [...PIPELINE.slice(0, 1 + Math.floor(rng() * PIPELINE.length)), stage];
  return PIPELINE.slice(0, PIPELINE.indexOf(stage) + 1);
}

/** The i-th of the leads for `enterprises` enterprises: a pure function of (i, enterprises), like enterpriseRow. */
export function leadRow(i: number, enterprises: number): BenchLead {
  const rng = rowRng(LEAD_SEED, 3, i);
  const partner = i % CONFLICT_PERIOD === 1;
  const conflict = partner || (i % CONFLICT_PERIOD === 0 && leadCountFor(enterprises) > i + 1);
  const first = placement(partner ? i - 1 : i, enterprises);
  const firm = first.firm;
  // The partner is another team on the same firm.
  const team = partner ? (first.team + 1 + Math.floor(rng() * (DEMO_CHAINS.length - 1))) % DEMO_CHAINS.length : first.team;
  // Both sides of a 撞单 are still being worked.
  const stage = conflict ? PIPELINE[Math.floor(rng() * PIPELINE.length)] : pickStage(rng);
  const path = pathTo(rng, stage);
  const reached = Math.max(...path.map((s) => PIPELINE.indexOf(s)));

  // 深度洽谈 needs node, action and amount (lib/lead-stages.ts): a lead that got there has them.
  const gated = reached >= PIPELINE.indexOf('negotiating');
  // A firm on no chain gets a link of the team's chain at the gate (the node implies the chain, db/queries/leads.ts).
  const chain = firm.chain ?? (gated ? team : null);
  const profile = chain === null ? null : PROFILES[chain];
  const node = firm.node ?? (gated && profile ? Math.floor(rng() * profile.nodes.length) : null);
  const chainAction = firm.chainAction ?? (gated ? 'supplement' : null);
  const amount = gated || rng() > 0.2 ? Math.round(500 * 400 ** (rng() ** 1.7) / 100) * 100 : null;
  const product = profile ? pick(rng, profile.nodes[node ?? 0].products) : firm.industry;
  const method = pickMethod(rng);

  // Activity in the two years, never before the firm entered the library.
  const from = Math.max(START_MS, Date.parse(firm.createdAt));
  const last = from + rng() * (END_MS - from);
  const created = Math.max(Date.parse(firm.createdAt), last - rng() * 540 * DAY);
  const touched = rng() < 0.3;
  // Stage moves spread evenly over the lead's life; an edit after the last move is the latest activity.
  const moves = path.length - 1;
  const moveSpan = (last - created) * (touched ? 0.8 : 1);
  const events: BenchLeadEvent[] = [{ at: at(created), kind: 'created', fromStage: null, toStage: 'lead', reason: '' }];
  for (let k = 1; k <= moves; k++) {
    const to = path[k];
    events.push({ at: at(created + (moveSpan * k) / moves), kind: 'stage', fromStage: path[k - 1], toStage: to, reason: to === 'on_hold' ? HOLD : to === 'dropped' ? DROP : '' });
  }
  if (touched || moves === 0) events.push({ at: at(last), kind: 'updated', fromStage: null, toStage: null, reason: '' });
  const lastMove = events.filter((e) => e.kind !== 'updated').at(-1)!;

  return {
    id: uuidFrom(rowRng(LEAD_SEED, 4, i), i),
    enterpriseId: firm.id,
    team,
    owner: Math.floor(rng() * OFFICERS_PER_TEAM),
    chain,
    node: chain === null ? null : node,
    // No draw: adding these left every lead row as it was, so LEAD_SEED did not change.
    enterpriseChain: firm.chain,
    contactIds: firm.contacts.map((c) => c.id),
    chainAction,
    stage,
    projectName: `${product}${pick(rng, SUFFIXES)}`,
    content: amount === null ? `企业拟在园区建设${product}项目。` : `企业拟在园区建设${product}项目，总投资约${amount}万元。`,
    intendedInvestment: amount,
    landArea: amount === null ? null : Math.min(300, Math.max(10, Math.round(amount / 200))),
    expectedJobs: amount === null ? null : Math.min(3000, Math.max(20, Math.round(amount / 50))),
    sourceMethod: method,
    sourceDetail: method === 'fixed_point' ? `驻${pick(rng, STATIONS)}招商小组` : '',
    priority: pickPriority(rng),
    expectedSigningMonth: stage === 'negotiating' || stage === 'site_visit' ? new Date(last + (30 + rng() * 240) * DAY).toISOString().slice(0, 7) : null,
    createdAt: at(created),
    stageChangedAt: lastMove.at,
    stageReason: lastMove.reason,
    lastActivityAt: events.at(-1)!.at,
    conflict,
    version: events.length,
    events,
  };
}
