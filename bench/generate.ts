import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import {
  appSettings,
  auditLogs,
  chainLeaderEnterprises,
  chainNodes,
  chains,
  contacts,
  dailyFigures,
  enterprises,
  followUps,
  funnelCohorts,
  intakeItems,
  leadCounts,
  leadEvents,
  leads,
  loginThrottles,
  meetings,
  notes,
  projectFiles,
  projectFunds,
  projectMilestones,
  projects,
  teams,
  users,
} from '@/db/schema';
import { withoutSecondaryIndexes } from './indexes';
import { LEAD_SEED, leadCountFor } from './lead-rows';
import { loadLibrary } from './load';
import { loadLeads } from './load-leads';
import { loadMeetings } from './load-meetings';
import { loadProjects, unsignLeads } from './load-projects';
import { MEETING_SEED, followUpCountFor, meetingCountFor } from './meeting-rows';
import { MILESTONES_PER_PROJECT, PROJECT_SEED, projectCountFor } from './project-rows';
import { BENCH_SEED } from './rows';
import { insertLeadOfficers, insertZone, readZone } from './zone';

/** The enterprise library part of the bench data. */
interface LibraryMeta {
  enterprises: number;
  contacts: number;
  seed: number;
  generatedAt: string;
  generationSeconds: number;
}

/** What the bench database holds; a run reuses each part when its count and seed match. */
export interface BenchMeta extends LibraryMeta {
  leads: number;
  leadEvents: number;
  leadSeed: number;
  leadGenerationSeconds: number;
  meetings: number;
  followUps: number;
  meetingSeed: number;
  meetingGenerationSeconds: number;
  projects: number;
  projectFunds: number;
  projectMilestones: number;
  projectSeed: number;
  projectGenerationSeconds: number;
}

type MeetingMeta = Omit<BenchMeta, 'projects' | 'projectFunds' | 'projectMilestones' | 'projectSeed' | 'projectGenerationSeconds'>;
type LeadMeta = Omit<MeetingMeta, 'meetings' | 'followUps' | 'meetingSeed' | 'meetingGenerationSeconds'>;

const META_KEY = 'bench';

// A database from before the leads existed has only the library part.
async function readMeta(db: Db): Promise<(LibraryMeta & Partial<BenchMeta>) | null> {
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, META_KEY));
  return row ? (row.value as LibraryMeta & Partial<BenchMeta>) : null;
}

async function writeMeta(db: Db, meta: LibraryMeta): Promise<void> {
  await db.insert(appSettings).values({ key: META_KEY, value: meta }).onConflictDoUpdate({ target: appSettings.key, set: { value: meta } });
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * Makes sure the bench database holds exactly `count` generated enterprises and their share of leads. Each part
 * is reused when the meta record says so: a library generated before the leads existed keeps its million
 * enterprises and only gets the leads added. The meta record is written after each part, so an interrupted
 * generation is never mistaken for a finished one.
 */
export async function ensureBenchData(db: Db, count: number): Promise<BenchMeta> {
  // The loads run with the rollup triggers off: a grouped upsert per batch, against tables whose indexes are
  // dropped for the load, would crawl. One rebuild afterwards gives the same rollups.
  await setRollupTriggers(db, 'disable');
  let meta: BenchMeta;
  try {
    meta = await ensureParts(db, count);
  } finally {
    await setRollupTriggers(db, 'enable');
  }
  await ensureRollups(db, meta);
  return meta;
}

const ROLLUP_SOURCES = [leads, leadEvents, meetings, projects, projectFunds, projectMilestones];
const ROLLUPS_KEY = 'bench-rollups';

async function setRollupTriggers(db: Db, how: 'enable' | 'disable'): Promise<void> {
  for (const table of ROLLUP_SOURCES) await db.execute(sql`alter table ${table} ${sql.raw(how)} trigger user`);
}

/** Rebuilds the dashboard rollups (drizzle/0007_rollups.sql) unless they were built from exactly this data. */
async function ensureRollups(db: Db, meta: BenchMeta): Promise<void> {
  // Both sides as read back from jsonb, which orders the keys its own way.
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, ROLLUPS_KEY));
  const [built] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, META_KEY));
  if (row && JSON.stringify(row.value) === JSON.stringify(built?.value)) return;
  console.log('Rebuilding the dashboard rollups');
  const started = performance.now();
  await db.execute(sql`select rebuild_rollups()`);
  await db.execute(sql`vacuum (analyze) ${dailyFigures}, ${funnelCohorts}, ${leadCounts}`);
  await db.insert(appSettings).values({ key: ROLLUPS_KEY, value: meta }).onConflictDoUpdate({ target: appSettings.key, set: { value: meta } });
  console.log(`  rebuilt in ${seconds(started).toFixed(1)} s`);
}

