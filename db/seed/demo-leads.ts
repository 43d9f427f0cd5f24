import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db';
import { leadFacets } from '@/db/lead-derived';
import {
  chainNodes,
  chains,
  enterprises,
  intakeItems,
  leadEvents,
  leads,
  teams,
  users,
  type ChainAction,
  type LeadEventKind,
  type LeadPriority,
  type LeadStage,
  type NodeStatus,
  type SourceMethod,
} from '@/db/schema';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@/lib/demo-logins';
import { PIPELINE } from '@/lib/lead-stages';
import { hashPassword } from '@/lib/password';
import { pick, rowRng, type Rng } from '@/lib/random';
import { makeUscc } from '@/lib/uscc';
import { DEMO_ENTERPRISE_PROFILES, demoEnterprises, type DemoEnterprise, type NodeProfile } from './enterprise-data';

/** Who owns each team's demo leads: the two printed demo officers, and one unprinted officer (password demo1234) per other team. */
export const DEMO_LEAD_OFFICERS: Record<string, { username: string; displayName: string }> = {
  汽车及零部件专班: { username: 'officer', displayName: '李明' },
  电子信息专班: { username: 'officer2', displayName: '陈静' },
  医药健康专班: { username: 'officer_med', displayName: '孙雨婷' },
  食品专班: { username: 'officer_food', displayName: '刘洋' },
  智能装备制造专班: { username: 'officer_equip', displayName: '周振华' },
  氢能源专班: { username: 'officer_h2', displayName: '吴思琪' },
  人工智能产业园专班: { username: 'officer_ai', displayName: '郑凯文' },
};

const SEED = 0x1ead5eed;
// One rowRng stream per purpose, so a change in one kind of draw does not reshuffle the others.
const STREAM = { plan: 1, lead: 2, time: 3, id: 4 } as const;
const DAY = 86_400_000;
const HOUR = 3_600_000;
// Asia/Shanghai has no daylight saving: local time is always UTC+8.
const SHANGHAI = 8 * HOUR;
/** The history reaches back 18 months. */
const HISTORY_DAYS = 540;

/** Exactly 400 leads: lead 30%, contacted 25%, site_visit 15%, negotiating 15%, on_hold 8%, dropped 7%; no 签约 until projects exist. */
const STAGE_COUNTS: readonly (readonly [LeadStage, number])[] = [
  ['lead', 120], ['contacted', 100], ['site_visit', 60], ['negotiating', 60], ['on_hold', 32], ['dropped', 28],
];
/** Library firms nobody courts yet; every other firm has a lead, and the rest of the 400 are second projects. */
const UNTOUCHED = 10;

/**
 * 撞单: the enterprise's own chain team works it, and a second team opened a lead on it later from its own chain's
 * angle. Both leads are active and flagged, as insertLead leaves them.
 */
const CONFLICTS = [
  {
    chain: '汽车及零部件', node: '功率器件(IGBT/SiC)', stages: ['negotiating', 'contacted'],
    other: { team: '电子信息专班', chain: '电子信息', node: '先进功率半导体封装', project: '车规级SiC功率模块封测扩产项目' },
  },
  {
    chain: '氢能源', node: '燃料电池', stages: ['site_visit', 'lead'],
    other: { team: '汽车及零部件专班', chain: '汽车及零部件', node: '整车制造(轻微型卡车)', project: '氢燃料电池轻卡动力系统配套项目' },
  },
  {
    chain: '人工智能', node: '智能网联与自动驾驶', stages: ['contacted', 'contacted'],
    other: { team: '汽车及零部件专班', chain: '汽车及零部件', node: '汽车电子', project: '商用车智能驾驶域控制器项目' },
  },
] as const;

/**
 * Gap links left without an active lead (at most a dropped one), so the chain map keeps uncovered gaps with
 * precision-targeting suggestions to show: the sparse links, plus 车规级芯片, which e2e/chains.spec.ts opens.
 */
const UNCOVERED = new Set([
  '汽车及零部件/车规级芯片', '汽车及零部件/汽车后市场', '电子信息/半导体设备与零部件', '医药健康/医药流通与冷链物流',
  '食品/食品配料与添加剂', '智能装备制造/工业软件', '氢能源/测试中心', '人工智能/AI+医疗健康',
]);
/** Firms on those links that did get a lead, which was then dropped. */
const DROPPED_ON_GAPS = 4;

