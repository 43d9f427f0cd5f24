import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import { z } from 'zod';
import { getDb } from '@/db';
import { appSettings, type Role } from '@/db/schema';
import { SECURITY_POLICY_KEY } from '@/db/security-policy';
import { signLead } from '@/db/queries/projects';
import { sessionOf } from '@/db/test-session';
import { enterpriseInput, makeChainNode, makeNegotiatingLead, makeViewer, makeZoneViewers, signInput, withTestDb } from '@/db/test-utils';
import { insertEnterprise } from '@/db/queries/enterprises';
import { auth } from '@/lib/auth';
import { PERMISSIONS } from '@/lib/permissions';
import { guardedActions, type AnyAction } from '@/test/server-actions';
import { asFormData, nastyValue, plausibleValue } from '@/test/schema-arbitrary';

// Only the session cookie is faked; the viewer, the scope and every write hit the real database.
vi.mock('@/lib/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const session = auth as unknown as Mock;

withTestDb();

// Small enough for the whole file to stay well under 90 s on PGlite, large enough to reach every branch of a schema.
const SHAPED_RUNS = 30;
const ANYTHING_RUNS = 10;
// One action's runs, on a machine busy with the other suites.
const FUZZ_TIMEOUT = 60_000;

/** Keys a forged POST adds to take over a record: ownership, state, bookkeeping. */
const FORGED_KEYS = ['id', 'teamId', 'ownerId', 'createdBy', 'role', 'version', 'deletedAt', 'passwordHash', 'disabledAt', 'isMajor', 'stage', 'departmentId'];

const sessions = {} as Record<Role, Awaited<ReturnType<typeof sessionOf>>>;
// Ids of records that exist (the viewers' own team's and others'); actions that create something add theirs.
const knownIds: string[] = [];
const knownId = fc.nat().map((i) => knownIds[i % knownIds.length]);
// The 500 path logs through console.error: silenced here, and every call checks it stayed unused.
const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});

// The setup walks leads to 深度洽谈 and signs them through the data layer; with the other suites running
// in parallel on a 2-core machine that can outlast the default 60 s hook timeout.
beforeAll(async () => {
  const zone = await makeZoneViewers();
  // The acting users are not among the known ids, so a fuzzed call cannot disable or demote the caller mid-run.
  const actors = {
    officer: await makeViewer('officer', zone.teamA),
    leader: await makeViewer('leader'),
    admin: await makeViewer('admin'),
    liaison: await makeViewer('liaison', null, { department: zone.departmentA }),
  };
  for (const [role, actor] of Object.entries(actors)) sessions[role as Role] = await sessionOf(actor.id);
  const { chainId, nodeId } = await makeChainNode(zone.admin, '汽车产业链', '线束');
  const lead = await makeNegotiatingLead(zone.officerA, nodeId);
  const project = await signLead(zone.officerA, signInput(lead));
  const otherLead = await makeNegotiatingLead(zone.officerB, nodeId);
  const otherEnterprise = await insertEnterprise(zone.officerB, enterpriseInput('乙方专班企业'));
  knownIds.push(
    ...[zone.teamA, zone.teamB, zone.departmentA, zone.departmentB].map((r) => r.id),
    ...[zone.officerA2, zone.officerB, zone.liaisonB].map((v) => v.id),
    chainId, nodeId, lead.leadId, lead.enterpriseId, project.id, otherLead.leadId, otherEnterprise.id,
  );
}, 180_000);

afterAll(() => consoleError.mockRestore());

// A fuzzed saveSecurityPolicy may switch on two-factor login for admins (or a short password age), which would
// turn every later admin call into 'unauthenticated' and fuzz nothing: each action starts from the defaults.
afterEach(async () => {
  await (await getDb()).delete(appSettings).where(eq(appSettings.key, SECURITY_POLICY_KEY));
});

const isStringArrayRecord = (v: unknown) => !!v && typeof v === 'object' && Object.values(v).every((a) => Array.isArray(a) && a.every((s) => typeof s === 'string'));