async function ensureParts(db: Db, count: number): Promise<BenchMeta> {
  const existing = await readMeta(db);
  let library: LibraryMeta & Partial<BenchMeta>;
  if (existing?.enterprises === count && existing.seed === BENCH_SEED) {
    console.log(`Reusing ${count.toLocaleString('en')} enterprises generated ${existing.generatedAt}.`);
    library = existing;
  } else {
    library = await generateLibrary(db, count);
  }
  const leadCount = leadCountFor(count);
  let withLeads: LeadMeta & Partial<BenchMeta>;
  if (library.leads === leadCount && library.leadSeed === LEAD_SEED) {
    console.log(`Reusing ${leadCount.toLocaleString('en')} leads.`);
    withLeads = library as LeadMeta & Partial<BenchMeta>;
  } else {
    withLeads = await generateLeads(db, library, leadCount);
  }
  const meetingCount = meetingCountFor(leadCount);
  let withMeetings: MeetingMeta & Partial<BenchMeta>;
  if (withLeads.meetings === meetingCount && withLeads.meetingSeed === MEETING_SEED) {
    console.log(`Reusing ${meetingCount.toLocaleString('en')} meetings.`);
    withMeetings = withLeads as MeetingMeta & Partial<BenchMeta>;
  } else {
    withMeetings = await generateMeetings(db, withLeads, meetingCount);
  }
  const projectCount = projectCountFor(leadCount);
  if (withMeetings.projects === projectCount && withMeetings.projectSeed === PROJECT_SEED) {
    console.log(`Reusing ${projectCount.toLocaleString('en')} signed projects.`);
    return withMeetings as BenchMeta;
  }
  return generateProjects(db, withMeetings, projectCount);
}

async function generateLibrary(db: Db, count: number): Promise<LibraryMeta> {
  const started = performance.now();
  await db.delete(appSettings).where(eq(appSettings.key, META_KEY));
  // cascade: tables later issues add (leads, meetings, projects) reference these and are regenerated with them.
  await db.execute(sql`truncate ${chainLeaderEnterprises}, ${contacts}, ${enterprises}, ${chainNodes}, ${chains}, ${auditLogs}, ${loginThrottles}, ${users}, ${teams} cascade`);
  const refs = await insertZone(db);

  console.log(`Generating ${count.toLocaleString('en')} enterprises with contacts`);
  const contactCount = await withoutSecondaryIndexes(db, ['enterprises', 'contacts'], () => loadLibrary(db, count, refs));
  // Every chain names the firms generated as its 链主企业, as the chain map lists them.
  await db.execute(sql`
    insert into ${chainLeaderEnterprises} (chain_id, enterprise_id)
    select chain_id, id from ${enterprises} where tags @> array['链主企业'] and chain_id is not null`);

  // Statistics for the planner and the visibility map for index-only scans, as autovacuum leaves a settled table.
  const vacuumStarted = performance.now();
  await db.execute(sql`vacuum (analyze) ${enterprises}, ${contacts}, ${chainNodes}, ${chains}, ${chainLeaderEnterprises}, ${teams}, ${users}`);
  console.log(`  vacuum analyze ${seconds(vacuumStarted).toFixed(1)} s`);

  const meta: LibraryMeta = {
    enterprises: count,
    contacts: contactCount,
    seed: BENCH_SEED,
    generatedAt: new Date().toISOString(),
    generationSeconds: Math.round(seconds(started)),
  };
  await writeMeta(db, meta);
  const rows = count + contactCount;
  console.log(`Generated ${rows.toLocaleString('en')} rows in ${meta.generationSeconds} s (${Math.round(rows / seconds(started)).toLocaleString('en')} rows/s overall).`);
  return meta;
}

