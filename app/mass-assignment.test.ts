import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import { getDb } from '@/db';
import { enterpriseRequests, enterprises, leads, meetings, projects, users } from '@/db/schema';
import { logMeeting as insertMeeting } from '@/db/queries/meetings';
import { signLead as sign } from '@/db/queries/projects';
import { raiseRequest } from '@/db/queries/requests';
import { sessionOf } from '@/db/test-session';
import { enterpriseInput, leadInput, makeChainNode, makeNegotiatingLead, makeZoneViewers, signInput, withTestDb } from '@/db/test-utils';
import type { Viewer } from '@/db/queries/viewer';
import { auth } from '@/lib/auth';
import type { MeetingCreateInput } from '@/lib/validation/meetings';
import type { RequestCreateInput } from '@/lib/validation/requests';
import { createUser, updateUser } from './(app)/admin/users/actions';
import { createEnterprise, deleteEnterprise, updateEnterprise } from './(app)/enterprises/actions';
import { assignLead, createLead, moveLead, updateLead } from './(app)/leads/actions';
import { logMeeting } from './(app)/meetings/actions';
import { addFunds, signLead, updateProject } from './(app)/projects/actions';
import { createRequest, updateRequest } from './(app)/requests/actions';

// A direct POST is the action called with whatever body the attacker likes; only the session cookie is faked.
vi.mock('@/lib/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const session = auth as unknown as Mock;

withTestDb();

let zone: Awaited<ReturnType<typeof makeZoneViewers>>;
let nodeId: string;
const mine = {} as { enterpriseId: string; leadId: string; projectId: string };
const theirs = {} as { enterpriseId: string; leadId: string; projectId: string; requestId: string; meetingId: string };
const nowhere = '00000000-0000-4000-8000-00000000beef';
/** What a forged body adds: another team, another owner, a role, bookkeeping the server owns. */
let forged: Record<string, unknown>;

const requestInput = (enterpriseId: string): RequestCreateInput => ({ enterpriseId, projectId: null, category: 'land', urgency: 'normal', description: '用地指标', departmentId: zone.departmentA.id, deadline: '2026-09-30' });
const meetingInput = (enterpriseId: string): MeetingCreateInput => ({
  enterpriseId, leadId: null, kind: 'visit_out', occurredAt: '2026-03-02T10:00', place: '', summary: '洽谈', outcome: '', attendeeIds: [], contactIds: [],
  newContactName: '', newContactMobile: '', nextStep: '', nextStepOwnerId: null, nextStepDue: null,
});

// The setup walks leads to 深度洽谈 and signs them through the data layer; with the other suites running
// in parallel on a 2-core machine that can outlast the default 60 s hook timeout.
beforeAll(async () => {
  zone = await makeZoneViewers();
  ({ nodeId } = await makeChainNode(zone.admin, '新能源汽车产业链', '电池'));
  const negotiating = await makeNegotiatingLead(zone.officerA, nodeId);
  Object.assign(mine, { enterpriseId: negotiating.enterpriseId, leadId: negotiating.leadId, projectId: (await sign(zone.officerA, signInput(negotiating))).id });
  const other = await makeNegotiatingLead(zone.officerB, nodeId);
  Object.assign(theirs, {
    enterpriseId: other.enterpriseId,
    leadId: (await makeNegotiatingLead(zone.officerB, nodeId)).leadId,
    projectId: (await sign(zone.officerB, signInput(other))).id,
    requestId: (await raiseRequest(zone.officerB, requestInput(other.enterpriseId))).id,
    meetingId: (await insertMeeting(zone.officerB, meetingInput(other.enterpriseId))).id,
  });
  forged = { id: nowhere, teamId: zone.teamB.id, ownerId: zone.officerB.id, createdBy: zone.officerB.id, raisedBy: zone.officerB.id, role: 'admin', version: 99, deletedAt: '2020-01-01T00:00:00Z', isMajor: true, major: true, stage: 'signed' };
}, 180_000);

async function signInAs(viewer: Viewer) {
  session.mockResolvedValue(await sessionOf(viewer.id));
}

/** Every business row's id and version: any create, update or delete shows up as a difference. */
async function businessRows() {
  const db = await getDb();
  const rows = async (t: typeof leads | typeof enterprises | typeof meetings | typeof projects | typeof enterpriseRequests | typeof users) =>
    (await db.select({ id: t.id, version: t.version }).from(t)).sort((a, b) => a.id.localeCompare(b.id));
  return { enterprises: await rows(enterprises), leads: await rows(leads), meetings: await rows(meetings), projects: await rows(projects), requests: await rows(enterpriseRequests), users: await rows(users) };
}

async function rowOf<T extends typeof leads | typeof enterprises | typeof meetings | typeof projects | typeof enterpriseRequests | typeof users>(table: T, id: string) {
  const db = await getDb();
  return (await db.select().from(table as typeof leads).where(eq((table as typeof leads).id, id)))[0] as unknown as Record<string, unknown>;
}

describe('an officer of team A creating records with forged fields', () => {
  it('gets an enterprise of team A, created by them, live at version 1', async () => {
    await signInAs(zone.officerA);
    const result = await createEnterprise(null, { ...enterpriseInput('伪造归属科技有限公司'), ...forged } as never);
    expect(result).toMatchObject({ ok: true });
    const row = await rowOf(enterprises, (result as { data: { id: string } }).data.id);
    expect(row).toMatchObject({ teamId: zone.teamA.id, createdBy: zone.officerA.id, deletedAt: null, version: 1 });
    expect(row.id).not.toBe(nowhere);
  });

  it('is refused a lead owned by an officer of team B, and nothing is written', async () => {
    await signInAs(zone.officerA);
    const before = await businessRows();
    expect(await createLead(null, { ...leadInput(mine.enterpriseId), ...forged } as never)).toEqual({ ok: false, error: 'ownerNotInTeam', fieldErrors: { ownerId: ['ownerNotInTeam'] } });
    expect(await businessRows()).toEqual(before);
  });

  it('gets the lead in team A, owned by them, when only the team is forged', async () => {
    await signInAs(zone.officerA);
    const result = await createLead(null, { ...leadInput(mine.enterpriseId, { projectName: '伪造专班项目' }), teamId: zone.teamB.id, createdBy: zone.officerB.id, stage: 'negotiating' } as never);
    expect(result).toMatchObject({ ok: true });
    expect(await rowOf(leads, (result as { data: { id: string } }).data.id)).toMatchObject({ teamId: zone.teamA.id, ownerId: zone.officerA.id, createdBy: zone.officerA.id, stage: 'lead' });
  });

  it('gets a meeting logged for team A, by them', async () => {
    await signInAs(zone.officerA);
    const result = await logMeeting(null, { ...meetingInput(mine.enterpriseId), ...forged } as never);
    expect(result).toMatchObject({ ok: true });
    expect(await rowOf(meetings, (result as { data: { id: string } }).data.id)).toMatchObject({ teamId: zone.teamA.id, createdBy: zone.officerA.id, deletedAt: null });
  });

  it('gets a request of team A, raised by them', async () => {
    await signInAs(zone.officerA);
    const result = await createRequest(null, { ...requestInput(mine.enterpriseId), ...forged } as never);
    expect(result).toMatchObject({ ok: true });
    expect(await rowOf(enterpriseRequests, (result as { data: { id: string } }).data.id)).toMatchObject({ teamId: zone.teamA.id, raisedBy: zone.officerA.id, state: 'pending' });
  });

  it('gets a signed project of team A whose 重大项目 flag follows the amount, not the body', async () => {
    await signInAs(zone.officerA);
    const lead = await makeNegotiatingLead(zone.officerA, nodeId);
    const result = await signLead(null, { ...signInput(lead, { contractedInvestment: 100, fixedAssetInvestment: 50 }), ...forged, version: lead.version } as never);
    expect(result).toMatchObject({ ok: true });
    expect(await rowOf(projects, (result as { data: { id: string } }).data.id)).toMatchObject({ teamId: zone.teamA.id, ownerId: zone.officerA.id, major: false, deletedAt: null, version: 1 });
  });

  it('cannot move its own lead or enterprise to team B through an update', async () => {
    await signInAs(zone.officerA);
    const lead = await rowOf(leads, mine.leadId);
    expect(await updateLead(null, { ...leadInput(mine.enterpriseId), id: mine.leadId, version: lead.version, projectName: '改名', teamId: zone.teamB.id, ownerId: zone.officerB.id, stage: 'signed' } as never)).toMatchObject({ ok: true });
    expect(await rowOf(leads, mine.leadId)).toMatchObject({ teamId: zone.teamA.id, ownerId: lead.ownerId, stage: lead.stage, projectName: '改名' });
    const enterprise = await rowOf(enterprises, mine.enterpriseId);
    expect(await updateEnterprise(null, { ...enterpriseInput(enterprise.name as string, { uscc: enterprise.uscc as string }), id: mine.enterpriseId, version: enterprise.version, teamId: zone.teamB.id, createdBy: zone.officerB.id } as never)).toMatchObject({ ok: true });
    expect(await rowOf(enterprises, mine.enterpriseId)).toMatchObject({ teamId: zone.teamA.id, createdBy: enterprise.createdBy });
  });
});

describe("an officer of team A aiming at team B's records", () => {
  const attacks: [string, () => Promise<{ ok: boolean; error?: string }>][] = [
    ['updateLead', async () => updateLead(null, { ...leadInput(theirs.enterpriseId), id: theirs.leadId, version: 4, projectName: '劫持' } as never)],
    ['moveLead', async () => moveLead(null, { id: theirs.leadId, version: 4, stage: 'on_hold', reason: '劫持' })],
    ['assignLead', async () => assignLead(null, { id: theirs.leadId, version: 4, teamId: zone.teamA.id, ownerId: zone.officerA.id })],
    ['updateEnterprise', async () => updateEnterprise(null, { ...enterpriseInput('劫持企业'), id: theirs.enterpriseId, version: 1 } as never)],
    ['deleteEnterprise', async () => deleteEnterprise(null, { id: theirs.enterpriseId, version: 1 })],
    ['updateProject', async () => updateProject(null, { ...signInput({ leadId: theirs.leadId, version: 1 }), id: theirs.projectId, version: 1 } as never)],
    ['addFunds', async () => addFunds(null, { projectId: theirs.projectId, receivedOn: '2026-05-01', amount: 100, source: 'domestic', note: '' } as never)],
    ['updateRequest', async () => updateRequest(null, { ...requestInput(theirs.enterpriseId), id: theirs.requestId, version: 1, description: '劫持' } as never)],
    ['logMeeting on their enterprise and lead', async () => logMeeting(null, { ...meetingInput(theirs.enterpriseId), leadId: theirs.leadId } as never)],
  ];

  it.each(attacks)('%s → notFound or forbidden, and no business row changes', async (_name, attack) => {
    await signInAs(zone.officerA);
    const before = await businessRows();
    const result = await attack();
    expect(result.ok).toBe(false);
    expect(['notFound', 'forbidden']).toContain(result.error);
    expect(await businessRows()).toEqual(before);
  });
});

describe('malformed and oversized bodies', () => {
  const megabyte = '招'.repeat(1 << 20);

  it.each([
    ['createEnterprise without a name, with numbers for text', () => createEnterprise(null, { uscc: 42, tags: { a: 1 }, registeredCapital: 'lots' } as never)],
    ['createLead with an array for the project name', () => createLead(null, { ...leadInput(nowhere), projectName: ['a', 'b'], expectedJobs: '3.5' } as never)],
    ['updateLead with a version that is not a number', () => updateLead(null, { ...leadInput(mine.enterpriseId), id: mine.leadId, version: 'latest' } as never)],
    ['createRequest with a deadline object', () => createRequest(null, { ...requestInput(mine.enterpriseId), deadline: { $gt: '' } } as never)],
    ['logMeeting with no summary and a non-uuid attendee', () => logMeeting(null, { ...meetingInput(mine.enterpriseId), summary: undefined, attendeeIds: ['1 or 1=1'] } as never)],
  ])('%s → invalid with field errors, nothing changed', async (_name, call) => {
    await signInAs(zone.officerA);
    const before = await businessRows();
    const result = await call();
    expect(result).toMatchObject({ ok: false, error: 'invalid', fieldErrors: expect.any(Object) });
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors).length).toBeGreaterThan(0);
    expect(await businessRows()).toEqual(before);
  });

  it.each([
    ['an enterprise name', () => createEnterprise(null, enterpriseInput(megabyte)), 'name'],
    ['a lead note', () => createLead(null, leadInput(mine.enterpriseId, { content: megabyte })), 'content'],
    ['a meeting summary', () => logMeeting(null, { ...meetingInput(mine.enterpriseId), summary: megabyte }), 'summary'],
  ])('a 1 MB string in %s → tooLong, nothing changed', async (_name, call, field) => {
    await signInAs(zone.officerA);
    const before = await businessRows();
    expect(await call()).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { [field]: ['tooLong'] } });
    expect(await businessRows()).toEqual(before);
  });
});

