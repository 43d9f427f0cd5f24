import { eq, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db';
import { insertBatched } from '@/db/queries/batch-insert';
import {
  departments,
  enterpriseRequests,
  projects,
  requestEvents,
  teams,
  users,
  type RequestCategory,
  type RequestState,
  type RequestUrgency,
  type Satisfaction,
} from '@/db/schema';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@/lib/demo-logins';
import { hashPassword } from '@/lib/password';
import { pick, rowRng, type Rng } from '@/lib/random';

/** Who handles each department's requests: the printed demo liaison, and one unprinted liaison (password demo1234) per other department. */
export const DEMO_DEPARTMENT_LIAISONS: Record<string, { username: string; displayName: string }> = {
  自然资源局: { username: 'liaison.zrzy', displayName: '马国栋' },
  行政审批局: { username: 'liaison', displayName: '赵晓雯' },
  税务局: { username: 'liaison.sw', displayName: '高雅琴' },
  人社局: { username: 'liaison.rs', displayName: '林志强' },
  供电公司: { username: 'liaison.gd', displayName: '胡海涛' },
  住建局: { username: 'liaison.zj', displayName: '何俊峰' },
  市场监管局: { username: 'liaison.scjg', displayName: '罗佳怡' },
  金融办: { username: 'liaison.jr', displayName: '梁文博' },
};

/** Where the demo liaison works: the department whose queue gets a guaranteed share of open requests. */
const DESK = '行政审批局';

const SEED = 0x5e0e1a11;
// One rowRng stream per purpose, as in demo-leads.ts.
const STREAM = { plan: 1, request: 2, id: 3 } as const;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Asia/Shanghai has no daylight saving: local time is always UTC+8.
const SHANGHAI = 8 * HOUR;
/** Requests are raised between 90 and 2 days ago, never before the project's signing day. */
const MAX_AGE = 90;
const MIN_AGE = 2;

/** What an enterprise asks for, the department it goes to and what that department reports back. */
interface Variant { department: string; text: string; result: string }

const VARIANTS: Record<RequestCategory, readonly Variant[]> = {
  land: [
    { department: '自然资源局', text: '二期用地指标尚未落实，需协调土地供应计划', result: '已将二期用地纳入年度供地计划，预计下季度挂牌出让' },
    { department: '自然资源局', text: '项目用地内尚有少量未征收地块，影响整体供地', result: '已会同街道完成剩余地块征收，具备净地供应条件' },
    { department: '自然资源局', text: '不动产权证办理进度慢，影响企业抵押融资', result: '已开通绿色通道，不动产权证已核发' },
    { department: '自然资源局', text: '厂区总平面调整，需办理用地规划许可变更', result: '规划条件已调整，用地规划许可变更已办结' },
    { department: '自然资源局', text: '申请工业用地"标准地"出让，需明确各项控制指标', result: '已出具"标准地"控制指标清单，并指导企业签订履约承诺书' },
  ],
  approval: [
    { department: '行政审批局', text: '施工许可证办理材料需提前预审', result: '已安排专人预审材料，施工许可证已核发' },
    { department: '行政审批局', text: '环评批复办理时间紧，申请并联审批', result: '已启动并联审批，环评批复已下达' },
    { department: '行政审批局', text: '节能审查意见迟迟未出，影响项目备案', result: '节能审查意见已出具，项目备案同步完成' },
    { department: '行政审批局', text: '申请"拿地即开工"，需提前办理工程规划许可', result: '已按"拿地即开工"模式容缺受理，工程规划许可已核发' },
    { department: '行政审批局', text: '投资额和建设内容调整，需尽快办理项目备案变更', result: '项目备案变更已办结，变更证明已出具' },
    { department: '行政审批局', text: '水土保持方案审批进度影响开工', result: '已组织专家评审，水土保持方案已批复' },
    { department: '行政审批局', text: '新增生产线需办理食品生产许可变更，申请提前现场核查', result: '已完成现场核查，食品生产许可证变更已办结' },
    { department: '住建局', text: '消防设计审查意见需尽快出具', result: '消防设计审查已通过，审查意见书已送达企业' },
    { department: '住建局', text: '竣工联合验收需协调各部门同步进场', result: '已组织联合验收，验收意见已出具' },
    { department: '住建局', text: '施工图审查排期较晚，影响开工节点', result: '已协调图审机构加快审查，施工图审查合格书已出具' },
  ],
  finance: [
    { department: '金融办', text: '申请技改贴息贷款，需金融办对接合作银行', result: '已组织3家合作银行现场对接，贷款已进入审批环节' },
    { department: '金融办', text: '流动资金紧张，希望协调主办银行续贷不抽贷', result: '已协调主办银行办理无还本续贷' },
    { department: '金融办', text: '申请区产业引导基金股权投资', result: '已推荐至区产业引导基金，完成初步尽职调查' },
    { department: '金融办', text: '生产设备拟采用融资租赁，需协调租赁公司', result: '已对接区属融资租赁公司，租赁方案已确定' },
    { department: '金融办', text: '拟申报科创板上市，需上市辅导和政策支持', result: '已纳入区上市后备企业库，协调券商开展辅导' },
  ],
  staffing: [
    { department: '人社局', text: '年底前需招聘一线操作工约120人', result: '已举办企业专场招聘会，达成就业意向96人' },
    { department: '人社局', text: '投产前需招聘熟练技工80人，本地供给不足', result: '已联合职业院校开展订单式培训，首批45人已到岗' },
    { department: '人社局', text: '申请稳岗补贴和以工代训补贴', result: '稳岗补贴已核定并拨付到企业账户' },
    { department: '人社局', text: '新员工岗前培训需对接技工院校', result: '已促成企业与区技师学院签订校企合作协议' },
    { department: '人社局', text: '旺季用工缺口约60人，需协调劳务输入', result: '已对接劳务协作地区，分两批输送务工人员' },
  ],
  talent: [
    { department: '人社局', text: '引进高层次人才子女入学需协调', result: '已协调教育部门安排就近入学' },
    { department: '人社局', text: '研发总监申请高层次人才认定及安家补贴', result: '人才认定已通过，安家补贴按程序拨付' },
    { department: '人社局', text: '外籍技术专家工作许可需加急办理', result: '外国人工作许可已办结并送达' },
    { department: '人社局', text: '研发团队需人才公寓约20套', result: '已配租人才公寓18套，其余纳入下一批次' },
    { department: '人社局', text: '申报博士后创新实践基地需指导', result: '已指导企业完成申报材料，推荐参加省级评审' },
  ],
  utilities: [
    { department: '供电公司', text: '新厂区双回路供电接入时间紧', result: '双回路接入方案已批复，线路已完成施工并送电' },
    { department: '供电公司', text: '生产线扩产需申请用电增容2000千伏安', result: '增容方案已确定，变压器已完成安装调试' },
    { department: '供电公司', text: '试生产阶段临时用电需尽快接入', result: '临时用电已接通' },
    { department: '供电公司', text: '厂区频繁短时停电，影响精密设备运行', result: '已排查线路故障，并加装稳压设备' },
    { department: '住建局', text: '天然气管道接入需协调燃气公司', result: '燃气管道已完成接驳，具备通气条件' },
    { department: '住建局', text: '工业用水管网压力不足，需改造接入管线', result: '已完成接入管线改造，供水压力达标' },
  ],
  policy: [
    { department: '税务局', text: '申请首台套政策兑现，其中税收优惠部分需明确口径', result: '已明确适用口径，企业已完成优惠备案' },
    { department: '税务局', text: '增值税留抵退税申请已提交两个月，尚未到账', result: '留抵退税已审核通过并退库到账' },
    { department: '税务局', text: '研发费用加计扣除政策适用口径需当面辅导', result: '已上门辅导，企业已按口径完成申报' },
    { department: '税务局', text: '进口设备免税确认需协调办理', result: '已出具进口设备免税确认意见' },
    { department: '市场监管局', text: '申报专精特新企业，需质量管理体系认证辅导', result: '已组织认证机构上门辅导，认证进入审核阶段' },
    { department: '市场监管局', text: '计量器具强制检定排期较晚，影响投产验收', result: '已安排加急检定，检定证书已出具' },
    { department: '市场监管局', text: '特种设备（压力容器）使用登记需现场检验', result: '现场检验合格，使用登记证已发放' },
  ],
  other: [
    { department: '住建局', text: '厂区周边规划道路未完工，影响物流车辆通行', result: '道路已完成施工并通车' },
    { department: '住建局', text: '员工宿舍配套建设需协调', result: '已协调园区配套公寓解决员工住宿' },
    { department: '市场监管局', text: '企业名称变更及经营范围增项需加急办理', result: '变更登记已办结，新营业执照已发放' },
    { department: '行政审批局', text: '项目涉及审批事项多，希望安排帮办代办专员', result: '已指定帮办代办专员全程跟踪办理' },
    { department: '自然资源局', text: '规划道路红线影响厂区出入口设置', result: '已优化道路红线方案，出入口位置已确定' },
  ],
};

/** How often each kind of problem comes up among the requests not set aside for the demo liaison (68 of 80). */
const CATEGORY_COUNTS: readonly (readonly [RequestCategory, number])[] = [
  ['land', 10], ['approval', 8], ['finance', 9], ['staffing', 10], ['talent', 6], ['utilities', 10], ['policy', 10], ['other', 5],
];
/** Days the officer gives the department, by urgency. */
const WINDOW: Record<RequestUrgency, number> = { normal: 30, urgent: 15, critical: 7 };

const ACCEPT_NOTES = ['已受理，安排专人对接', '已受理，将于三个工作日内上门对接', '已受理，正会同相关科室研究办理', '已受理', ''];
/** A first answer the enterprise did not accept (不满意 reopens it). */
const PARTIAL_RESULTS = [
  '已电话联系企业，解释相关政策要求，待企业补充材料后办理',
  '已转交相关科室研究，初步答复需按常规流程办理',
  '已现场调研并提出初步方案，具体事项待下一步落实',
  '已协调相关单位，暂无法满足企业提出的时间要求',
];
const REOPEN_NOTES = ['企业反映问题未实质解决，请继续协调', '办理时限仍不能满足企业投产节点，需进一步推动', '答复内容与企业诉求不符，退回重办'];
const SATISFIED_NOTES = ['企业表示满意', '企业对办理结果和效率表示认可', '问题已解决', ''];
const BASICALLY_NOTES = ['基本解决，后续事项企业将自行跟进', '问题已解决，但办理周期偏长', '基本满意，希望后续加快办理节奏'];

/** The shape of one demo request: where it stands now, how often it was reopened, whether it is overdue, whether it is the demo liaison's. */
interface Spec { state: RequestState; reopens: number; overdue: boolean; desk: boolean }

/**
 * 80 requests: 15 待分派 (6 overdue), 25 办理中 (8 overdue, 3 back after a 不满意), 15 已办结 (1 after a second round),
 * 25 已确认 (3 confirmed after one or two reopenings). The demo liaison's 行政审批局 gets 4 待分派 and 3 办理中 for sure,
 * besides what falls to it by category.
 */
function demoSpecs(): Spec[] {
  const specs: Spec[] = [];
  const add = (state: RequestState, count: number, shape: (k: number) => Partial<Spec>) => {
    for (let k = 0; k < count; k++) specs.push({ state, reopens: 0, overdue: false, desk: false, ...shape(k) });
  };
  add('pending', 15, (k) => ({ overdue: k < 6, desk: k % 4 === 0 }));
  add('in_progress', 25, (k) => ({ overdue: k < 8, desk: k % 8 === 1, reopens: k === 6 || k >= 23 ? 1 : 0 }));
  add('resolved', 15, (k) => ({ desk: k % 7 === 2, reopens: k === 0 ? 1 : 0 }));
  add('confirmed', 25, (k) => ({ desk: k % 8 === 3, reopens: k === 0 ? 2 : k < 3 ? 1 : 0 }));
  return specs;
}

/** Days ago a request in this shape was raised: open work is recent, closed and reopened work older. */
function ageRange(spec: Spec): [number, number] {
  if (spec.reopens > 0) return spec.state === 'in_progress' ? [35, 90] : [45, 90];
  switch (spec.state) {
    case 'pending':
      return spec.overdue ? [8, 45] : [MIN_AGE, 12];
    case 'in_progress':
      return spec.overdue ? [15, 80] : [4, 60];
    case 'resolved':
      return [10, 70];
    case 'confirmed':
      return [20, MAX_AGE];
  }
}

interface Target { projectId: string; enterpriseId: string; teamId: string; ownerId: string; signedAgo: number }

interface Zone {
  /** Local midnight today (Asia/Shanghai): every step lies on an earlier day, so none is in the future. */
  today: number;
  /** Signed projects taken in turn from each team, so every team (the demo officer's too) raises some. */
  targets: Target[];
  departmentByName: Map<string, string>;
  /** The liaison who accepts and resolves each department's requests. */
  handlerOf: Map<string, string>;
}

type RequestRow = typeof enterpriseRequests.$inferInsert & { id: string };
type EventRow = typeof requestEvents.$inferInsert & { at: Date };

/**
 * ~80 enterprise requests (企业诉求) on the demo's signed projects and their enterprises, raised by each project's
 * officer and handled by the departments' liaisons, with every step of their history. Written directly (like
 * demo-leads.ts), deterministic (lib/random.ts) and dated as fixed offsets from the day of seeding. Skipped when
 * any request exists: requests are people's work.
 */
export async function seedDemoRequests(db: Db, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    if ((await tx.select({ id: enterpriseRequests.id }).from(enterpriseRequests).limit(1)).length > 0) return;
    const zone = await readZone(tx, now);
    if (!zone) return;
    const plan = planDemoRequests(zone);
    if (plan.requests.length === 0) return;
    await insertBatched(tx, enterpriseRequests, plan.requests);
    // Oldest first, so the bigserial ids follow time as they would have.
    await insertBatched(tx, requestEvents, plan.events.sort((a, b) => a.at.getTime() - b.at.getTime()));
    await tx.execute(sql`analyze ${enterpriseRequests}, ${requestEvents}`);
  });
}

