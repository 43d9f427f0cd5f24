import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLogs } from '@/db/schema';
import { expectDomainError } from '@/db/test-expect';
import { makeZoneViewers, withTestDb } from '@/db/test-utils';
import type { TargetSaveInput } from '@/lib/validation/targets';
import { listTargets, saveTarget } from './targets';

withTestDb();

let cast: Awaited<ReturnType<typeof makeZoneViewers>>;

beforeAll(async () => {
  cast = await makeZoneViewers();
});

const measures = { majorProjects: 36, fundsInPlace: 840000, signings: 60, signingAmount: 500000, newLeads: 300, springStarts: 21 };
const input = (extra: Partial<TargetSaveInput> = {}): TargetSaveInput => ({ year: 2026, teamId: null, version: 0, ...measures, ...extra });

describe('annual targets', () => {
  it('lists the zone first and every team, empty until set', async () => {
    const rows = await listTargets(cast.leader, 2031);
    expect(rows[0]).toEqual({ teamId: null, teamName: null, version: 0, values: { majorProjects: null, fundsInPlace: null, signings: null, signingAmount: null, newLeads: null, springStarts: null } });
    expect(rows.map((r) => r.teamId)).toEqual(expect.arrayContaining([cast.teamA.id, cast.teamB.id]));
  });

  it('creates and updates the zone’s target with a version, and audits both', async () => {
    expect(await saveTarget(cast.leader, input())).toEqual({ version: 1 });
    expect((await listTargets(cast.admin, 2026))[0]).toMatchObject({ version: 1, values: measures });
    expect(await saveTarget(cast.admin, input({ version: 1, fundsInPlace: 900000, newLeads: null }))).toEqual({ version: 2 });
    expect((await listTargets(cast.leader, 2026))[0].values).toMatchObject({ fundsInPlace: 900000, newLeads: null, majorProjects: 36 });

    const db = await getDb();
    const audit = await db.select({ action: auditLogs.action, changes: auditLogs.changes }).from(auditLogs).where(eq(auditLogs.entityType, 'annualTarget'));
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1].changes).toMatchObject({ fundsInPlace: [840000, 900000], newLeads: [300, null] });
  });

  it('refuses a stale edit and a second create of the same year', async () => {
    await saveTarget(cast.leader, input({ year: 2027 }));
    await expectDomainError(saveTarget(cast.admin, input({ year: 2027 })), 'conflict');
    await saveTarget(cast.leader, input({ year: 2027, version: 1, signings: 70 }));
    await expectDomainError(saveTarget(cast.admin, input({ year: 2027, version: 1, signings: 80 })), 'conflict');
    expect((await listTargets(cast.leader, 2027))[0].values.signings).toBe(70);
  });

  it('keeps team targets apart from the zone’s, and shows officers only theirs', async () => {
    await saveTarget(cast.leader, input({ year: 2028, teamId: cast.teamA.id, majorProjects: 5 }));
    await saveTarget(cast.leader, input({ year: 2028, teamId: cast.teamB.id, majorProjects: 7 }));
    const officerView = await listTargets(cast.officerA, 2028);
    expect(officerView.map((r) => r.teamId)).toEqual([null, cast.teamA.id]);
    expect(officerView[1].values.majorProjects).toBe(5);
    await expectDomainError(saveTarget(cast.leader, input({ year: 2028, teamId: '00000000-0000-4000-8000-000000000000' })), 'invalidChoice', 'teamId');
  });

  it('lets only leaders and admins set targets, and liaisons not read them', async () => {
    for (const viewer of [cast.officerA, cast.liaison]) await expectDomainError(saveTarget(viewer, input({ year: 2029 })), 'forbidden');
    await expectDomainError(listTargets(cast.liaison, 2029), 'forbidden');
    expect((await listTargets(cast.leader, 2029))[0].version).toBe(0);
  });
});