// 年产… quantities per link: [unit, low, high]; links without an entry get no quantity template.
const OUTPUT_UNITS: Record<string, readonly [string, number, number]> = {
  '功率器件(IGBT/SiC)': ['万只', 50, 600], 轻量化材料: ['万件', 20, 300], 汽车电子: ['万套', 10, 200], 动力电池: ['GWh', 2, 20],
  电驱动系统: ['万台', 5, 50], 底盘与车身件: ['万套', 5, 60], '整车制造(轻微型卡车)': ['万辆', 1, 10],
  半导体材料: ['万片', 12, 120], '8英寸功率器件晶圆': ['万片', 12, 60], 先进功率半导体封装: ['万只', 200, 3000], 电子元器件: ['亿只', 5, 80],
  传感器与光电器件: ['万颗', 500, 5000], 工业控制与电源: ['万台', 2, 30], 智能终端与物联网: ['万台', 10, 200],
  植物胶囊: ['亿粒', 50, 300], 药用辅料与包材: ['亿支', 1, 10], 制药智能装备: ['台(套)', 100, 800], 化学药制剂: ['亿片', 5, 30],
  啤酒酿造: ['万千升', 5, 50], 高端精酿啤酒: ['千升', 2000, 20000], 食品加工: ['万吨', 2, 30], 食品包装: ['亿只', 5, 30],
  饮料与乳制品: ['万吨', 5, 30], 啤酒原料: ['万吨', 5, 30], 工业机器人: ['台(套)', 500, 5000], 数控机床: ['台', 200, 2000],
  核心零部件: ['万台(套)', 5, 50], 制氢: ['台(套)', 50, 500], 燃料电池: ['套', 500, 10000], 储运: ['只', 5000, 50000],
  燃料电池汽车: ['辆', 500, 5000], 智能机器人: ['台', 500, 10000],
};

const METHOD_BY_SOURCE: Record<string, SourceMethod> = {
  定点招商: 'fixed_point', 敲门招商: 'door_knocking', 以商招商: 'referral', 展会招商: 'trade_fair', 中介招商: 'agency', 部门推荐: 'department',
};
const METHODS: readonly SourceMethod[] = ['fixed_point', 'door_knocking', 'referral', 'trade_fair', 'agency', 'department'];
const STATIONS = ['深圳', '上海', '苏州', '北京', '杭州'];
const FAIRS: Record<string, string[]> = {
  汽车及零部件: ['上海国际汽车零部件展', '中国国际商用车展览会'], 电子信息: ['SEMICON China', '中国国际半导体博览会'],
  医药健康: ['CPHI China', '中国国际医疗器械博览会'], 食品: ['中国国际食品和饮料展览会', '全国糖酒商品交易会'],
  智能装备制造: ['中国国际工业博览会', '中国国际机床展览会'], 氢能源: ['国际氢能与燃料电池汽车大会', '中国国际氢能展'],
  人工智能: ['世界人工智能大会', '中国国际数字经济博览会'],
};
const AGENCIES = ['北京某产业咨询机构', '上海某投资顾问公司', '深圳某招商服务机构'];
const DEPARTMENTS = ['区科技局', '区发改局', '市商务局', '区工信局', '市投资促进局'];
const HOLD_REASONS = [
  '企业融资计划推迟，项目暂缓推进', '企业总部战略调整，投资决策延后至明年', '用地指标待落实，企业暂缓', '企业等待上市完成后再议扩产', '企业产能利用率不足，扩产计划推迟',
];
const DROP_REASONS = [
  '企业最终选择落户长三角其他园区', '项目能耗指标超出园区承载能力', '企业经营困难，取消投资计划', '企业提出的政策条件超出可承受范围', '项目与园区产业定位不符',
];
const UPDATED_FIELDS = [['content'], ['intendedInvestment', 'landArea'], ['expectedSigningMonth'], ['content', 'expectedJobs'], ['priority']];

interface EnterpriseRef { id: string; chainId: string | null; nodeId: string | null; chainAction: ChainAction | null }
interface NodeRef { id: string; chainId: string; name: string; status: NodeStatus }

/** Ids the plan points at, read from the demo zone in this database. */
interface Zone {
  /** Local midnight today (Asia/Shanghai): every event lies on an earlier day, so none is in the future. */
  today: number;
  list: DemoEnterprise[];
  enterpriseAt: (EnterpriseRef | undefined)[];
  chainByName: Map<string, { id: string; teamId: string | null }>;
  nodes: NodeRef[];
  ownerOfTeam: Map<string, string>;
  teamByName: Map<string, string>;
  leaderId: string | null;
  liaisonId: string | null;
}

type LeadRow = typeof leads.$inferInsert & { id: string; stage: LeadStage; teamId: string; ownerId: string };
type EventRow = typeof leadEvents.$inferInsert & { at: Date };

interface Spec {
  serial: number;
  enterprise: number;
  stage: LeadStage;
  /** Another team's lead on the enterprise (the second side of a 撞单). */
  other?: { teamId: string; chainName: string; nodeName: string; project: string };
  /** Created no earlier than this many days ago. */
  maxDaysAgo?: number;
  /** Created at least this many days ago. */
  minDaysAgo?: number;
  /** Last activity this many days ago at most. */
  recentDays?: number;
}

/**
 * ~400 demo leads on the demo enterprises with their histories, three 撞单 and eight intake items from the demo
 * liaison. Deterministic: the same content on every run (lib/random.ts); the dates are fixed offsets from the day
 * of seeding, so "stalled for 30 days" means the same thing whenever the demo is loaded. Idempotent: it seeds only
 * a database without any lead (live or deleted), because leads are people's work — topping up a used pipeline
 * would mix invented history into real history.
 */