async function readZone(tx: Tx, now: Date): Promise<Zone | null> {
  const departmentRows = await tx.select({ id: departments.id, name: departments.name }).from(departments);
  if (departmentRows.length === 0) return null;
  const departmentByName = new Map(departmentRows.map((d) => [d.name, d.id]));
  await ensureDepartmentLiaisons(tx, departmentByName);

  const liaisons = await tx
    .select({ id: users.id, username: users.username, departmentId: users.departmentId })
    .from(users)
    .where(sql`${users.role} = 'liaison' and ${users.disabledAt} is null and ${users.departmentId} is not null`);
  const handlerOf = new Map<string, string>();
  for (const [name, departmentId] of departmentByName) {
    const own = liaisons.filter((l) => l.departmentId === departmentId).sort((a, b) => (a.username < b.username ? -1 : 1));
    const handler = own.find((l) => l.username === DEMO_DEPARTMENT_LIAISONS[name]?.username) ?? own[0];
    if (handler) handlerOf.set(departmentId, handler.id);
  }

  const today = Math.floor((now.getTime() + SHANGHAI) / DAY) * DAY - SHANGHAI;
  const rows = await tx
    .select({ projectId: projects.id, leadId: projects.leadId, enterpriseId: projects.enterpriseId, teamId: projects.teamId, teamName: teams.name, ownerId: projects.ownerId, createdAt: projects.createdAt })
    .from(projects)
    .innerJoin(teams, eq(teams.id, projects.teamId))
    .where(isNull(projects.deletedAt));
  // Sorted here, not by the database, so the order does not depend on its collation.
  rows.sort((a, b) => (a.teamName === b.teamName ? (a.leadId < b.leadId ? -1 : 1) : a.teamName < b.teamName ? -1 : 1));
  const byTeam = new Map<string, Target[]>();
  for (const row of rows) {
    const signedAgo = Math.floor((today - (Math.floor((row.createdAt.getTime() + SHANGHAI) / DAY) * DAY - SHANGHAI)) / DAY);
    // A request comes at least a day after the signing and two days before today.
    if (signedAgo < MIN_AGE + 1) continue;
    if (!byTeam.has(row.teamName)) byTeam.set(row.teamName, []);
    byTeam.get(row.teamName)!.push({ projectId: row.projectId, enterpriseId: row.enterpriseId, teamId: row.teamId, ownerId: row.ownerId, signedAgo });
  }
  const queues = [...byTeam.values()];
  const targets: Target[] = [];
  for (let round = 0; targets.length < rows.length && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) if (queue[round]) targets.push(queue[round]);
  }
  if (targets.length === 0) return null;
  return { today, targets, departmentByName, handlerOf };
}