/** Calls `fn` as `role` and checks the answer is a result the form can show, never the 500 path. */
async function callAndCheck(fn: AnyAction, role: Role, input: unknown) {
  session.mockResolvedValue(sessions[role]);
  consoleError.mockClear();
  const result = await fn(null, input as never);
  // First, so a failure shows the error that took the 500 path.
  expect(consoleError.mock.calls).toEqual([]);
  expect(result.ok === true ? 'data' in result : typeof result.error === 'string' && (result.fieldErrors === undefined || isStringArrayRecord(result.fieldErrors))).toBe(true);
  expect(result).not.toMatchObject({ ok: false, error: 'unexpected' });
  const id = result.ok ? (result.data as { id?: unknown } | null)?.id : undefined;
  if (typeof id === 'string' && z.uuid().safeParse(id).success) knownIds.push(id);
}

/** The schema's own keys with plausible or hostile values, some forged extra keys, as JSON or as a form. */
function shapedInput(schema: z.ZodType): fc.Arbitrary<unknown> {
  const shape = (schema._zod.def as { shape?: Record<string, z.ZodType> }).shape ?? {};
  const fields = fc.record(
    Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, fc.oneof({ weight: 4, arbitrary: plausibleValue(field, knownId) }, { weight: 1, arbitrary: nastyValue(knownId) })])),
    { requiredKeys: [] },
  );
  const forged = fc.dictionary(fc.constantFrom(...FORGED_KEYS.filter((k) => !(k in shape))), nastyValue(knownId), { maxKeys: 3 });
  return fc.tuple(forged, fields, fc.boolean()).map(([extra, own, asForm]) => (asForm ? asFormData({ ...extra, ...own }) : { ...extra, ...own }));
}

describe.each(guardedActions)('fuzzing $id', ({ fn }) => {
  const roles = PERMISSIONS[fn.permission!] as readonly Role[];

  it('answers inputs shaped like its schema with a result, never a crash', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...roles), shapedInput(fn.schema), (role, input) => callAndCheck(fn, role, input)), { numRuns: SHAPED_RUNS });
  }, FUZZ_TIMEOUT);

  it('answers any value at all with a result, never a crash', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...roles), fc.anything(), (role, input) => callAndCheck(fn, role, input)), { numRuns: ANYTHING_RUNS });
  }, FUZZ_TIMEOUT);
});

/** Each input once took the 500 path (a database error escaping the data layer); the cause is named beside it. */
describe('inputs the fuzz found crashing', () => {
  const byName = (name: string) => guardedActions.find((a) => a.name === name)!.fn;
  const nowhere = '00000000-0000-4000-8000-000000000000';

  it.each<[string, Record<string, unknown>, string]>([
    ['createTeam', { name: '\u0000a' }, 'NUL, which PostgreSQL text refuses'],
    ['createTeam', { name: '\uD800a' }, 'a lone surrogate, which the audit log jsonb refuses'],
    ['searchEverything', { q: '\u0000a' }, 'NUL in a search term'],
    ['searchEnterpriseOptions', { q: '\u0000a' }, 'NUL in a search term'],
    ['setFollowUpDone', { id: nowhere, version: 2147483647, done: 'true' }, 'a version whose successor overflows integer'],
    ['restoreEnterprise', { id: nowhere, version: 2147483647 }, 'a version whose successor overflows integer'],
    ['logMeeting', { enterpriseId: nowhere, kind: 'visit_out', occurredAt: '2026-02-31T25:00', summary: '考察' }, 'a day and hour that do not exist'],
  ])('%s %j → invalid (%s)', async (name, input) => {
    await callAndCheck(byName(name), 'admin', input);
    expect(await byName(name)(null, input as never)).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('mergeEnterprise refused with a NUL in a stray id field → notFound, its refusal audited without the id (NUL in the audit row)', async () => {
    const input = { id: '\u0000', survivorId: nowhere, duplicateId: '00000000-0000-4000-8000-000000000001' };
    await callAndCheck(byName('mergeEnterprise'), 'admin', input);
    expect(await byName('mergeEnterprise')(null, input as never)).toEqual({ ok: false, error: 'notFound' });
  });

  it('createChain with a team that does not exist → invalidChoice on teamId (a foreign key violation)', async () => {
    await callAndCheck(byName('createChain'), 'admin', { name: '不存在的专班链', teamId: nowhere });
    expect(await byName('createChain')(null, { name: '不存在的专班链', teamId: nowhere } as never)).toEqual({ ok: false, error: 'invalidChoice', fieldErrors: { teamId: ['invalidChoice'] } });
  });
});