export async function seedDemoLeads(tx: Tx, now = new Date()): Promise<void> {
  if ((await tx.select({ id: leads.id }).from(leads).limit(1)).length > 0) return;
  const zone = await readZone(tx, now);
  if (!zone) return;
  const plan = planDemoLeads(zone);
  if (plan.leads.length === 0) return;
  await tx.insert(leads).values(plan.leads);
  // Oldest first, so the bigserial ids follow time as they would have.
  await tx.insert(leadEvents).values(plan.events.sort((a, b) => a.at.getTime() - b.at.getTime()));
  if (plan.intake.length) await tx.insert(intakeItems).values(plan.intake);
  await tx.execute(sql`analyze ${leads}, ${leadEvents}`);
}

async function readZone(tx: Tx, now: Date): Promise<Zone | null> {
  const teamRows = await tx.select({ id: teams.id, name: teams.name }).from(teams);
  const teamByName = new Map(teamRows.map((t) => [t.name, t.id]));
  await ensureTeamOfficers(tx, teamByName);
  const people = await tx.select({ id: users.id, username: users.username }).from(users);
  const userId = (username: string) => people.find((p) => p.username === username)?.id ?? null;
  const leaderId = userId('leader');
  const ownerOfTeam = new Map<string, string>();
  for (const [team, officer] of Object.entries(DEMO_LEAD_OFFICERS)) {
    const owner = userId(officer.username) ?? leaderId;
    if (teamByName.has(team) && owner) ownerOfTeam.set(teamByName.get(team)!, owner);
  }

  const list = demoEnterprises();
  const usccs = list.map((_, i) => makeUscc(i));
  const found = await tx
    .select({ id: enterprises.id, uscc: enterprises.uscc, chainId: enterprises.chainId, nodeId: enterprises.nodeId, chainAction: enterprises.chainAction })
    .from(enterprises)
    .where(and(inArray(enterprises.uscc, usccs), isNull(enterprises.deletedAt)));
  if (found.length === 0) return null;
  const byUscc = new Map(found.map((e) => [e.uscc, e]));
  const chainRows = await tx.select({ id: chains.id, name: chains.name, teamId: chains.teamId }).from(chains).where(isNull(chains.deletedAt));
  const nodes = await tx
    .select({ id: chainNodes.id, chainId: chainNodes.chainId, name: chainNodes.name, status: chainNodes.status })
    .from(chainNodes)
    .where(isNull(chainNodes.deletedAt));
  return {
    today: Math.floor((now.getTime() + SHANGHAI) / DAY) * DAY - SHANGHAI,
    list,
    enterpriseAt: usccs.map((u) => byUscc.get(u)),
    chainByName: new Map(chainRows.map((c) => [c.name, c])),
    nodes,
    ownerOfTeam,
    teamByName,
    leaderId,
    liaisonId: userId('liaison'),
  };
}

/** The unprinted officers of the teams without a demo login; one bcrypt hash for all of them. */
async function ensureTeamOfficers(tx: Tx, teamByName: Map<string, string>): Promise<void> {
  const missing = Object.entries(DEMO_LEAD_OFFICERS).filter(([team, o]) => teamByName.has(team) && !DEMO_LOGINS.some((l) => l.username === o.username));
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await tx
    .insert(users)
    .values(missing.map(([team, o]) => ({ ...o, role: 'officer' as const, teamId: teamByName.get(team)!, passwordHash })))
    .onConflictDoNothing({ target: users.username });
}