/** The unprinted liaisons of the departments without a demo login; one bcrypt hash for all of them. */
async function ensureDepartmentLiaisons(tx: Tx, departmentByName: Map<string, string>): Promise<void> {
  const missing = Object.entries(DEMO_DEPARTMENT_LIAISONS).filter(([name, l]) => departmentByName.has(name) && !DEMO_LOGINS.some((d) => d.username === l.username));
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await tx
    .insert(users)
    .values(missing.map(([name, l]) => ({ ...l, role: 'liaison' as const, departmentId: departmentByName.get(name)!, passwordHash })))
    .onConflictDoNothing({ target: users.username });
}

/** Every demo request and its history as rows; a pure function of the zone. */
function planDemoRequests(zone: Zone): { requests: RequestRow[]; events: EventRow[] } {
  const rng = rowRng(SEED, STREAM.plan, 0);
  const specs = shuffle(rng, demoSpecs());
  // Dealt decks rather than a draw per request, so every kind of problem (and every department) shows up and the
  // same wording comes round again only after the others.
  const categories = shuffle(rng, CATEGORY_COUNTS.flatMap(([category, n]) => Array.from({ length: n }, () => category)));
  let dealt = 0;
  const decks = new Map<string, { cards: Variant[]; next: number }>();
  const deal = (key: string, cards: readonly Variant[]) => {
    if (!decks.has(key)) decks.set(key, { cards: shuffle(rng, [...cards]), next: 0 });
    const deck = decks.get(key)!;
    return deck.cards[deck.next++ % deck.cards.length];
  };
  const requests: RequestRow[] = [];
  const events: EventRow[] = [];
  specs.forEach((spec, i) => {
    const category = spec.desk ? 'approval' : categories[dealt++ % categories.length];
    const variant = spec.desk ? deal(DESK, VARIANTS.approval.filter((v) => v.department === DESK)) : deal(category, VARIANTS[category]);
    const built = buildRequest(zone, spec, category, variant, i);
    if (!built) return;
    requests.push(built.row);
    events.push(...built.events);
  });
  return { requests, events };
}

