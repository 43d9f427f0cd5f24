import { afterAll, beforeAll } from 'vitest';
import { closeDb, getDb } from '@/db';
import { departments, teams, users, type Role } from '@/db/schema';
import { insertChain, insertNode } from '@/db/queries/chains';
import { insertEnterprise } from '@/db/queries/enterprises';
import { insertLead, moveLeadStage } from '@/db/queries/leads';
import { logMeeting } from '@/db/queries/meetings';
import type { Viewer } from '@/db/queries/viewer';
import { hashPassword } from '@/lib/password';
import { makeUscc } from '@/lib/uscc';
import type { EnterpriseCreateInput } from '@/lib/validation/enterprises';
import type { LeadCreateInput } from '@/lib/validation/leads';
import type { SignInput } from '@/lib/validation/projects';
import { createDatabase } from './test-database';

/**
 * Gives the calling test file a database of its own, built from drizzle/: a new database on the
 * PostgreSQL server named by DATABASE_URL (dropped afterwards), or else an in-memory PGlite.
 */
export function withTestDb(): void {
  const baseUrl = process.env.DATABASE_URL;
  let drop = async () => {};
  beforeAll(async () => {
    if (baseUrl) {
      const created = await createDatabase(baseUrl, `test_${Date.now()}_${Math.floor(Math.random() * 1e6)}`);
      process.env.DATABASE_URL = created.url;
      drop = created.drop;
    } else {
      process.env.PGLITE_DIR = 'memory://';
    }
    await getDb();
  });
  afterAll(async () => {
    await closeDb();
    await drop();
    if (baseUrl) process.env.DATABASE_URL = baseUrl;
  });
}

let counter = 0;
const nextName = (prefix: string) => `${prefix}${Date.now().toString(36)}${++counter}`;

// One hash for every factory user: bcrypt per user would make the suites slow for nothing.
let passwordHash: Promise<string> | undefined;
export const FACTORY_PASSWORD = 'factory-pass-1';

export async function makeTeam(name = nextName('专班')): Promise<{ id: string; name: string }> {
  const db = await getDb();
  const [team] = await db.insert(teams).values({ name }).returning({ id: teams.id, name: teams.name });
  return team;
}

export async function makeDepartment(name = nextName('局')): Promise<{ id: string; name: string }> {
  const db = await getDb();
  const [department] = await db.insert(departments).values({ name }).returning({ id: departments.id, name: departments.name });
  return department;
}

/** A user row and the Viewer the data layer receives for them (a liaison may belong to a department). */
export async function makeViewer(role: Role, team?: { id: string; name: string } | null, opts: { disabled?: boolean; department?: { id: string; name: string } } = {}): Promise<Viewer> {
  const db = await getDb();
  passwordHash ??= hashPassword(FACTORY_PASSWORD);
  const username = nextName(role);
  const [user] = await db
    .insert(users)
    .values({ username, displayName: `测试${username}`, role, teamId: team?.id ?? null, passwordHash: await passwordHash, disabledAt: opts.disabled ? new Date() : null, departmentId: opts.department?.id ?? null })
    .returning({ id: users.id });
  return { id: user.id, username, displayName: `测试${username}`, role, teamId: team?.id ?? null, teamName: team?.name ?? null, departmentId: opts.department?.id ?? null, departmentName: opts.department?.name ?? null };
}

let usccSerial = 1_000_000;

/** A valid enterprise form input with a fresh USCC; `extra` overrides any field. */
export function enterpriseInput(name: string, extra: Partial<EnterpriseCreateInput> = {}): EnterpriseCreateInput {
  return {
    name,
    uscc: makeUscc(usccSerial++),
    province: '',
    city: '',
    industry: '',
    chainId: null,
    nodeId: null,
    chainAction: null,
    tags: [],
    registeredCapital: null,
    scale: null,
    website: '',
    address: '',
    intro: '',
    source: '',
    teamId: null,
    ...extra,
  };
}