/** The whole demo pipeline as rows; a pure function of the zone. */
function planDemoLeads(zone: Zone): { leads: LeadRow[]; events: EventRow[]; intake: (typeof intakeItems.$inferInsert)[] } {
  const rng = rowRng(SEED, STREAM.plan, 0);
  // The near-duplicate pairs (the list's last six) stay without leads: they are the merge feature's demo.
  const candidates = Array.from({ length: zone.list.length >= 12 ? zone.list.length - 6 : zone.list.length }, (_, i) => i).filter((i) => zone.enterpriseAt[i]);
  const specs: Spec[] = [];
  const used = new Set<number>();
  let serial = 0;

  const conflictPairs: [number, number][] = [];
  for (const c of CONFLICTS) {
    const e = candidates.find((i) => !used.has(i) && zone.list[i].chainName === c.chain && zone.list[i].nodeName === c.node);
    const otherTeam = zone.teamByName.get(c.other.team);
    if (e === undefined || !otherTeam) continue;
    used.add(e);
    conflictPairs.push([serial, serial + 1]);
    // The first team has worked the firm for a while; the second team came in within the last two months.
    specs.push({ serial: serial++, enterprise: e, stage: c.stages[0], minDaysAgo: 90 });
    specs.push({ serial: serial++, enterprise: e, stage: c.stages[1], other: { teamId: otherTeam, chainName: c.other.chain, nodeName: c.other.node, project: c.other.project }, maxDaysAgo: 60, recentDays: 20 });
  }
  const intakeEnterprise = candidates.find((i) => !used.has(i) && zone.list[i].chainName === '医药健康' && zone.list[i].nodeName === '医疗器械');
  if (intakeEnterprise !== undefined) used.add(intakeEnterprise);

  const onGap = (i: number) => UNCOVERED.has(`${zone.list[i].chainName}/${linkOf(zone.list[i]).node}`);
  for (const enterprise of shuffle(rng, candidates.filter((i) => !used.has(i) && onGap(i))).slice(0, DROPPED_ON_GAPS)) {
    specs.push({ serial: serial++, enterprise, stage: 'dropped' });
  }
  const pool = shuffle(rng, candidates.filter((i) => !used.has(i) && !onGap(i)));
  const firsts = pool.slice(0, Math.max(0, pool.length - UNTOUCHED));
  const total = STAGE_COUNTS.reduce((n, [, k]) => n + k, 0);
  const targets = [...firsts, ...firsts.slice(0, Math.max(0, total - specs.length - firsts.length - (intakeEnterprise === undefined ? 0 : 1)))];
  const stages = remainingStages(specs.map((s) => s.stage).concat(intakeEnterprise === undefined ? [] : ['contacted']));
  shuffle(rng, stages);
  targets.forEach((enterprise, k) => specs.push({ serial: serial++, enterprise, stage: stages[k % stages.length] }));

  const built = specs.map((spec) => buildLead(zone, spec)).filter((b) => b !== null);
  const byId = new Map(built.map((b) => [b.row.id, b]));
  for (const [first, second] of conflictPairs) {
    const a = built.find((b) => b.serial === first);
    const b = built.find((b) => b.serial === second);
    if (!a || !b) continue;
    // As insertLead does: both flagged, and a 'conflict' event on each at the moment the second lead was saved.
    a.row.conflict = b.row.conflict = true;
    const at = b.events[0].at;
    const data = { enterpriseId: a.row.enterpriseId, leads: [b.row.id, a.row.id] };
    for (const side of [b, a]) side.events.push({ leadId: side.row.id, at, actorId: b.row.createdBy, kind: 'conflict', reason: '', data });
  }
  const intake = planIntake(zone, intakeEnterprise, serial);
  if (intake.lead) byId.set(intake.lead.row.id, intake.lead);
  const all = [...byId.values()];
  return { leads: all.map((b) => b.row), events: all.flatMap((b) => b.events), intake: intake.items };
}

/** The link a demo firm works on: its node, or for an unplaced firm the link its industry belongs to. */
function linkOf(demo: DemoEnterprise): NodeProfile {
  const nodes = DEMO_ENTERPRISE_PROFILES.find((p) => p.chain === demo.chainName)!.nodes;
  return nodes.find((n) => n.node === demo.nodeName) ?? nodes.find((n) => n.industry === demo.industry) ?? nodes[0];
}