function buildRequest(zone: Zone, spec: Spec, category: RequestCategory, variant: Variant, i: number): { row: RequestRow; events: EventRow[] } | null {
  const rng = rowRng(SEED, STREAM.request, i);
  const target = zone.targets[i % zone.targets.length];
  // Two in three are about a signed project; the rest about the enterprise as a whole, kept by the project's team.
  const onProject = i % 3 !== 2;
  const departmentId = zone.departmentByName.get(variant.department);
  if (!departmentId) return null;
  const handler = zone.handlerOf.get(departmentId) ?? null;
  // A department nobody works for (renamed, liaisons disabled) has not accepted anything.
  const shape: Spec = handler ? spec : { ...spec, state: 'pending', reopens: 0 };
  const roll = rng();
  let urgency: RequestUrgency = roll < 0.1 ? 'critical' : roll < 0.4 ? 'urgent' : 'normal';
  const officer = target.ownerId;

  const [lo, hi] = ageRange(shape);
  // An overdue request was raised long enough ago for the officer's window to have run out.
  const from = shape.overdue ? Math.max(lo, WINDOW[urgency] + between(rng, 1, 10)) : lo;
  const to = Math.min(Math.max(hi, from), MAX_AGE, target.signedAgo - 1);
  const age = between(rng, Math.min(from, to), to);
  // On a recent project there was less time: the officer must have asked for it sooner.
  while (shape.overdue && urgency !== 'critical' && age <= WINDOW[urgency]) urgency = urgency === 'normal' ? 'urgent' : 'critical';

  // The moves after raising, each with the days it took.
  type Move = { step: 'accept' | 'resolve' | 'reopen' | 'confirm'; gap: number };
  const moves: Move[] = [];
  if (shape.state !== 'pending') {
    moves.push({ step: 'accept', gap: urgency === 'critical' ? between(rng, 0, 1) : between(rng, 0, 3) });
    for (let r = 0; r < shape.reopens; r++) {
      moves.push({ step: 'resolve', gap: r === 0 ? between(rng, 3, 15) : between(rng, 2, 10) }, { step: 'reopen', gap: between(rng, 1, 5) });
    }
    if (shape.state === 'resolved' || shape.state === 'confirmed') {
      moves.push({ step: 'resolve', gap: shape.reopens > 0 ? between(rng, 2, 12) : urgency === 'critical' ? between(rng, 1, 6) : between(rng, 2, 20) });
    }
    if (shape.state === 'confirmed') moves.push({ step: 'confirm', gap: between(rng, 1, 6) });
  }
  // Squeezed into the days between raising and yesterday when the gaps add up to more.
  const total = moves.reduce((n, m) => n + m.gap, 0);
  const room = age - 1;
  if (total > room) for (const m of moves) m.gap = Math.floor((m.gap * room) / total);
  const daysAgo = [age];
  for (const m of moves) daysAgo.push(daysAgo[daysAgo.length - 1] - m.gap);
  const times = officeTimes(rng, zone.today, daysAgo);

  const id = demoUuid(rowRng(SEED, STREAM.id, i), i);
  const events: EventRow[] = [{ requestId: id, actorId: officer, step: 'raise', fromState: null, toState: 'pending', note: '', satisfaction: null, at: times[0] }];
  let state: RequestState = 'pending';
  let result = '';
  let satisfaction: Satisfaction | null = null;
  let reopenCount = 0;
  let acceptedAt: Date | null = null;
  let resolvedAt: Date | null = null;
  let confirmedAt: Date | null = null;
  for (const [k, move] of moves.entries()) {
    const at = times[k + 1];
    const from = state;
    if (move.step === 'accept') {
      state = 'in_progress';
      acceptedAt = at;
      events.push({ requestId: id, actorId: handler!, step: 'accept', fromState: from, toState: state, note: pick(rng, ACCEPT_NOTES), satisfaction: null, at });
    } else if (move.step === 'resolve') {
      state = 'resolved';
      // The first answer of a request that will be reopened falls short; the last is the real one.
      result = moves.slice(k + 1).some((m) => m.step === 'reopen') ? pick(rng, PARTIAL_RESULTS) : variant.result;
      resolvedAt = at;
      events.push({ requestId: id, actorId: handler!, step: 'resolve', fromState: from, toState: state, note: result, satisfaction: null, at });
    } else {
      const reopen = move.step === 'reopen';
      satisfaction = reopen ? 'unsatisfied' : rng() < 0.65 ? 'satisfied' : 'basically';
      state = reopen ? 'in_progress' : 'confirmed';
      if (reopen) reopenCount += 1;
      confirmedAt = at;
      const note = pick(rng, reopen ? REOPEN_NOTES : satisfaction === 'satisfied' ? SATISFIED_NOTES : BASICALLY_NOTES);
      events.push({ requestId: id, actorId: officer, step: 'confirm', fromState: from, toState: state, note, satisfaction, at });
    }
  }

  const window = WINDOW[urgency];
  const open = state === 'pending' || state === 'in_progress';
  let deadlineAgo: number;
  if (open && shape.overdue) {
    // Passed some day between raising and yesterday.
    deadlineAgo = age - window >= 1 ? age - window : between(rng, 1, Math.max(1, age - 1));
  } else if (open) {
    // Today or later: the officer's window, or a later date agreed when it was already long.
    deadlineAgo = age - window <= 0 ? age - window : -between(rng, 3, 20);
  } else {
    deadlineAgo = age - window;
  }

  const row: RequestRow = {
    id,
    enterpriseId: target.enterpriseId,
    projectId: onProject ? target.projectId : null,
    teamId: target.teamId,
    departmentId,
    category,
    urgency,
    description: variant.text,
    deadline: zoneDay(zone.today, deadlineAgo),
    state,
    result,
    satisfaction,
    reopenCount,
    raisedBy: officer,
    acceptedAt,
    resolvedAt,
    confirmedAt,
    createdAt: times[0],
    updatedAt: times[times.length - 1],
    // Every step after raising bumped it, as the data layer does.
    version: events.length,
  };
  return { row, events };
}

