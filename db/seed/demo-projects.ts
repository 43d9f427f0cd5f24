import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { leadFacets } from '@/db/lead-derived';
import { meetingFacets } from '@/db/meeting-derived';
import { addProjectFunds } from '@/db/queries/project-funds';
import { updateMilestone, verifyMilestone } from '@/db/queries/project-milestones';
import { signLead } from '@/db/queries/projects';
import { findActiveViewer, type Viewer } from '@/db/queries/viewer';
import {
  auditLogs,
  chainNodes,
  chains,
  contacts,
  enterprises,
  leadEvents,
  leads,
  meetings,
  projectFunds,
  projectMilestones,
  projects,
  users,
  type ChainAction,
  type FundsSource,
  type LeadStage,
  type MeetingKind,
  type MilestoneKind,
  type NodeStatus,
  type ProjectKind,
  type SourceMethod,
} from '@/db/schema';
import { pick, rowRng, type Rng } from '@/lib/random';
import { fundsCreateSchema, milestoneUpdateSchema, signSchema, type SignInput } from '@/lib/validation/projects';
import { allowDemoBackdating } from './demo-backdating';
import { DEMO_LEAD_OFFICERS } from './demo-leads';
import { KIND_WEIGHTS, OUTCOMES, PLACES, SUMMARIES, type Phase } from './demo-meeting-data';
import { FIRST_FUNDS_NOTE, FUNDS_NOTES, MILESTONE_NOTES, agreementFor, projectNameFor } from './demo-project-data';
import { DEMO_ENTERPRISE_PROFILES } from './enterprise-data';

/** Signed projects in the demo: a third of them major (重大项目, ≥ 5,000 万元). */
export const DEMO_PROJECT_COUNT = 60;

const SEED = 0x5167ed00;
// One rowRng stream per purpose, as in demo-leads.ts.
const STREAM = { pick: 1, project: 2, lead: 3, meeting: 4, id: 5 } as const;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Asia/Shanghai has no daylight saving: local time is always UTC+8.
const SHANGHAI = 8 * HOUR;
/** The demo's lead histories reach back 18 months (demo-leads.ts); these leads' too. */
const HISTORY_DAYS = 530;
/** Id serials of the project leads: after the pipeline's (demo-leads.ts counts those from 0), same '1ead' prefix. */
const LEAD_SERIAL = 0x8000;
/** Actual dates of the last three weeks still wait for a leader's 核验 (待核验). */
const VERIFY_AFTER_DAYS = 21;
/** Share of the older actual dates the leader has verified: most 开工 and 投产 (what statistics count), fewer of the others. */
const VERIFIED_SHARE: Record<MilestoneKind, number> = { registered: 0.4, land: 0.4, construction: 0.85, production: 0.85 };

const METHODS: readonly SourceMethod[] = ['fixed_point', 'fixed_point', 'referral', 'trade_fair', 'door_knocking', 'agency', 'department'];
const STATIONS = ['深圳', '上海', '苏州', '北京', '杭州'];

interface Firm {
  id: string;
  name: string;
  city: string;
  chainId: string;
  chainName: string;
  nodeId: string;
  nodeName: string;
  nodeStatus: NodeStatus;
  chainAction: ChainAction | null;
  teamId: string;
  contacts: { id: string; name: string }[];
}

interface Zone {
  /** Local midnight today (Asia/Shanghai). */
  today: number;
  now: number;
  firms: Firm[];
  ownerOfTeam: Map<string, string>;
  leaderId: string | null;
}

type LeadRow = typeof leads.$inferInsert & { id: string; ownerId: string };
type EventRow = typeof leadEvents.$inferInsert;
type MeetingRow = typeof meetings.$inferInsert;

interface MilestonePlan {
  kind: MilestoneKind;
  plannedOn: string | null;
  actualOn: string | null;
  progress: number;
  notes: string;
  /** When the officer recorded it (null: left as signing planned it, no update). */
  recordedAt: number | null;
  /** When the leader verified the actual date (null: 待核验 or nothing to verify). */
  verifiedAt: number | null;
}

interface FundsPlan {
  receivedOn: string;
  amount: number;
  source: FundsSource;
  note: string;
}