describe('the user administration actions', () => {
  const newUser = (username: string) => ({ username, displayName: '新用户', role: 'admin', teamId: '', departmentId: '', phone: '', password: 'long-enough-1' });

  it('refuse an officer making an admin, or promoting themselves', async () => {
    await signInAs(zone.officerA);
    const before = await businessRows();
    expect(await createUser(null, newUser('sneaky.admin') as never)).toEqual({ ok: false, error: 'forbidden' });
    const self = await rowOf(users, zone.officerA.id);
    expect(await updateUser(null, { id: zone.officerA.id, version: self.version, displayName: 'me', role: 'admin', teamId: '', departmentId: '', phone: '' } as never)).toEqual({ ok: false, error: 'forbidden' });
    expect(await businessRows()).toEqual(before);
    expect(await rowOf(users, zone.officerA.id)).toMatchObject({ role: 'officer' });
  });

  it("let an admin change only the form's fields: not the password hash, the disabled mark or the username", async () => {
    await signInAs(zone.admin);
    const before = await rowOf(users, zone.officerA2.id);
    const result = await updateUser(null, {
      id: zone.officerA2.id, version: before.version, displayName: '改名专员', role: 'officer', teamId: zone.teamA.id, departmentId: '', phone: '',
      passwordHash: 'forged-hash', disabledAt: '2020-01-01T00:00:00Z', username: 'root', failedLogins: 0, createdAt: '2000-01-01',
    } as never);
    expect(result).toMatchObject({ ok: true });
    expect(await rowOf(users, zone.officerA2.id)).toMatchObject({ displayName: '改名专员', passwordHash: before.passwordHash, disabledAt: null, username: before.username, createdAt: before.createdAt });
  });

  it('let an admin create a user whose hash is of the given password, active, whatever else the body says', async () => {
    await signInAs(zone.admin);
    const result = await createUser(null, { ...newUser('forged.fields'), role: 'leader', passwordHash: 'forged-hash', disabledAt: '2020-01-01T00:00:00Z', id: nowhere } as never);
    expect(result).toMatchObject({ ok: true });
    const row = await rowOf(users, (result as { data: { id: string } }).data.id);
    expect(row).toMatchObject({ username: 'forged.fields', role: 'leader', disabledAt: null });
    expect(row.id).not.toBe(nowhere);
    expect(row.passwordHash).not.toBe('forged-hash');
  });
});