/** A chain with one upstream link, created by `admin` (e.g. the demo zone's chain an import template names). */
export async function makeChainNode(admin: Viewer, chain: string, node: string): Promise<{ chainId: string; nodeId: string }> {
  const chainId = (await insertChain(admin, { name: chain, description: '', leaderId: null, teamId: null, sortOrder: 0 })).id;
  const nodeId = (await insertNode(admin, { chainId, name: node, position: 'upstream', status: 'missing', keyProducts: '', sortOrder: 0 })).id;
  return { chainId, nodeId };
}

/** A valid new-lead input for an existing enterprise; `extra` overrides any field. */
export function leadInput(enterpriseId: string, extra: Partial<LeadCreateInput> = {}): LeadCreateInput {
  return {
    projectName: '年产20万套汽车线束项目',
    content: '',
    enterpriseId,
    newEnterpriseName: '',
    newEnterpriseUscc: null,
    nodeId: null,
    chainAction: null,
    intendedInvestment: null,
    landArea: null,
    expectedJobs: null,
    sourceMethod: 'door_knocking',
    sourceDetail: '',
    priority: 'medium',
    expectedSigningMonth: null,
    teamId: null,
    ownerId: null,
    acknowledgeConflict: false,
    ...extra,
  };
}

/** Two teams and one viewer of every role: the cast most permission tests need (officerA2 is officerA's teammate). */
export async function makeZoneViewers() {
  const teamA = await makeTeam();
  const teamB = await makeTeam();
  const departmentA = await makeDepartment();
  const departmentB = await makeDepartment();
  return {
    teamA,
    teamB,
    departmentA,
    departmentB,
    officerA: await makeViewer('officer', teamA),
    officerA2: await makeViewer('officer', teamA),
    officerB: await makeViewer('officer', teamB),
    leader: await makeViewer('leader'),
    admin: await makeViewer('admin'),
    // The liaison of department A; liaisonB handles department B's requests.
    liaison: await makeViewer('liaison', null, { department: departmentA }),
    liaisonB: await makeViewer('liaison', null, { department: departmentB }),
  };
}

/**
 * A lead of `officer`'s team walked honestly to 深度洽谈 (a logged meeting, node, action and amount), ready
 * to sign; returns its id and the version the signing form would carry.
 */
export async function makeNegotiatingLead(officer: Viewer, nodeId: string, extra: Partial<LeadCreateInput> & { enterpriseName?: string } = {}): Promise<{ leadId: string; enterpriseId: string; version: number }> {
  const { enterpriseName = nextName('签约测试企业'), ...lead } = extra;
  const enterpriseId = (await insertEnterprise(officer, enterpriseInput(enterpriseName))).id;
  const { id } = await insertLead(officer, leadInput(enterpriseId, { nodeId, chainAction: 'extend', intendedInvestment: 6000, ...lead }));
  await moveLeadStage(officer, id, 1, 'contacted', '');
  await logMeeting(officer, {
    enterpriseId, leadId: id, kind: 'visit_out', occurredAt: '2026-03-02T10:00', place: '', summary: '实地考察', outcome: '', attendeeIds: [], contactIds: [],
    newContactName: '', newContactMobile: '', nextStep: '', nextStepOwnerId: null, nextStepDue: null,
  });
  await moveLeadStage(officer, id, 2, 'site_visit', '');
  await moveLeadStage(officer, id, 3, 'negotiating', '');
  return { leadId: id, enterpriseId, version: 4 };
}

/** A valid signing form for a lead; `extra` overrides any field. */
export function signInput(lead: { leadId: string; version: number }, extra: Partial<SignInput> = {}): SignInput {
  return {
    leadId: lead.leadId,
    version: lead.version,
    agreementName: '投资合作协议',
    signedOn: '2026-04-18',
    occasion: '2026年春季集中签约',
    kind: 'new',
    contractedInvestment: 6000,
    fixedAssetInvestment: 4500,
    landArea: 80,
    expectedJobs: 300,
    expectedOutput: 20000,
    plannedStartOn: '2026-09-01',
    plannedProductionOn: '2027-12-01',
    ...extra,
  };
}