/** Replaces whatever leads there are with `count` generated ones (and their stage histories) on the library. */
async function generateLeads(db: Db, library: LibraryMeta, count: number): Promise<LeadMeta> {
  const started = performance.now();
  const { enterprises: enterpriseCount, contacts: contactCount, seed, generatedAt, generationSeconds } = library;
  const base: LibraryMeta = { enterprises: enterpriseCount, contacts: contactCount, seed, generatedAt, generationSeconds };
  // Until the leads are complete the meta record claims the library only.
  await writeMeta(db, base);
  await db.execute(sql`truncate ${leadEvents}, ${intakeItems}, ${leads} restart identity cascade`);
  const refs = await insertLeadOfficers(db, await readZone(db));

  console.log(`Generating ${count.toLocaleString('en')} leads with their stage histories`);
  const eventCount = await withoutSecondaryIndexes(db, ['leads', 'lead_events'], () => loadLeads(db, count, enterpriseCount, refs), { foreignKeys: true });
  const vacuumStarted = performance.now();
  await db.execute(sql`vacuum (analyze) ${leads}, ${leadEvents}, ${users}`);
  console.log(`  vacuum analyze ${seconds(vacuumStarted).toFixed(1)} s`);

  const meta: LeadMeta = { ...base, leads: count, leadEvents: eventCount, leadSeed: LEAD_SEED, leadGenerationSeconds: Math.round(seconds(started)) };
  await writeMeta(db, meta);
  const rows = count + eventCount;
  console.log(`Generated ${rows.toLocaleString('en')} lead rows in ${meta.leadGenerationSeconds} s (${Math.round(rows / seconds(started)).toLocaleString('en')} rows/s overall).`);
  return meta;
}

/** Replaces whatever meetings and follow-ups there are with `count` generated meetings (and their follow-ups) on the leads. */
async function generateMeetings(db: Db, withLeads: LeadMeta, count: number): Promise<MeetingMeta> {
  const started = performance.now();
  const { enterprises: enterpriseCount, contacts: contactCount, seed, generatedAt, generationSeconds, leads: leadCount, leadEvents: eventCount, leadSeed, leadGenerationSeconds } = withLeads;
  const base: LeadMeta = { enterprises: enterpriseCount, contacts: contactCount, seed, generatedAt, generationSeconds, leads: leadCount, leadEvents: eventCount, leadSeed, leadGenerationSeconds };
  // Until the meetings are complete the meta record claims the library and the leads only.
  await writeMeta(db, base);
  await db.execute(sql`truncate ${followUps}, ${notes}, ${meetings} cascade`);
  const refs = await insertLeadOfficers(db, await readZone(db));

  const followUpCount = followUpCountFor(count);
  console.log(`Generating ${count.toLocaleString('en')} meetings and ${followUpCount.toLocaleString('en')} follow-ups`);
  await withoutSecondaryIndexes(db, ['meetings', 'follow_ups'], () => loadMeetings(db, count, leadCount, enterpriseCount, followUpCount, refs), { foreignKeys: true });
  const vacuumStarted = performance.now();
  await db.execute(sql`vacuum (analyze) ${meetings}, ${followUps}`);
  console.log(`  vacuum analyze ${seconds(vacuumStarted).toFixed(1)} s`);

  const meta: MeetingMeta = { ...base, meetings: count, followUps: followUpCount, meetingSeed: MEETING_SEED, meetingGenerationSeconds: Math.round(seconds(started)) };
  await writeMeta(db, meta);
  const rows = count + followUpCount;
  console.log(`Generated ${rows.toLocaleString('en')} meeting rows in ${meta.meetingGenerationSeconds} s (${Math.round(rows / seconds(started)).toLocaleString('en')} rows/s overall).`);
  return meta;
}