/** One demo project: the lead it comes from (with its history) and what happened after signing. */
interface ProjectPlan {
  lead: LeadRow;
  events: EventRow[];
  meetings: MeetingRow[];
  sign: Omit<SignInput, 'leadId' | 'version'>;
  signedAt: number;
  milestones: MilestonePlan[];
  funds: FundsPlan[];
}

const between = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const localMidnight = (ms: number) => Math.floor((ms + SHANGHAI) / DAY) * DAY - SHANGHAI;
const localDate = (ms: number) => new Date(ms + SHANGHAI).toISOString().slice(0, 10);
/** A time on that local day between 09:00 and 17:30. */
const officeTime = (rng: Rng, day: number) => day + 9 * HOUR + between(rng, 0, 17) * 30 * MINUTE;
const shortName = (name: string) => name.replace(/（[^）]*）/g, '').replace(/(股份)?有限(责任)?公司$/, '');
const fill = (text: string, v: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');
const money = (wan: number) => (wan >= 10000 ? `${Math.round(wan / 1000) / 10}亿元` : `${wan}万元`);

function weighted<T>(rng: Rng, entries: readonly (readonly [T, number])[]): T {
  let r = rng() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of entries) if ((r -= w) < 0) return value;
  return entries[entries.length - 1][0];
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** A deterministic version-4-shaped uuid with a recognisable prefix (as demo-leads.ts and demo-meetings.ts make theirs). */
function demoUuid(prefix: string, serial: number): string {
  const rng = rowRng(SEED, STREAM.id, serial * 16 + prefix.length);
  const hex = `${prefix}${serial.toString(16).padStart(4, '0')}${Array.from({ length: 24 }, () => Math.floor(rng() * 16).toString(16)).join('')}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(rng() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The two 集中签约 occasions: the latest spring one at least two months back (18 April) and the autumn one
 * before it (26 September), named by their year, so the demo reads the same whenever it is loaded.
 */
export function demoOccasions(today: number): { name: string; day: number }[] {
  let year = new Date(today + SHANGHAI).getUTCFullYear();
  if (Date.UTC(year, 3, 18) - SHANGHAI > today - 60 * DAY) year -= 1;
  return [
    { name: `${year - 1}年秋季集中签约`, day: Date.UTC(year - 1, 8, 26) - SHANGHAI },
    { name: `${year}年春季集中签约`, day: Date.UTC(year, 3, 18) - SHANGHAI },
  ];
}

/**
 * ~60 signed projects, made the way the app makes them: each from a lead in 深度洽谈 (inserted with its history
 * and meetings, as demo-leads.ts and demo-meetings.ts write theirs), signed with signLead by the owning officer,
 * its milestones and funds recorded with updateMilestone / addProjectFunds, and most actual dates verified by the
 * demo leader with verifyMilestone — so status, funds in place, next due date and facets are the data layer's.
 * The records are then dated when they would have been made (the data layer stamps now()). Dates are offsets from
 * today, so late milestones stay late whenever the demo is loaded. Runs after the demo transaction, as the data
 * layer opens its own transactions on the process's database (getDb(), which `db` is). Idempotent: it adds its
 * leads only while there is no project and every lead is one the demo seeded (people's pipelines get no invented
 * signings), and signs only those of its leads still in 深度洽谈, so an interrupted run resumes.
 */
export async function seedDemoProjects(db: Db, now = new Date()): Promise<void> {
  const zone = await readZone(db, now);
  if (!zone) return;
  const plans = planDemoProjects(zone);
  if (plans.length === 0) return;
  const ids = plans.map((p) => p.lead.id);
  const present = await db.select({ id: leads.id }).from(leads).where(inArray(leads.id, ids));
  if (present.length === 0) {
    if (!(await onlyDemoPipeline(db))) return;
    await db.transaction(async (tx) => {
      await tx.insert(leads).values(plans.map((p) => p.lead));
      await tx.insert(leadEvents).values(plans.flatMap((p) => p.events).sort((a, b) => (a.at as Date).getTime() - (b.at as Date).getTime()));
      await tx.insert(meetings).values(plans.flatMap((p) => p.meetings).sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime()));
    });
  }
  const open = new Map(
    (await db.select({ id: leads.id, version: leads.version }).from(leads).where(and(inArray(leads.id, ids), eq(leads.stage, 'negotiating'), isNull(leads.deletedAt)))).map((l) => [l.id, l.version]),
  );
  const todo = plans.filter((p) => open.has(p.lead.id));
  if (todo.length === 0) return;
  await recordProjects(db, zone, todo, open);
  await db.execute(sql`analyze ${projects}, ${projectMilestones}`);
}

/** No project yet, and every lead is one the demo seeded ('1ead' ids, demo-leads.ts). */
async function onlyDemoPipeline(db: Db): Promise<boolean> {
  if ((await db.select({ id: projects.id }).from(projects).limit(1)).length > 0) return false;
  const foreign = await db.select({ id: leads.id }).from(leads).where(sql`${leads.id}::text not like '1ead%'`).limit(1);
  return foreign.length === 0;
}

async function readZone(db: Db, now: Date): Promise<Zone | null> {
  const people = await db.select({ id: users.id, username: users.username, teamId: users.teamId }).from(users).where(isNull(users.disabledAt));
  const ownerOfTeam = new Map<string, string>();
  for (const officer of Object.values(DEMO_LEAD_OFFICERS)) {
    const user = people.find((p) => p.username === officer.username);
    if (user?.teamId) ownerOfTeam.set(user.teamId, user.id);
  }
  // Firms the chain's team already courts (and no other team, nothing held or dropped): a second project from a
  // firm the team knows is how most signings come, and it raises no 撞单. Untouched firms stay untouched.
  const rows = await db
    .select({
      id: enterprises.id,
      name: enterprises.name,
      city: enterprises.city,
      chainId: chains.id,
      chainName: chains.name,
      nodeId: chainNodes.id,
      nodeName: chainNodes.name,
      nodeStatus: chainNodes.status,
      chainAction: enterprises.chainAction,
      teamId: chains.teamId,
    })
    .from(enterprises)
    .innerJoin(chains, eq(chains.id, enterprises.chainId))
    .innerJoin(chainNodes, eq(chainNodes.id, enterprises.nodeId))
    .where(
      and(
        isNull(enterprises.deletedAt),
        isNull(chains.deletedAt),
        isNotNull(chains.teamId),
        sql`exists (select 1 from ${leads} l where l.enterprise_id = ${enterprises.id})`,
        sql`not exists (select 1 from ${leads} l where l.enterprise_id = ${enterprises.id} and (l.team_id <> ${chains.teamId} or l.conflict or l.stage in ('on_hold', 'dropped')))`,
      ),
    )
    .orderBy(asc(enterprises.uscc));
  const firms = rows.filter((r): r is typeof r & { teamId: string } => r.teamId !== null && ownerOfTeam.has(r.teamId));
  if (firms.length === 0) return null;
  const firmContacts = await db
    .select({ id: contacts.id, enterpriseId: contacts.enterpriseId, name: contacts.name })
    .from(contacts)
    .where(inArray(contacts.enterpriseId, firms.map((f) => f.id)))
    .orderBy(asc(contacts.enterpriseId), sql`${contacts.isPrimary} desc`, asc(contacts.mobile));
  return {
    today: localMidnight(now.getTime()),
    now: now.getTime(),
    firms: firms.map((f) => ({ ...f, contacts: firmContacts.filter((c) => c.enterpriseId === f.id).map(({ id, name }) => ({ id, name })) })),
    ownerOfTeam,
    leaderId: people.find((p) => p.username === 'leader')?.id ?? null,
  };
}

/** The whole plan as rows and calls; a pure function of the zone. */
function planDemoProjects(zone: Zone): ProjectPlan[] {
  const chosen = shuffle(rowRng(SEED, STREAM.pick, 0), [...zone.firms]).slice(0, DEMO_PROJECT_COUNT);
  const [autumn, spring] = demoOccasions(zone.today);
  return chosen.map((firm, k) => {
    // 20 at the autumn occasion, 22 at the spring one, the rest signed on their own over the last 13 months.
    const occasion = k < 20 ? autumn : k < 42 ? spring : null;
    const rng = rowRng(SEED, STREAM.project, k);
    const signDay = occasion?.day ?? zone.today - (10 + Math.floor(((k - 42 + rng()) * 390) / (DEMO_PROJECT_COUNT - 42))) * DAY;
    return planProject(zone, firm, k, signDay, occasion?.name ?? '', rng);
  });
}

function planProject(zone: Zone, firm: Firm, k: number, signDay: number, occasion: string, rng: Rng): ProjectPlan {
  const profile = DEMO_ENTERPRISE_PROFILES.find((p) => p.chain === firm.chainName)?.nodes.find((n) => n.node === firm.nodeName);
  const product = profile ? pick(rng, profile.products) : firm.nodeName;
  const service = Boolean(profile?.service);
  const ai = firm.chainName === '人工智能';
  const action: ChainAction = firm.chainAction ?? (ai ? 'build' : firm.nodeStatus === 'missing' ? 'supplement' : firm.nodeStatus === 'weak' ? 'extend' : 'upgrade');
  const kind: ProjectKind = !service && !ai && action === 'upgrade' && rng() < 0.6 ? 'renovation' : rng() < 0.3 ? 'expansion' : 'new';

  // Every third project is major; one of them exactly on the 5,000 万元 line.
  const major = k % 3 === 0;
  const amount = k === 3 ? 5000 : major ? roundWan(5000 * 16 ** (rng() ** 1.5)) : Math.round((800 + rng() * 4100) / 100) * 100;
  const fixed = Math.round((amount * (service || ai ? 0.35 + rng() * 0.25 : 0.6 + rng() * 0.3)) / 10) * 10;
  const land = service || kind === 'renovation' || (amount < 2000 && rng() < 0.7) ? null : Math.min(300, Math.max(10, Math.round(amount / between(rng, 80, 400))));
  const jobs = Math.min(3000, Math.round(Math.max(20, amount / between(rng, 20, 80)) / 5) * 5);
  const output = Math.round((amount * (service || ai ? 0.6 + rng() * 0.6 : 1.2 + rng() * 1.3)) / 100) * 100;
  const name = projectNameFor(product, kind, { service, ai, variant: k });

  const today = zone.today;
  const ownerId = zone.ownerOfTeam.get(firm.teamId)!;
  const cap = (t: number) => Math.min(t, zone.now - HOUR);
  const reached = (day: number) => day <= today - DAY;

  // 开工 and 投产 as the agreement plans them; a fifth of the projects stall before breaking ground.
  const plannedStart = signDay + between(rng, 45, 150) * DAY;
  const build = kind === 'renovation' ? [60, 150] : service || ai ? [90, 200] : kind === 'expansion' ? [150, 300] : [210, 420];
  const plannedProduction = plannedStart + between(rng, build[0], build[1]) * DAY;
  const stalls = rng() < 0.22;
  const startCandidate = Math.max(signDay + 20 * DAY, plannedStart + between(rng, -15, 45) * DAY);
  const actualStart = !stalls && reached(startCandidate) ? startCandidate : null;
  const productionCandidate = actualStart === null ? null : Math.max(actualStart + 45 * DAY, plannedProduction + between(rng, -20, 40) * DAY);
  const actualProduction = productionCandidate !== null && rng() > 0.2 && reached(productionCandidate) ? productionCandidate : null;

  const plannedRegistered = signDay + between(rng, 10, 30) * DAY;
  const registeredCandidate = plannedRegistered + between(rng, -5, 15) * DAY;
  const actualRegistered = actualStart !== null ? Math.max(signDay + DAY, Math.min(registeredCandidate, actualStart - 7 * DAY)) : reached(registeredCandidate) && rng() < 0.9 ? registeredCandidate : null;
  const plannedLand = land === null ? null : signDay + between(rng, 20, 75) * DAY;
  const landCandidate = plannedLand === null ? null : plannedLand + between(rng, 0, 25) * DAY;
  const actualLand =
    landCandidate === null ? null : actualStart !== null ? Math.max(signDay + DAY, Math.min(landCandidate, actualStart - between(rng, 5, 20) * DAY)) : reached(landCandidate) && rng() < 0.5 ? landCandidate : null;

  const buildProgress = actualProduction !== null ? 100 : actualStart !== null ? Math.min(95, Math.max(10, Math.round(((today - actualStart) / (plannedProduction - actualStart)) * 100))) : 0;
  const milestone = (kind: MilestoneKind, planned: number | null, actual: number | null, progress: number, signed: boolean): MilestonePlan => {
    const late = actual === null && planned !== null && planned < today;
    const notes = pick(rng, actual !== null ? MILESTONE_NOTES[kind].done : late ? MILESTONE_NOTES[kind].late : MILESTONE_NOTES[kind].going);
    // 开工 and 投产 were planned at signing: one neither reached nor late needs no update.
    const untouched = signed && actual === null && !late;
    const recordedAt = untouched ? null : cap(actual !== null ? officeTime(rng, actual + between(rng, 0, 3) * DAY) : late ? officeTime(rng, Math.min(today, planned! + between(rng, 3, 10) * DAY)) : officeTime(rng, signDay + between(rng, 2, 6) * DAY));
    const verified = actual !== null && actual <= today - VERIFY_AFTER_DAYS * DAY && rng() < VERIFIED_SHARE[kind];
    return {
      kind,
      plannedOn: planned === null ? null : localDate(planned),
      actualOn: actual === null ? null : localDate(actual),
      progress: actual !== null ? 100 : progress,
      notes: untouched ? '' : notes,
      recordedAt,
      verifiedAt: verified && recordedAt !== null ? cap(localMidnight(recordedAt) + between(rng, 1, 10) * DAY + 15 * HOUR) : null,
    };
  };
  const milestones = [
    milestone('registered', plannedRegistered, actualRegistered, actualRegistered === null ? 30 : 100, false),
    ...(plannedLand === null ? [] : [milestone('land', plannedLand, actualLand, actualLand === null ? 40 : 100, false)]),
    milestone('construction', plannedStart, actualStart, buildProgress, true),
    milestone('production', plannedProduction, actualProduction, 0, true),
  ];

  const status = actualProduction !== null ? 'producing' : actualStart !== null ? 'building' : 'signed';
  const funds = planFunds(rng, amount, status, actualRegistered ?? signDay + 15 * DAY, today, rng() < 0.12 ? 'foreign' : 'domestic');
  const signedAt = occasion ? signDay + 10 * HOUR : officeTime(rng, signDay);
  const history = planLead(zone, firm, k, { name, product, action, amount, land, jobs, major, signDay, ownerId });
  return {
    ...history,
    sign: {
      agreementName: agreementFor(name, k),
      signedOn: localDate(signDay),
      occasion,
      kind,
      contractedInvestment: amount,
      fixedAssetInvestment: fixed,
      landArea: land,
      expectedJobs: jobs,
      expectedOutput: output,
      plannedStartOn: localDate(plannedStart),
      plannedProductionOn: localDate(plannedProduction),
    },
    signedAt,
    milestones,
    funds,
  };
}

/** 万元 rounded as such figures are announced. */
function roundWan(value: number): number {
  const step = value < 10000 ? 500 : value < 50000 ? 1000 : 10000;
  return Math.round(value / step) * step;
}

/** Money in place: nothing or the registered capital before 开工, most of it while building, about all once producing. */
function planFunds(rng: Rng, amount: number, status: 'signed' | 'building' | 'producing', first: number, today: number, source: FundsSource): FundsPlan[] {
  const [ratio, count] =
    status === 'producing' ? [0.65 + rng() * 0.4, between(rng, 2, 4)] : status === 'building' ? [0.2 + rng() * 0.5, between(rng, 1, 3)] : rng() < 0.5 ? [0, 0] : [0.05 + rng() * 0.15, 1];
  const start = Math.min(first + between(rng, 0, 10) * DAY, today - DAY);
  const span = Math.max(0, today - 3 * DAY - start);
  const weights = Array.from({ length: count }, (_, i) => (i === 0 ? 0.6 : 0.5 + rng()));
  const sum = weights.reduce((a, b) => a + b, 0);
  const step = amount * ratio >= 1000 ? 10 : 1;
  const spacing = span / Math.max(1, count - 1);
  return weights.map((w, i) => ({
    // Spread from the first entry to a few days ago; each later one up to half a spacing early, so the order holds.
    receivedOn: localDate(localMidnight(start + spacing * i - (i === 0 ? 0 : rng() * spacing * 0.5))),
    amount: Math.max(step, Math.round((amount * ratio * w) / sum / step) * step),
    source,
    note: i === 0 ? FIRST_FUNDS_NOTE : pick(rng, FUNDS_NOTES),
  }));
}

/** The lead before signing: 线索 → 初步接洽 → 考察互访 → 深度洽谈 within its life, with the meetings that got it there. */
function planLead(
  zone: Zone,
  firm: Firm,
  k: number,
  p: { name: string; product: string; action: ChainAction; amount: number; land: number | null; jobs: number; major: boolean; signDay: number; ownerId: string },
): Pick<ProjectPlan, 'lead' | 'events' | 'meetings'> {
  const rng = rowRng(SEED, STREAM.lead, k);
  // Within the demo's 18 months of history where the signing date leaves room (an autumn occasion may lie further back).
  const life = Math.max(70, Math.min(between(rng, 70, 210), Math.floor((p.signDay - (zone.today - HISTORY_DAYS * DAY)) / DAY)));
  const created = p.signDay - life * DAY;
  const dayAt = (share: number) => created + Math.round(life * share) * DAY;
  const days = { contacted: dayAt(0.1 + rng() * 0.15), siteVisit: dayAt(0.35 + rng() * 0.15), negotiating: dayAt(0.6 + rng() * 0.15) };
  const id = demoUuid('1ead', LEAD_SERIAL + k);
  const path: LeadStage[] = ['lead', 'contacted', 'site_visit', 'negotiating'];
  const times = [officeTime(rng, created), officeTime(rng, days.contacted), officeTime(rng, days.siteVisit), officeTime(rng, days.negotiating)];
  const events: EventRow[] = times.map((t, i) =>
    i === 0
      ? { leadId: id, at: new Date(t), actorId: p.ownerId, kind: 'created', toStage: 'lead', reason: '', data: {} }
      : { leadId: id, at: new Date(t), actorId: p.ownerId, kind: 'stage', fromStage: path[i - 1], toStage: path[i], reason: '', data: {} },
  );

  // The 考察互访 gate: a meeting before the move there; the visit itself after it; one or two rounds of talks before signing.
  const slots: [number, Phase][] = [];
  if (rng() < 0.5) slots.push([created + between(rng, 1, Math.max(1, Math.round((days.contacted - created) / DAY))) * DAY, 'early']);
  slots.push([days.contacted + between(rng, 1, Math.max(1, Math.round((days.siteVisit - days.contacted) / DAY) - 1)) * DAY, 'early']);
  slots.push([days.siteVisit + between(rng, 1, 6) * DAY, 'visit']);
  for (let n = between(rng, 1, 2); n > 0; n--) slots.push([days.negotiating + between(rng, 1, Math.max(1, Math.round((p.signDay - days.negotiating) / DAY) - 3)) * DAY, 'talks']);
  const vars = { firm: shortName(firm.name), project: p.name, contact: firm.contacts[0]?.name ?? '企业负责人', city: firm.city || '企业所在地', chain: firm.chainName };
  const meetingRows: MeetingRow[] = slots
    .sort((a, b) => a[0] - b[0])
    .map(([day, phase], n) => {
      const m = rowRng(SEED, STREAM.meeting, k * 8 + n);
      const kind: MeetingKind = phase === 'visit' ? 'inbound' : weighted(m, KIND_WEIGHTS[phase]);
      const at = new Date(officeTime(m, day));
      const attendeeIds = phase === 'talks' && zone.leaderId && m() < 0.3 ? [p.ownerId, zone.leaderId] : [p.ownerId];
      const fields = { enterpriseId: firm.id, leadId: id, teamId: firm.teamId, chainId: firm.chainId, kind, attendeeIds };
      return {
        ...fields,
        id: demoUuid('ee79', k * 8 + n),
        occurredAt: at,
        place: fill(pick(m, PLACES[kind]), vars),
        summary: fill(pick(m, SUMMARIES[kind][phase]), vars),
        outcome: pick(m, OUTCOMES[phase]),
        contactIds: firm.contacts.slice(0, m() < 0.4 ? 2 : 1).map((c) => c.id),
        facets: meetingFacets(fields),
        createdBy: p.ownerId,
        createdAt: at,
        updatedAt: at,
      };
    });

  const method = pick(rng, METHODS);
  const fields = { stage: 'negotiating' as const, chainId: firm.chainId, nodeId: firm.nodeId, chainAction: p.action, sourceMethod: method, teamId: firm.teamId, ownerId: p.ownerId };
  const lastActivity = Math.max(times[3], ...meetingRows.map((m) => m.occurredAt.getTime()));
  const local = new Date(p.signDay + SHANGHAI);
  const lead: LeadRow = {
    ...fields,
    id,
    projectName: p.name,
    content: `企业拟在园区建设${p.product}项目，项目总投资约${money(p.amount)}，${p.land === null ? '拟租赁标准厂房' : `拟用地约${p.land}亩`}，达产后新增就业约${p.jobs}人。投资协议文本已进入条款磋商阶段。`,
    enterpriseId: firm.id,
    intendedInvestment: p.amount,
    landArea: p.land,
    expectedJobs: p.jobs,
    sourceDetail: sourceDetail(rng, method, firm),
    priority: p.major ? 'high' : 'medium',
    expectedSigningMonth: `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`,
    stageChangedAt: new Date(times[3]),
    stageReason: '',
    lastActivityAt: new Date(lastActivity),
    facets: leadFacets(fields),
    createdBy: p.ownerId,
    createdAt: new Date(times[0]),
    updatedAt: new Date(times[3]),
    // Created plus three stage moves, as the data layer counts them.
    version: 4,
  };
  return { lead, events, meetings: meetingRows };
}

function sourceDetail(rng: Rng, method: SourceMethod, firm: Firm): string {
  switch (method) {
    case 'fixed_point':
      return `驻${STATIONS.includes(firm.city) ? firm.city : pick(rng, STATIONS)}招商小组`;
    case 'door_knocking':
      return `赴${firm.city || '企业'}总部拜访`;
    case 'referral':
      return '区内链主企业推荐';
    case 'trade_fair':
      return pick(rng, PLACES.fair);
    case 'agency':
      return '上海某投资顾问公司';
    default:
      return '区发改局';
  }
}

interface Stamp {
  type: string;
  id: string;
  action: string;
  at: number;
}

interface Stamps {
  leads: { id: string; signed: number; last: number }[];
  projects: { id: string; signed: number; last: number }[];
  milestones: { id: string; recorded: number; verified: number | null }[];
  funds: { id: string; at: number }[];
}

/** Signs, records and verifies through the data layer, then dates every record when it would have been made. */
async function recordProjects(db: Db, zone: Zone, plans: ProjectPlan[], versions: Map<string, number>): Promise<void> {
  const viewers = new Map<string, Viewer>();
  const viewerOf = async (userId: string) => {
    if (!viewers.has(userId)) {
      const viewer = await findActiveViewer(userId);
      if (!viewer) throw new Error(`Demo user ${userId} is missing or disabled.`);
      viewers.set(userId, viewer);
    }
    return viewers.get(userId)!;
  };
  const leader = zone.leaderId ? await viewerOf(zone.leaderId) : null;

  const signed: { plan: ProjectPlan; projectId: string }[] = [];
  for (const plan of plans) {
    const owner = await viewerOf(plan.lead.ownerId);
    const { id } = await signLead(owner, signSchema.parse({ leadId: plan.lead.id, version: versions.get(plan.lead.id), ...plan.sign }));
    signed.push({ plan, projectId: id });
  }
  const milestoneRows = await db
    .select({ id: projectMilestones.id, projectId: projectMilestones.projectId, kind: projectMilestones.kind, version: projectMilestones.version })
    .from(projectMilestones)
    .where(inArray(projectMilestones.projectId, signed.map((s) => s.projectId)));

  const audit: Stamp[] = [];
  const stamps: Stamps = { leads: [], projects: [], milestones: [], funds: [] };
  for (const { plan, projectId } of signed) {
    const owner = await viewerOf(plan.lead.ownerId);
    let last = plan.signedAt;
    audit.push({ type: 'lead', id: plan.lead.id, action: 'stage', at: plan.signedAt }, { type: 'project', id: projectId, action: 'create', at: plan.signedAt });
    for (const m of plan.milestones) {
      if (m.recordedAt === null) continue;
      const row = milestoneRows.find((r) => r.projectId === projectId && r.kind === m.kind)!;
      await updateMilestone(owner, milestoneUpdateSchema.parse({ id: row.id, version: row.version, plannedOn: m.plannedOn, actualOn: m.actualOn, progress: m.progress, notes: m.notes }));
      row.version += 1;
      audit.push({ type: 'projectMilestone', id: row.id, action: 'update', at: m.recordedAt });
      last = Math.max(last, m.recordedAt);
      if (m.verifiedAt !== null && leader) {
        await verifyMilestone(leader, row.id, row.version);
        row.version += 1;
        audit.push({ type: 'projectMilestone', id: row.id, action: 'verify', at: m.verifiedAt });
      }
      stamps.milestones.push({ id: row.id, recorded: m.recordedAt, verified: leader ? m.verifiedAt : null });
    }
    for (const f of plan.funds) {
      const { id } = await addProjectFunds(owner, fundsCreateSchema.parse({ projectId, ...f }));
      const at = Math.min(zone.now - HOUR, Date.parse(`${f.receivedOn}T00:00:00Z`) - SHANGHAI + 11 * HOUR);
      audit.push({ type: 'projectFunds', id, action: 'create', at });
      stamps.funds.push({ id, at });
      last = Math.max(last, at);
    }
    stamps.leads.push({ id: plan.lead.id, signed: plan.signedAt, last });
    stamps.projects.push({ id: projectId, signed: plan.signedAt, last });
  }
  await backdate(db, stamps, audit);
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
/** One text[] parameter per column (timestamps as ISO text, cast in SQL). */
const column = (values: unknown[]) => sql`${sql.param(values)}::text[]`;

/**
 * The data layer stamps now(); the demo's records are dated when they would have been made: the signing on its
 * day, an entry on its date, a 核验 after the record. Lead activity follows the project's latest change, as
 * refreshProject moves it.
 */
async function backdate(db: Db, stamps: Stamps, audit: Stamp[]): Promise<void> {
  const { leads: l, projects: p, milestones: m, funds: f } = stamps;
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      update ${leadEvents} e set at = v.signed::timestamptz
      from unnest(${column(l.map((r) => r.id))}, ${column(l.map((r) => iso(r.signed)))}) as v(id, signed)
      where e.lead_id = v.id::uuid and e.kind = 'stage' and e.to_stage = 'signed'`);
    await tx.execute(sql`
      update ${leads} l set stage_changed_at = v.signed::timestamptz, updated_at = v.signed::timestamptz, last_activity_at = v.last::timestamptz
      from unnest(${column(l.map((r) => r.id))}, ${column(l.map((r) => iso(r.signed)))}, ${column(l.map((r) => iso(r.last)))}) as v(id, signed, last)
      where l.id = v.id::uuid`);
    await tx.execute(sql`
      update ${projects} p set created_at = v.signed::timestamptz, updated_at = v.last::timestamptz
      from unnest(${column(p.map((r) => r.id))}, ${column(p.map((r) => iso(r.signed)))}, ${column(p.map((r) => iso(r.last)))}) as v(id, signed, last)
      where p.id = v.id::uuid`);
    if (m.length) {
      await tx.execute(sql`
        update ${projectMilestones} m
        set updated_at = coalesce(v.verified, v.recorded)::timestamptz, verified_at = case when m.verified_at is null then null else v.verified::timestamptz end
        from unnest(${column(m.map((r) => r.id))}, ${column(m.map((r) => iso(r.recorded)))}, ${column(m.map((r) => iso(r.verified)))}) as v(id, recorded, verified)
        where m.id = v.id::uuid`);
    }
    if (f.length) {
      await tx.execute(sql`
        update ${projectFunds} f set created_at = v.at::timestamptz, updated_at = v.at::timestamptz
        from unnest(${column(f.map((r) => r.id))}, ${column(f.map((r) => iso(r.at)))}) as v(id, at)
        where f.id = v.id::uuid`);
    }
    await allowDemoBackdating(tx);
    await tx.execute(sql`
      update ${auditLogs} a set at = v.at::timestamptz
      from unnest(${column(audit.map((s) => s.type))}, ${column(audit.map((s) => s.id))}, ${column(audit.map((s) => s.action))}, ${column(audit.map((s) => iso(s.at)))}) as v(type, id, action, at)
      where a.entity_type = v.type and a.entity_id = v.id and a.action = v.action`);
  });
}
