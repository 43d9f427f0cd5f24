import { eq, gt, max } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import { getDb } from '@/db';
import { insertContact } from '@/db/queries/contacts';
import { insertEnterprise } from '@/db/queries/enterprises';
import { insertLead } from '@/db/queries/leads';
import { logMeeting } from '@/db/queries/meetings';
import { addProjectFunds } from '@/db/queries/project-funds';
import { updateMilestone } from '@/db/queries/project-milestones';
import { signLead } from '@/db/queries/projects';
import { raiseRequest, acceptRequest, resolveRequest } from '@/db/queries/requests';
import { insertSupervision } from '@/db/queries/supervision';
import type { Viewer } from '@/db/queries/viewer';
import { auditLogs, contacts, enterpriseRequests, enterprises, followUps, leads, meetings, notes, projectFunds, projectMilestones, projects, supervisionItems, type Role } from '@/db/schema';
import { sessionOf } from '@/db/test-session';
import { enterpriseInput, leadInput, makeChainNode, makeNegotiatingLead, makeZoneViewers, signInput, withTestDb } from '@/db/test-utils';
import { auth } from '@/lib/auth';
import { can, type Permission } from '@/lib/permissions';
import { exportedActions } from '@/test/server-actions';

// The whole permission matrix over the real database: every Server Action that acts on a record, called
// by every kind of caller on a fresh record of team A (department A for 企业诉求). Only the session
// cookie is faked; who the caller is comes from the database. app/server-actions.test.ts covers role
// refusals and malformed input for every action; this file covers record scope.
vi.mock('@/lib/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

withTestDb();

const actions = new Map(exportedActions.map((a) => [a.name, a.fn]));

/** Who calls, relative to the record (kept by officerA's team A, handled by department A). */
const CALLERS = ['owner', 'teammate', 'otherTeam', 'leader', 'admin', 'liaison', 'otherDepartment', 'loggedOut'] as const;
type Caller = (typeof CALLERS)[number];

interface Arranged {
  input: Record<string, unknown>;
  /** Everything the call could change, to compare before and after a refusal. */
  probe: () => Promise<unknown>;
}

interface ScopeCase {
  arrange: () => Promise<Arranged>;
  /** Who may act on team A's record; default: holders of the permission in team A, plus leaders and admins. */
  allowed?: readonly Caller[];
}

let cast: Awaited<ReturnType<typeof makeZoneViewers>>;
let nodeId: string;
const callerViewer = (caller: Exclude<Caller, 'loggedOut'>): Viewer =>
  ({ owner: cast.officerA, teammate: cast.officerA2, otherTeam: cast.officerB, leader: cast.leader, admin: cast.admin, liaison: cast.liaison, otherDepartment: cast.liaisonB })[caller];

beforeAll(async () => {
  cast = await makeZoneViewers();
  ({ nodeId } = await makeChainNode(cast.admin, '权限矩阵链', '整车'));
});

let serial = 0;
const fresh = (prefix: string) => `${prefix}${++serial}`;

/** All rows of `table` where `column` = `value`, as the probe of a record and what hangs off it. */
function rows(table: PgTable, column: PgColumn, value: unknown) {
  return async () => (await getDb()).select().from(table).where(eq(column, value));
}
const probeAll = (...probes: (() => Promise<unknown>)[]) => async () => Promise.all(probes.map((p) => p()));

async function enterpriseOfA() {
  return (await insertEnterprise(cast.officerA, enterpriseInput(fresh('矩阵企业')))).id;
}
async function leadOfA() {
  const enterpriseId = await enterpriseOfA();
  const { id } = await insertLead(cast.officerA, leadInput(enterpriseId, { projectName: fresh('矩阵项目') }));
  return { leadId: id, enterpriseId };
}
async function projectOfA() {
  const lead = await makeNegotiatingLead(cast.officerA, nodeId, { enterpriseName: fresh('矩阵签约企业') });
  return { projectId: (await signLead(cast.officerA, signInput(lead))).id, ...lead };
}
async function milestoneOfA(done: boolean) {
  const { projectId } = await projectOfA();
  const db = await getDb();
  const [milestone] = await db.select().from(projectMilestones).where(eq(projectMilestones.projectId, projectId)).limit(1);
  if (!done) return { milestoneId: milestone.id, version: milestone.version };
  await updateMilestone(cast.officerA, { id: milestone.id, version: milestone.version, plannedOn: null, actualOn: '2026-05-01', progress: 100, notes: '' });
  return { milestoneId: milestone.id, version: milestone.version + 1 };
}
const meetingInput = (enterpriseId: string, leadId: string | null, nextStep = '') => ({
  enterpriseId, leadId, kind: 'visit_out', occurredAt: '2026-03-02T10:00', place: '', summary: '矩阵走访', outcome: '', attendeeIds: [], contactIds: [],
  newContactName: '', newContactMobile: '', nextStep, nextStepOwnerId: null, nextStepDue: nextStep ? '2099-01-01' : null,
});
const requestContent = { category: 'land', urgency: 'normal', description: '矩阵诉求：用地指标协调', deadline: '2099-12-31' };
async function requestOfA(step: 'raised' | 'accepted' | 'resolved') {
  const { projectId } = await projectOfA();
  const { id } = await raiseRequest(cast.officerA, { enterpriseId: null, projectId, ...requestContent, departmentId: cast.departmentA.id } as never);
  let version = 1;
  if (step !== 'raised') version = (await acceptRequest(cast.liaison, { id, version, note: '' })).version;
  if (step === 'resolved') version = (await resolveRequest(cast.liaison, { id, version, result: '已协调' })).version;
  return { id, version };
}
async function supervisionOfA() {
  const { leadId } = await leadOfA();
  const { id } = await insertSupervision(cast.leader, { leadId, projectId: null, teamId: null, assigneeId: null, title: fresh('矩阵督办'), deadline: '2099-01-01' });
  return id;
}

const TEAM_RECORD: readonly Caller[] = ['owner', 'teammate', 'leader', 'admin'];

/** Every action that acts on one record, with how to make that record and the input that acts on it. */
const SCOPED: Record<string, ScopeCase> = {
  updateEnterprise: {
    arrange: async () => {
      const id = await enterpriseOfA();
      return { input: { id, version: 1, ...enterpriseInput('矩阵企业改名') }, probe: rows(enterprises, enterprises.id, id) };
    },
  },
  deleteEnterprise: {
    arrange: async () => {
      const id = await enterpriseOfA();
      return { input: { id, version: 1 }, probe: rows(enterprises, enterprises.id, id) };
    },
  },
  createContact: {
    arrange: async () => {
      const enterpriseId = await enterpriseOfA();
      return { input: { enterpriseId, name: '王经理', mobile: '13800001111' }, probe: rows(contacts, contacts.enterpriseId, enterpriseId) };
    },
  },
  updateContact: {
    arrange: async () => {
      const enterpriseId = await enterpriseOfA();
      const { id } = await insertContact(cast.officerA, { enterpriseId, name: '王经理', title: '', mobile: '13800001111', phone: '', email: '', wechat: '', notes: '', isPrimary: false });
      return { input: { id, version: 1, name: '王总', mobile: '13800001111' }, probe: rows(contacts, contacts.id, id) };
    },
  },
  deleteContact: {
    arrange: async () => {
      const enterpriseId = await enterpriseOfA();
      const { id } = await insertContact(cast.officerA, { enterpriseId, name: '王经理', title: '', mobile: '13800001111', phone: '', email: '', wechat: '', notes: '', isPrimary: false });
      return { input: { id, version: 1 }, probe: rows(contacts, contacts.id, id) };
    },
  },
  updateLead: {
    arrange: async () => {
      const { leadId, enterpriseId } = await leadOfA();
      return { input: { id: leadId, version: 1, ...leadInput(enterpriseId, { projectName: '矩阵项目改名' }) }, probe: rows(leads, leads.id, leadId) };
    },
  },
  moveLead: {
    arrange: async () => {
      const { leadId } = await leadOfA();
      return { input: { id: leadId, version: 1, stage: 'contacted', reason: '' }, probe: rows(leads, leads.id, leadId) };
    },
  },
  assignLead: {
    arrange: async () => {
      const { leadId } = await leadOfA();
      return { input: { id: leadId, version: 1, teamId: cast.teamA.id, ownerId: cast.officerA2.id }, probe: rows(leads, leads.id, leadId) };
    },
  },
  logMeeting: {
    arrange: async () => {
      const { leadId, enterpriseId } = await leadOfA();
      return { input: meetingInput(enterpriseId, leadId), probe: probeAll(rows(meetings, meetings.leadId, leadId), rows(leads, leads.id, leadId)) };
    },
  },
  addNote: {
    arrange: async () => {
      const { leadId, enterpriseId } = await leadOfA();
      return { input: { enterpriseId, leadId, body: '矩阵备注' }, probe: rows(notes, notes.enterpriseId, enterpriseId) };
    },
  },
  setFollowUpDone: {
    arrange: async () => {
      const { leadId, enterpriseId } = await leadOfA();
      const { followUpId } = await logMeeting(cast.officerA, meetingInput(enterpriseId, leadId, '报送用地需求') as never);
      return { input: { id: followUpId, version: 1, done: 'true' }, probe: rows(followUps, followUps.id, followUpId) };
    },
  },
  signLead: {
    arrange: async () => {
      const lead = await makeNegotiatingLead(cast.officerA, nodeId, { enterpriseName: fresh('矩阵签约企业') });
      return { input: { ...signInput(lead) }, probe: probeAll(rows(projects, projects.leadId, lead.leadId), rows(leads, leads.id, lead.leadId)) };
    },
  },
  updateProject: {
    arrange: async () => {
      const lead = await projectOfA();
      const { leadId: _lead, version: _v, ...agreement } = signInput(lead, { agreementName: '补充协议' });
      return { input: { id: lead.projectId, version: 1, ...agreement }, probe: rows(projects, projects.id, lead.projectId) };
    },
  },
  addFunds: {
    arrange: async () => {
      const { projectId } = await projectOfA();
      return { input: { projectId, receivedOn: '2026-05-01', amount: 100, source: 'domestic', note: '' }, probe: probeAll(rows(projectFunds, projectFunds.projectId, projectId), rows(projects, projects.id, projectId)) };
    },
  },
  updateFunds: {
    arrange: async () => {
      const { projectId } = await projectOfA();
      const { id } = await addProjectFunds(cast.officerA, { projectId, receivedOn: '2026-05-01', amount: 100, source: 'domestic', note: '' } as never);
      return { input: { id, version: 1, receivedOn: '2026-05-02', amount: 200, source: 'domestic', note: '' }, probe: rows(projectFunds, projectFunds.id, id) };
    },
  },
  deleteFunds: {
    arrange: async () => {
      const { projectId } = await projectOfA();
      const { id } = await addProjectFunds(cast.officerA, { projectId, receivedOn: '2026-05-01', amount: 100, source: 'domestic', note: '' } as never);
      return { input: { id, version: 1 }, probe: rows(projectFunds, projectFunds.id, id) };
    },
  },
  updateMilestone: {
    arrange: async () => {
      const { milestoneId, version } = await milestoneOfA(false);
      return { input: { id: milestoneId, version, plannedOn: '', actualOn: '', progress: 40, notes: '' }, probe: rows(projectMilestones, projectMilestones.id, milestoneId) };
    },
  },
  verifyMilestone: {
    arrange: async () => {
      const { milestoneId, version } = await milestoneOfA(true);
      return { input: { id: milestoneId, version }, probe: rows(projectMilestones, projectMilestones.id, milestoneId) };
    },
  },
  createRequest: {
    arrange: async () => {
      const { projectId } = await projectOfA();
      return { input: { projectId, enterpriseId: '', ...requestContent, departmentId: cast.departmentA.id }, probe: rows(enterpriseRequests, enterpriseRequests.projectId, projectId) };
    },
  },
  updateRequest: {
    arrange: async () => {
      const { id, version } = await requestOfA('raised');
      return { input: { id, version, ...requestContent, description: '矩阵诉求：改为厂房', departmentId: cast.departmentA.id }, probe: rows(enterpriseRequests, enterpriseRequests.id, id) };
    },
  },
  acceptRequest: {
    allowed: ['liaison', 'admin'],
    arrange: async () => {
      const { id, version } = await requestOfA('raised');
      return { input: { id, version, note: '' }, probe: rows(enterpriseRequests, enterpriseRequests.id, id) };
    },
  },
  resolveRequest: {
    allowed: ['liaison', 'admin'],
    arrange: async () => {
      const { id, version } = await requestOfA('accepted');
      return { input: { id, version, result: '已办结' }, probe: rows(enterpriseRequests, enterpriseRequests.id, id) };
    },
  },
  confirmRequest: {
    arrange: async () => {
      const { id, version } = await requestOfA('resolved');
      return { input: { id, version, satisfaction: 'satisfied', note: '', deadline: '' }, probe: rows(enterpriseRequests, enterpriseRequests.id, id) };
    },
  },
  reportProgress: {
    arrange: async () => {
      const id = await supervisionOfA();
      return { input: { id, version: 1, note: '已对接' }, probe: rows(supervisionItems, supervisionItems.id, id) };
    },
  },
};

/**
 * Actions with no team or department scope, and why: the zone's shared reference data, admin work, the
 * viewer's own things, or zone-wide decisions of leaders. Their role rules are in app/server-actions.test.ts.
 */
const UNSCOPED: Record<string, string> = {
  createDepartment: 'admin only', updateDepartment: 'admin only',
  createTeam: 'admin only', updateTeam: 'admin only',
  createUser: 'administrators only', updateUser: 'administrators only', resetUserPassword: 'administrators only', setUserStatus: 'administrators only',
  changeUserRole: 'administrators only', unlockUser: 'administrators only', setSeparation: 'administrators only (app/separation-matrix.test.ts)',
  createChain: 'chains are the zone’s', updateChain: 'chains are the zone’s', createNode: 'chains are the zone’s', updateNode: 'chains are the zone’s', deleteNode: 'chains are the zone’s', setLeaderEnterprise: 'chains are the zone’s',
  markNotificationsRead: 'only the caller’s own notifications (db/queries/notifications.test.ts)',
  saveTarget: 'zone and team targets are set by leaders for all teams',
  createEnterprise: 'creates in the caller’s team', restoreEnterprise: 'admin only', mergeEnterprise: 'zone-wide deduplication by leaders',
  checkEnterpriseDuplicates: 'the library is shared for reading', searchEnterpriseOptions: 'the library is shared for reading', searchEverything: 'results are scoped inside (db/queries/search.test.ts)',
  previewImport: 'imports into the caller’s team', commitImport: 'imports into the caller’s team',
  previewLeadImport: 'imports into the caller’s team', commitLeadImport: 'imports into the caller’s team',
  createLead: 'creates in the caller’s team (team choice checked in db/queries/leads.test.ts)', checkLeadConflicts: 'reports other teams’ claims by design',
  resolveConflict: 'zone-wide decision of leaders',
  submitIntake: 'liaisons hand in to the office', acceptIntake: 'the office’s shared inbox', declineIntake: 'the office’s shared inbox',
  uploadEvidence: 'multipart file upload: scope checked in db/queries/projects.test.ts', deleteEvidenceFile: 'scope checked in db/queries/projects.test.ts',
  createSupervision: 'leaders assign across teams', updateSupervision: 'leaders assign across teams', closeSupervision: 'leaders assign across teams', reopenSupervision: 'leaders assign across teams',
  erasePersonalData: 'admin only, any team’s records (db/queries/personal-data.test.ts)',
  saveSecurityPolicy: 'the zone’s one security policy, admin only', resetTwoFactor: 'admin only (db/queries/two-factor.test.ts)',
  changePassword: 'only the caller’s own account (db/queries/security-policy.test.ts)', confirmTwoFactor: 'only the caller’s own account (db/queries/two-factor.test.ts)',
  disableTwoFactor: 'only the caller’s own account (db/queries/two-factor.test.ts)', renewRecoveryCodes: 'only the caller’s own account (db/queries/two-factor.test.ts)',
  login: 'public', setLocale: 'public', logout: 'public',
};

function expectedAllowed(permission: Permission, caller: Caller, scope: ScopeCase): boolean {
  if (caller === 'loggedOut') return false;
  const role: Role = callerViewer(caller).role;
  return can({ role }, permission) && (scope.allowed ?? TEAM_RECORD).includes(caller);
}

async function lastAuditId(): Promise<number> {
  return (await (await getDb()).select({ id: max(auditLogs.id) }).from(auditLogs))[0].id ?? 0;
}

describe('the permission matrix', () => {
  it('names every exported action, scoped or with the reason it has no record scope', () => {
    const named = new Set([...Object.keys(SCOPED), ...Object.keys(UNSCOPED)]);
    expect([...actions.keys()].filter((name) => !named.has(name))).toEqual([]);
    expect([...named].filter((name) => !actions.has(name))).toEqual([]);
  });

  describe.each(Object.entries(SCOPED))('%s', (name, scope) => {
    it.each(CALLERS)('called by %s on team A’s record', async (caller) => {
      const action = actions.get(name)!;
      const { input, probe } = await scope.arrange();
      (auth as unknown as Mock).mockResolvedValue(caller === 'loggedOut' ? null : await sessionOf(callerViewer(caller).id));
      const before = await probe();
      const since = await lastAuditId();
      const result = await action(null, input);
      if (expectedAllowed(action.permission!, caller, scope)) {
        expect(result).toMatchObject({ ok: true });
        return;
      }
      if (result.ok) throw new Error(`${caller} was let through`);
      expect(['unauthenticated', 'forbidden', 'notFound']).toContain(result.error);
      expect(await probe()).toEqual(before);
      const written = await (await getDb()).select({ action: auditLogs.action, actorId: auditLogs.actorId, changes: auditLogs.changes }).from(auditLogs).where(gt(auditLogs.id, since));
      expect(written).toEqual([{ action: 'refused', actorId: caller === 'loggedOut' ? null : callerViewer(caller).id, changes: { reason: result.error } }]);
    });
  });
});
