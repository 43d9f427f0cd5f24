import type { FundsSource, ProjectKind, ProjectStatus } from '@/db/schema';
import { nextDueOn, projectStatus } from '@/lib/project-status';
import { leadRow, type BenchLead } from './lead-rows';
import { rowRng, uuidFrom, type Rng } from './random';

/** Recorded with the projects, which are regenerated (not reused) when it differs: change it whenever project rows change. */
export const PROJECT_SEED = 0x5167b0b3;

/** One signed project per four leads (50,000 at scale 1), six funds entries and two milestones (开工, 投产) each. */
const LEADS_PER_PROJECT = 4;
const FUNDS_PER_PROJECT = 6;
export const MILESTONES_PER_PROJECT = 2;
export const projectCountFor = (leads: number) => Math.floor(leads / LEADS_PER_PROJECT);
export const fundsCountFor = (projects: number) => projects * FUNDS_PER_PROJECT;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SHANGHAI = 8 * HOUR;
// The bench's "today" (local midnight): the day after the generated lead activity ends (2026-06-01, bench/lead-rows.ts).
// Fixed, so a scale always gives the same rows; no signing, actual date or funds entry lies after it.
const AS_OF = Date.UTC(2026, 5, 2) - SHANGHAI;

export interface BenchMilestone {
  id: string;
  kind: 'construction' | 'production';
  plannedOn: string;
  actualOn: string | null;
  progress: number;
  verifiedAt: string | null;
}

export interface BenchFunds {
  id: string;
  receivedOn: string;
  amount: number;
  source: FundsSource;
}

export interface BenchProject {
  id: string;
  lead: BenchLead;
  /** When the agreement was signed (the lead's 签约 event), after the lead's last activity. */
  signedAt: string;
  signedOn: string;
  occasion: string;
  kind: ProjectKind;
  contractedInvestment: number;
  fixedAssetInvestment: number;
  landArea: number | null;
  expectedJobs: number | null;
  expectedOutput: number;
  milestones: BenchMilestone[];
  funds: BenchFunds[];
  status: ProjectStatus;
  nextDueOn: string | null;
  /** The latest change: the signing, an actual date or a funds entry. */
  updatedAt: string;
}

const localMidnight = (ms: number) => Math.floor((ms + SHANGHAI) / DAY) * DAY - SHANGHAI;
const localDate = (ms: number) => new Date(ms + SHANGHAI).toISOString().slice(0, 10);
const between = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

/**
 * The leads that get signed: those that met the 深度洽谈 gate or could (chain, node, action and amount known),
 * still in 深度洽谈, 考察互访 or held, and no 撞单. Project j takes the j-th of `count` evenly spaced picks among
 * them, so the signed leads spread over the whole library. One pass over the lead rows (a few seconds at scale 1).
 */
export function signedLeadIndexes(leads: number, enterprises: number, count: number): number[] {
  const candidates: number[] = [];
  for (let i = 0; i < leads; i++) {
    const l = leadRow(i, enterprises);
    const placed = l.chain !== null && l.node !== null && l.chainAction !== null && l.intendedInvestment !== null;
    if (placed && !l.conflict && (l.stage === 'negotiating' || l.stage === 'site_visit' || l.stage === 'on_hold')) candidates.push(i);
  }
  if (candidates.length < count) throw new Error(`Only ${candidates.length} leads can be signed; ${count} projects wanted.`);
  return Array.from({ length: count }, (_, j) => candidates[Math.floor((j * candidates.length) / count)]);
}

/** Two 集中签约 a year (18 April, 26 September); a signing in those months is often moved to the occasion. */
function occasionFor(rng: Rng, signed: number, after: number): { at: number; name: string } | null {
  const local = new Date(signed + SHANGHAI);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + 1;
  const spring = month === 3 || month === 4;
  if (!(spring || month === 9 || month === 10) || rng() > 0.6) return null;
  const day = Date.UTC(year, spring ? 3 : 8, spring ? 18 : 26) - SHANGHAI;
  if (day + 10 * HOUR <= after || day > AS_OF - DAY) return null;
  return { at: day + 10 * HOUR, name: `${year}年${spring ? '春' : '秋'}季集中签约` };
}

/** The funds entries of project j: six on average, exactly 6 × count in all (pairs of projects trade entries). */
function fundsCount(j: number): number {
  const delta = Math.floor(rowRng(PROJECT_SEED, 1, Math.floor(j / 2))() * 7);
  return FUNDS_PER_PROJECT + (j % 2 === 0 ? delta : -delta);
}