/**
 * Replaces whatever projects there are with `count` signed projects on the generated leads, their funds entries and
 * milestones; leads an earlier generation signed go back to their stage first.
 */
async function generateProjects(db: Db, withMeetings: MeetingMeta, count: number): Promise<BenchMeta> {
  const started = performance.now();
  const { meetings: meetingCount, followUps: followUpCount, meetingSeed, meetingGenerationSeconds, ...leadMeta } = withMeetings;
  const base: MeetingMeta = { ...pickLeadMeta(leadMeta), meetings: meetingCount, followUps: followUpCount, meetingSeed, meetingGenerationSeconds };
  // Until the projects are complete the meta record claims the library, the leads and the meetings only.
  await writeMeta(db, base);
  const unsigned = await unsignLeads(db);
  if (unsigned) console.log(`  ${unsigned.toLocaleString('en')} leads signed by an earlier generation put back`);
  await db.execute(sql`truncate ${projectFiles}, ${projectFunds}, ${projectMilestones}, ${projects} cascade`);
  const refs = await insertLeadOfficers(db, await readZone(db));
  const [leader] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'bench-leader'));

  console.log(`Generating ${count.toLocaleString('en')} signed projects with funds entries and milestones`);
  const fundsCount = await withoutSecondaryIndexes(
    db,
    ['projects', 'project_funds', 'project_milestones'],
    () => loadProjects(db, count, base.leads, base.enterprises, { ...refs, leaderId: leader.id }),
    { foreignKeys: true },
  );
  const vacuumStarted = performance.now();
  await db.execute(sql`vacuum (analyze) ${projects}, ${projectFunds}, ${projectMilestones}, ${leadEvents}`);
  // Signing rewrote a quarter of the leads at the end of the table: compacted again, so the lead cases read a
  // table as loaded (and as autovacuum keeps a settled one), not one a quarter larger from a one-off bulk update.
  // VACUUM FULL leaves the visibility map empty; the plain VACUUM after it sets it for index-only scans.
  await db.execute(sql`vacuum full ${leads}`);
  await db.execute(sql`vacuum (analyze) ${leads}`);
  console.log(`  vacuum analyze ${seconds(vacuumStarted).toFixed(1)} s`);

  const meta: BenchMeta = {
    ...base,
    projects: count,
    projectFunds: fundsCount,
    projectMilestones: count * MILESTONES_PER_PROJECT,
    projectSeed: PROJECT_SEED,
    projectGenerationSeconds: Math.round(seconds(started)),
  };
  await writeMeta(db, meta);
  const rows = count + fundsCount + meta.projectMilestones;
  console.log(`Generated ${rows.toLocaleString('en')} project rows in ${meta.projectGenerationSeconds} s (${Math.round(rows / seconds(started)).toLocaleString('en')} rows/s overall).`);
  return meta;
}

/** The library and lead fields of a meta record, without whatever later parts it claims. */
function pickLeadMeta(m: LeadMeta): LeadMeta {
  const { enterprises: e, contacts: c, seed, generatedAt, generationSeconds, leads: l, leadEvents: le, leadSeed, leadGenerationSeconds } = m;
  return { enterprises: e, contacts: c, seed, generatedAt, generationSeconds, leads: l, leadEvents: le, leadSeed, leadGenerationSeconds };
}