function remainingStages(taken: LeadStage[]): LeadStage[] {
  const counts = new Map(STAGE_COUNTS);
  for (const s of taken) counts.set(s, (counts.get(s) ?? 0) - 1);
  return [...counts].flatMap(([stage, n]) => Array.from({ length: Math.max(0, n) }, () => stage));
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** A deterministic version-4-shaped uuid; '1ead' + the serial up front keeps demo lead ids unique and recognisable. */
function demoUuid(rng: Rng, serial: number): string {
  const hex = `1ead${serial.toString(16).padStart(4, '0')}${Array.from({ length: 24 }, () => Math.floor(rng() * 16).toString(16)).join('')}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(rng() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const between = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

/** The stages a lead went through to reach `stage`: the pipeline in order, a side exit from where it stopped, now and then a reopened hold. */
function stagePath(rng: Rng, stage: LeadStage): LeadStage[] {
  if (stage === 'on_hold' || stage === 'dropped') {
    const reached = PIPELINE.slice(0, between(rng, 1, PIPELINE.length));
    // Some drops come after a long hold.
    return stage === 'dropped' && rng() < 0.3 ? [...reached, 'on_hold', 'dropped'] : [...reached, stage];
  }
  const path = PIPELINE.slice(0, PIPELINE.indexOf(stage) + 1);
  if (path.length > 2 && rng() < 0.1) {
    // Held once, then picked up again where it stood.
    const at = between(rng, 1, path.length - 2);
    return [...path.slice(0, at + 1), 'on_hold', ...path.slice(at)];
  }
  return path;
}

/** Days ago of `count` events, oldest first, strictly decreasing to `lastDaysAgo`; the first within [minDaysAgo, maxDaysAgo]. */
function eventDays(rng: Rng, count: number, lastDaysAgo: number, maxDaysAgo: number, minDaysAgo = 0): number[] {
  const gaps = Array.from({ length: count - 1 }, () => between(rng, 6, 50));
  const room = maxDaysAgo - lastDaysAgo;
  const spread = gaps.reduce((a, b) => a + b, 0);
  const fitted = spread > room ? gaps.map((g) => Math.max(1, Math.floor((g * room) / spread))) : gaps;
  const days = [lastDaysAgo];
  for (const gap of fitted.reverse()) days.unshift(days[0] + gap);
  // Moving only the creation back keeps the order.
  if (count > 1 && days[0] < minDaysAgo) days[0] = minDaysAgo;
  return days;
}

interface Built {
  serial: number;
  row: LeadRow;
  events: EventRow[];
}

function buildLead(zone: Zone, spec: Spec): Built | null {
  const rng = rowRng(SEED, STREAM.lead, spec.serial);
  const timeRng = rowRng(SEED, STREAM.time, spec.serial);
  const demo = zone.list[spec.enterprise];
  const ent = zone.enterpriseAt[spec.enterprise]!;
  const chainName = spec.other?.chainName ?? demo.chainName;
  const chain = zone.chainByName.get(chainName);
  const teamId = spec.other?.teamId ?? chain?.teamId;
  const ownerId = teamId ? zone.ownerOfTeam.get(teamId) : undefined;
  if (!chain || !teamId || !ownerId) return null;

  const path = stagePath(rng, spec.stage);
  const reached = Math.max(...path.map((s) => PIPELINE.indexOf(s)));
  const own = linkOf(demo);
  const nodeProfile = spec.other ? DEMO_ENTERPRISE_PROFILES.find((p) => p.chain === chainName)!.nodes.find((n) => n.node === spec.other!.nodeName)! : own;
  // What the firm makes, from its own link even when another team courts it from a different angle.
  const product = pick(rng, own.products);
  const chainNode = zone.nodes.find((n) => n.chainId === chain.id && n.name === nodeProfile.node) ?? null;
  // 深度洽谈 needs node, action and amount (lib/lead-stages.ts); a lead that got there has them whatever came after.
  const placed = reached >= PIPELINE.indexOf('negotiating') || rng() < 0.75;
  const nodeId = spec.other ? chainNode?.id ?? null : ent.nodeId ?? (placed ? chainNode?.id ?? null : null);
  const chainAction = (!spec.other && ent.chainAction) || (placed || rng() < 0.5 ? actionFor(rng, chainName, chainNode?.status ?? nodeProfile.status) : null);
  const amount = investmentFor(rng, demo, reached);
  const land = landFor(rng, amount, nodeProfile);
  const jobs = amount !== null && rng() < 0.85 ? Math.min(3000, Math.round(Math.max(between(rng, 20, 60), amount / between(rng, 20, 80)) / 5) * 5) : null;
  const method = methodFor(rng, demo, spec.stage);

  const exit = spec.stage === 'on_hold' || spec.stage === 'dropped';
  const lastDaysAgo = spec.recentDays ? between(timeRng, 1, spec.recentDays) : exit ? between(timeRng, 3, 400) : timeRng() < 0.72 ? between(timeRng, 1, 30) : between(timeRng, 31, 260);
  // Now and then a leader hands a lead to the team (领导交办): created by the leader, then assigned.
  const handedDown = !spec.other && zone.leaderId !== null && rng() < 0.06;
  const touched = !exit && rng() < 0.35;
  const kinds: LeadEventKind[] = ['created', ...(handedDown ? (['assigned'] as const) : []), ...path.slice(1).map(() => 'stage' as const), ...(touched ? (['updated'] as const) : [])];
  const days = eventDays(timeRng, kinds.length, lastDaysAgo, Math.min(HISTORY_DAYS, spec.maxDaysAgo ?? HISTORY_DAYS), spec.minDaysAgo);
  const at = (d: number) => new Date(zone.today - d * DAY + 9 * HOUR + Math.floor(timeRng() * 8.5 * HOUR));
  const times = days.map(at);

  const id = demoUuid(rowRng(SEED, STREAM.id, spec.serial), spec.serial);
  const creator = handedDown ? zone.leaderId! : ownerId;
  const events: EventRow[] = [];
  let stageIndex = 0;
  let reason = '';
  kinds.forEach((kind, k) => {
    const actorId = kind === 'assigned' || (k === 0 && handedDown) ? zone.leaderId : ownerId;
    if (kind === 'created') events.push({ leadId: id, at: times[k], actorId, kind, toStage: 'lead', reason: '', data: {} });
    else if (kind === 'assigned') events.push({ leadId: id, at: times[k], actorId, kind, reason: '', data: { teamId: [teamId, teamId], ownerId: [zone.leaderId, ownerId] } });
    else if (kind === 'updated') events.push({ leadId: id, at: times[k], actorId, kind, reason: '', data: { fields: pick(rng, UPDATED_FIELDS) } });
    else {
      const from = path[stageIndex];
      const to = path[++stageIndex];
      reason = to === 'on_hold' ? pick(rng, HOLD_REASONS) : to === 'dropped' ? pick(rng, DROP_REASONS) : '';
      events.push({ leadId: id, at: times[k], actorId, kind, fromStage: from, toStage: to, reason, data: {} });
    }
  });
  const lastStage = [...events].reverse().find((e) => e.kind === 'stage' || e.kind === 'created')!;

  const fields = {
    stage: spec.stage,
    chainId: chain.id,
    nodeId,
    chainAction,
    sourceMethod: method,
    teamId,
    ownerId,
  };
  const row: LeadRow = {
    ...fields,
    id,
    projectName: spec.other?.project ?? projectName(rng, chainName, nodeProfile, chainAction, product),
    content: contentFor(rng, demo.chainName, nodeProfile, product, amount, land, jobs, spec.stage),
    enterpriseId: ent.id,
    intendedInvestment: amount,
    landArea: land,
    expectedJobs: jobs,
    sourceDetail: sourceDetail(rng, method, demo, zone.list),
    priority: priorityFor(rng, amount, reached, spec.stage),
    expectedSigningMonth: signingMonth(rng, zone.today, spec.stage),
    stageChangedAt: lastStage.at,
    stageReason: reason,
    lastActivityAt: times[times.length - 1],
    facets: leadFacets(fields),
    createdBy: creator,
    createdAt: times[0],
    updatedAt: times[times.length - 1],
    // Every stage move, edit and assignment bumped it, as the data layer does.
    version: kinds.length,
  };
  return { serial: spec.serial, row, events };
}

function actionFor(rng: Rng, chainName: string, status: NodeStatus): ChainAction {
  if (chainName === '人工智能') return 'build';
  if (status === 'missing') return rng() < 0.85 ? 'supplement' : 'extend';
  if (status === 'weak') return pick(rng, ['supplement', 'extend', 'extend', 'upgrade', 'upgrade'] as const);
  return rng() < 0.55 ? 'extend' : 'upgrade';
}

/** 万元, 500 to 200,000, about four in ten ≥ 5,000 (重大项目); bigger for big firms; early leads often without a figure yet. */
function investmentFor(rng: Rng, demo: DemoEnterprise, reached: number): number | null {
  const unknown = [0.35, 0.15, 0.05, 0][reached] ?? 0;
  if (rng() < unknown) return null;
  let value = 500 * 400 ** (rng() ** 1.7);
  if (demo.scale === 'large') value = Math.max(value * 2, 5000);
  value = Math.min(200000, value);
  const step = value < 2000 ? 100 : value < 10000 ? 500 : value < 50000 ? 1000 : 10000;
  return Math.round(value / step) * step;
}

/** 亩, 10 to 300 at 80–400 万元 per 亩; small and service projects mostly rent standard factory space (null). */
function landFor(rng: Rng, amount: number | null, node: NodeProfile): number | null {
  if (amount === null || node.service || rng() < (amount < 2000 ? 0.7 : 0.15)) return null;
  return Math.min(300, Math.round(Math.max(between(rng, 10, 25), amount / between(rng, 80, 400))));
}

function methodFor(rng: Rng, demo: DemoEnterprise, stage: LeadStage): SourceMethod | null {
  if (stage === 'lead' && rng() < 0.08) return null;
  return METHOD_BY_SOURCE[demo.source] ?? pick(rng, METHODS);
}

function sourceDetail(rng: Rng, method: SourceMethod | null, demo: DemoEnterprise, list: DemoEnterprise[]): string {
  switch (method) {
    case 'fixed_point':
      return `驻${STATIONS.includes(demo.city) ? demo.city : pick(rng, STATIONS)}招商小组`;
    case 'door_knocking':
      return `赴${demo.city}企业总部拜访`;
    case 'referral': {
      const anchor = list.find((e) => e.chainName === demo.chainName && e.tags.includes('链主企业') && e !== demo);
      return anchor ? `${anchor.name}推荐` : '区内配套企业推荐';
    }
    case 'trade_fair':
      return pick(rng, FAIRS[demo.chainName] ?? ['中国国际投资贸易洽谈会']);
    case 'agency':
      return pick(rng, AGENCIES);
    case 'department':
      return pick(rng, DEPARTMENTS);
    default:
      return '';
  }
}

function projectName(rng: Rng, chainName: string, node: NodeProfile, action: ChainAction | null, product: string): string {
  const unit = OUTPUT_UNITS[node.node];
  const r = rng();
  if (node.service) return r < 0.5 ? `${product}区域运营中心项目` : `北方${product}服务基地项目`;
  if (chainName === '人工智能') return r < 0.5 ? `${product}研发及应用基地项目` : `${product}创新中心项目`;
  if (action === 'upgrade' && r < 0.4) return r < 0.2 ? `${product}智能化技术改造项目` : `${product}产线升级项目`;
  if (unit && r < 0.65) {
    const [name, lo, hi] = unit;
    // Two significant digits, as such figures are announced (年产20万套, 年产1.5GWh).
    const q = lo + rng() * (hi - lo);
    const magnitude = 10 ** (Math.floor(Math.log10(q)) - 1);
    const shown = Math.round(Math.round(q / magnitude) * magnitude * 10) / 10;
    return `年产${shown}${name}${product}项目`;
  }
  return pick(rng, [`${product}生产基地项目`, `${product}研发及产业化项目`, `${product}扩产项目`, `北方区域总部及${product}项目`]);
}

const money = (wan: number) => (wan >= 10000 ? `${Math.round(wan / 1000) / 10}亿元` : `${wan}万元`);

const STAGE_NOTES: Record<LeadStage, string[]> = {
  lead: ['信息待核实，计划近期电话联系企业投资部门。', '已收集企业基本情况，待初步接洽。'],
  contacted: ['已与企业投资负责人电话沟通，对方有意在北方布局。', '已向企业发送园区产业政策和载体资料。'],
  site_visit: ['企业考察团已来园区实地考察，对配套条件较为认可。', '已赴企业总部拜访，双方约定下一步对接方案。'],
  negotiating: ['双方正在就用地、厂房代建和扶持政策进行深入洽谈。', '投资协议文本已进入条款磋商阶段。'],
  signed: [],
  on_hold: ['项目暂缓，保持定期联系。'],
  dropped: ['项目已终止，企业信息保留在库。'],
};

function contentFor(rng: Rng, chainName: string, node: NodeProfile, product: string, amount: number | null, land: number | null, jobs: number | null, stage: LeadStage): string {
  const build = node.service ? `建设${product}业务区域中心` : chainName === '人工智能' ? `设立${product}研发及应用中心` : `建设${product}生产线`;
  const parts = [`企业拟在园区${build}`];
  if (amount !== null) parts.push(`项目总投资约${money(amount)}`, land !== null ? `拟用地约${land}亩` : '拟租赁标准厂房');
  if (jobs !== null) parts.push(`达产后新增就业约${jobs}人`);
  return `${parts.join('，')}。${pick(rng, STAGE_NOTES[stage])}`;
}

function priorityFor(rng: Rng, amount: number | null, reached: number, stage: LeadStage): LeadPriority {
  if (stage === 'dropped' || stage === 'on_hold') return rng() < 0.7 ? 'low' : 'medium';
  const major = amount !== null && amount >= 5000;
  const r = rng();
  if (major && reached >= 2) return r < 0.7 ? 'high' : 'medium';
  if (major) return r < 0.4 ? 'high' : r < 0.9 ? 'medium' : 'low';
  return r < 0.1 ? 'high' : r < 0.7 ? 'medium' : 'low';
}

/** 'YYYY-MM', as the lead form stores it; nearer for leads further along. */
function signingMonth(rng: Rng, today: number, stage: LeadStage): string | null {
  const ahead: Partial<Record<LeadStage, [number, number, number]>> = {
    lead: [0.3, 6, 18], contacted: [0.6, 3, 12], site_visit: [0.85, 2, 8], negotiating: [1, 1, 4], on_hold: [0.4, 6, 12],
  };
  const [share, lo, hi] = ahead[stage] ?? [0, 0, 0];
  if (rng() >= share) return null;
  const local = new Date(today + SHANGHAI);
  const month = local.getUTCFullYear() * 12 + local.getUTCMonth() + between(rng, lo, hi);
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

interface IntakeSpec {
  name: string;
  uscc: string | null;
  contact: [string, string];
  hint: string;
  daysAgo: number;
  decline?: string;
}

// What other departments' liaisons hear about; fictional firms not (yet) in the library.
const PENDING_INTAKE: IntakeSpec[] = [
  { name: '澜拓汽车线束（天津）有限公司', uscc: makeUscc(800_001), contact: ['郭立伟', '13812345601'], hint: '企业计划在北方新建年产20万套汽车线束生产基地，投资约3亿元，正在比选园区', daysAgo: 2 },
  { name: '珂晟半导体材料有限公司', uscc: makeUscc(800_002), contact: ['沈佳怡', '13912345602'], hint: '企业拟扩产8英寸碳化硅外延片，区科技局走访时获悉其有异地建厂意向', daysAgo: 4 },
  { name: '暨禾生物科技有限公司', uscc: null, contact: ['邓海涛', '15012345603'], hint: '植物胶囊上游原料企业，拟建设HPMC原料生产线，投资约8000万元', daysAgo: 6 },
  { name: '霁寒冷链供应链管理有限公司', uscc: makeUscc(800_004), contact: ['韩雪', '18612345604'], hint: '企业拟在区内建设3万吨级冷库及冷链分拨中心，需用地约40亩', daysAgo: 9 },
  { name: '擎朔氢能装备有限公司', uscc: null, contact: ['彭浩', '17712345605'], hint: '碱性电解槽企业，市发改委座谈会上表示有意在我市布局制氢装备产线', daysAgo: 13 },
  { name: '衡岳智算科技有限公司', uscc: makeUscc(800_006), contact: ['蒋怡', '19912345606'], hint: '企业拟建设500P智算中心，需双路供电和约1万平方米机房', daysAgo: 18 },
];
const DECLINED_INTAKE: IntakeSpec = {
  name: '珩岚商业地产开发有限公司', uscc: makeUscc(800_007), contact: ['曹斌', '13512345607'], hint: '企业有意在区内开发商业综合体', daysAgo: 35,
  decline: '企业主营商业地产开发，不属于园区主导产业方向，已建议转交区商务局对接',
};

/** Eight intake items from the demo liaison: six pending, one declined, and one accepted with its lead (on a library firm). */
function planIntake(zone: Zone, enterprise: number | undefined, serial: number): { items: (typeof intakeItems.$inferInsert)[]; lead: Built | null } {
  if (!zone.liaisonId) return { items: [], lead: null };
  const at = (daysAgo: number, hour: number) => new Date(zone.today - daysAgo * DAY + hour * HOUR);
  const item = (s: IntakeSpec) => ({
    submittedBy: zone.liaisonId!,
    enterpriseName: s.name,
    uscc: s.uscc,
    contactName: s.contact[0],
    contactPhone: s.contact[1],
    projectHint: s.hint,
    createdAt: at(s.daysAgo, 10),
    updatedAt: at(s.daysAgo, 10),
  });
  const items: (typeof intakeItems.$inferInsert)[] = PENDING_INTAKE.map(item);
  items.push({ ...item(DECLINED_INTAKE), status: 'declined', declineReason: DECLINED_INTAKE.decline!, decidedBy: zone.leaderId, decidedAt: at(33, 15), updatedAt: at(33, 15), version: 2 });

  const demo = enterprise === undefined ? undefined : zone.list[enterprise];
  const ent = enterprise === undefined ? undefined : zone.enterpriseAt[enterprise];
  const chain = demo && zone.chainByName.get(demo.chainName);
  const ownerId = chain?.teamId ? zone.ownerOfTeam.get(chain.teamId) : undefined;
  if (!demo || !ent || !chain?.teamId || !ownerId) return { items, lead: null };

  const node = zone.nodes.find((n) => n.chainId === chain.id && n.name === demo.nodeName) ?? null;
  const hint = '企业拟建设年产200万盒体外诊断试剂生产线，投资约1.2亿元';
  const [contactName, contactPhone] = ['许静', '13612345608'];
  const id = demoUuid(rowRng(SEED, STREAM.id, serial), serial);
  const intakeId = demoUuid(rowRng(SEED, STREAM.id, serial + 1), serial + 1);
  const accepted = at(24, 16);
  const fields = { stage: 'contacted' as const, chainId: chain.id, nodeId: node?.id ?? ent.nodeId, chainAction: ent.chainAction ?? 'supplement', sourceMethod: 'department' as const, teamId: chain.teamId, ownerId };
  const liaisonName = DEMO_LOGINS.find((l) => l.role === 'liaison')?.displayName ?? '';
  // As acceptIntake opens it (name and content from the hint), then the officer placed it on the chain and called the firm.
  const events: EventRow[] = [
    { leadId: id, at: accepted, actorId: ownerId, kind: 'intakeAccepted', toStage: 'lead', reason: '', data: { intakeId } },
    { leadId: id, at: at(20, 11), actorId: ownerId, kind: 'updated', reason: '', data: { fields: ['nodeId', 'chainAction', 'intendedInvestment', 'landArea', 'expectedJobs'] } },
    { leadId: id, at: at(12, 15), actorId: ownerId, kind: 'stage', fromStage: 'lead', toStage: 'contacted', reason: '', data: {} },
  ];
  const row: LeadRow = {
    ...fields,
    id,
    projectName: '年产200万盒体外诊断试剂项目',
    content: `${hint}\n联系人：${contactName} ${contactPhone}`,
    enterpriseId: ent.id,
    intendedInvestment: 12000,
    landArea: 35,
    expectedJobs: 180,
    sourceDetail: liaisonName,
    priority: 'high',
    expectedSigningMonth: signingMonth(rowRng(SEED, STREAM.lead, serial), zone.today, 'contacted'),
    stageChangedAt: events[2].at,
    lastActivityAt: events[2].at,
    facets: leadFacets(fields),
    createdBy: ownerId,
    createdAt: accepted,
    updatedAt: events[2].at,
    version: 3,
  };
  const usccIndex = zone.list.indexOf(demo);
  items.push({
    ...item({ name: demo.name, uscc: makeUscc(usccIndex), contact: [contactName, contactPhone], hint, daysAgo: 26 }),
    id: intakeId,
    status: 'accepted',
    decidedBy: ownerId,
    decidedAt: accepted,
    leadId: id,
    updatedAt: accepted,
    version: 2,
  });
  return { items, lead: { serial, row, events } };
}