/** Project j on lead `leadIndex`; a pure function of (j, leadIndex, enterprises) like the lead rows. */
export function projectRow(j: number, leadIndex: number, enterprises: number, count: number): BenchProject {
  const lead = leadRow(leadIndex, enterprises);
  const rng = rowRng(PROJECT_SEED, 2, j);
  const last = Date.parse(lead.lastActivityAt);
  // Signed one day to two months after the lead's last activity, at the latest on the bench's yesterday.
  let signedAt = Math.min(last + between(rng, 1, 60) * DAY, Math.max(AS_OF - 14 * HOUR, last + MINUTE));
  const occasion = occasionFor(rng, signedAt, last);
  if (occasion) signedAt = occasion.at;
  const signDay = localMidnight(signedAt);

  // About a third major (≥ 5,000 万元): the agreement settles at 40–80 % of the amount first talked about.
  const contracted = Math.max(100, Math.round((lead.intendedInvestment! * (0.4 + rng() * 0.4)) / 100) * 100);
  const kind: ProjectKind = lead.chainAction === 'upgrade' && rng() < 0.5 ? 'renovation' : rng() < 0.3 ? 'expansion' : 'new';

  const plannedStart = signDay + between(rng, 45, 150) * DAY;
  const plannedProduction = plannedStart + between(rng, kind === 'renovation' ? 60 : 120, kind === 'renovation' ? 180 : 420) * DAY;
  const startAt = Math.max(signDay + 20 * DAY, plannedStart + between(rng, -15, 45) * DAY);
  const actualStart = rng() > 0.2 && startAt <= AS_OF - DAY ? startAt : null;
  const productionAt = actualStart === null ? null : Math.max(actualStart + 45 * DAY, plannedProduction + between(rng, -20, 40) * DAY);
  const actualProduction = productionAt !== null && rng() > 0.2 && productionAt <= AS_OF - DAY ? productionAt : null;
  const verified = (actual: number | null) => (actual !== null && rng() < 0.7 ? new Date(Math.min(AS_OF - HOUR, actual + between(rng, 3, 20) * DAY + 15 * HOUR)).toISOString() : null);
  const milestones: BenchMilestone[] = [
    { id: uuidFrom(rowRng(PROJECT_SEED, 3, j), 2 * j), kind: 'construction', plannedOn: localDate(plannedStart), actualOn: actualStart === null ? null : localDate(actualStart), progress: actualProduction !== null ? 100 : actualStart !== null ? between(rng, 10, 95) : 0, verifiedAt: verified(actualStart) },
    { id: uuidFrom(rowRng(PROJECT_SEED, 3, j), 2 * j + 1), kind: 'production', plannedOn: localDate(plannedProduction), actualOn: actualProduction === null ? null : localDate(actualProduction), progress: actualProduction !== null ? 100 : 0, verifiedAt: verified(actualProduction) },
  ];
  const status = projectStatus(milestones);

  // Funds arrive between signing and today, more of the contracted amount the further the project is.
  const n = count % 2 === 1 && j === count - 1 ? FUNDS_PER_PROJECT : fundsCount(j);
  const ratio = status === 'producing' ? 0.6 + rng() * 0.45 : status === 'building' ? 0.2 + rng() * 0.5 : 0.02 + rng() * 0.18;
  const first = Math.min(signDay + between(rng, 5, 30) * DAY, AS_OF - DAY);
  const span = Math.max(0, AS_OF - DAY - first);
  const weights = Array.from({ length: n }, () => 0.5 + rng());
  const sum = weights.reduce((a, b) => a + b, 0);
  const source: FundsSource = rng() < 0.15 ? 'foreign' : 'domestic';
  const funds: BenchFunds[] = weights.map((w, k) => ({
    id: uuidFrom(rowRng(PROJECT_SEED, 4, j), j * 16 + k),
    receivedOn: localDate(first + Math.floor((span * (k + rng())) / Math.max(1, n))),
    amount: Math.max(0.01, Math.round(((contracted * ratio * w) / sum) * 100) / 100),
    source,
  }));
  const latest = Math.max(signedAt, ...[actualStart, actualProduction].filter((t): t is number => t !== null).map((t) => t + 16 * HOUR), ...funds.map((f) => Date.parse(`${f.receivedOn}T03:00:00Z`)));

  return {
    id: uuidFrom(rowRng(PROJECT_SEED, 5, j), j),
    lead,
    signedAt: new Date(signedAt).toISOString(),
    signedOn: localDate(signedAt),
    occasion: occasion?.name ?? '',
    kind,
    contractedInvestment: contracted,
    fixedAssetInvestment: Math.round(contracted * (0.6 + rng() * 0.3)),
    landArea: lead.landArea,
    expectedJobs: lead.expectedJobs,
    expectedOutput: Math.round(contracted * (1.2 + rng() * 1.3)),
    milestones,
    funds,
    status,
    nextDueOn: nextDueOn(milestones),
    updatedAt: new Date(Math.min(latest, AS_OF)).toISOString(),
  };
}