/** One office-hours moment (09:00–17:30) on each of these days (days ago, non-increasing), strictly increasing. */
function officeTimes(rng: Rng, today: number, daysAgo: number[]): Date[] {
  const times: number[] = [];
  for (let k = 0; k < daysAgo.length; ) {
    let end = k;
    while (end < daysAgo.length && daysAgo[end] === daysAgo[k]) end++;
    const minutes = Array.from({ length: end - k }, () => 9 * 60 + Math.floor(rng() * (8.5 * 60 - (end - k)))).sort((a, b) => a - b);
    minutes.forEach((m, j) => times.push(today - daysAgo[k] * DAY + (m + j) * MINUTE));
    k = end;
  }
  return times.map((t) => new Date(t));
}

/** 'YYYY-MM-DD' of the zone day `daysAgo` before today (negative: after). */
function zoneDay(today: number, daysAgo: number): string {
  return new Date(today + SHANGHAI - daysAgo * DAY).toISOString().slice(0, 10);
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

const between = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

/** A deterministic version-4-shaped uuid; 'ec0' + the serial up front keeps demo request ids unique and recognisable. */
function demoUuid(rng: Rng, serial: number): string {
  const hex = `ec0${serial.toString(16).padStart(5, '0')}${Array.from({ length: 24 }, () => Math.floor(rng() * 16).toString(16)).join('')}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(rng() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
