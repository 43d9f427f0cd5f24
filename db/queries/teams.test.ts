import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLogs, ROLES } from '@/db/schema';
import { expectDomainError } from '@/db/test-expect';
import { makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { getTeamOrThrow, insertTeam, listTeamOptions, listTeams, updateTeam } from './teams';
import type { Viewer } from './viewer';

withTestDb();

let admin: Viewer;
beforeAll(async () => {
  admin = await makeViewer('admin');
});

describe('teams', () => {
  it('creates, lists with active member counts, and audits', async () => {
    const { id } = await insertTeam(admin, { name: '氢能源专班', chainFocus: '氢能装备' });
    await makeViewer('officer', { id, name: '氢能源专班' });
    await makeViewer('officer', { id, name: '氢能源专班' }, { disabled: true });
    const row = (await listTeams(admin)).find((t) => t.id === id);
    expect(row).toMatchObject({ name: '氢能源专班', chainFocus: '氢能装备', memberCount: 1, version: 1 });
    expect((await listTeamOptions(admin)).map((t) => t.id)).toContain(id);
    const db = await getDb();
    expect(await db.select({ action: auditLogs.action }).from(auditLogs).where(eq(auditLogs.entityId, id))).toEqual([{ action: 'create' }]);
  });

  it('refuses a duplicate name at the name field', async () => {
    await insertTeam(admin, { name: '食品专班', chainFocus: '' });
    await expectDomainError(insertTeam(admin, { name: '食品专班', chainFocus: '' }), 'teamNameTaken', 'name');
    const other = await makeTeam();
    await expectDomainError(updateTeam(admin, { id: other.id, version: 1, name: '食品专班', chainFocus: '' }), 'teamNameTaken', 'name');
  });

  it('updates with optimistic concurrency', async () => {
    const team = await makeTeam();
    await updateTeam(admin, { id: team.id, version: 1, name: `${team.name}改`, chainFocus: '新方向' });
    expect(await getTeamOrThrow(admin, team.id)).toMatchObject({ name: `${team.name}改`, chainFocus: '新方向', version: 2 });
    await expectDomainError(updateTeam(admin, { id: team.id, version: 1, name: 'stale', chainFocus: '' }), 'conflict');
    await expectDomainError(getTeamOrThrow(admin, '00000000-0000-4000-8000-000000000000'), 'notFound');
  });

  it.each(ROLES.filter((r) => r !== 'admin'))('%s may not read or change teams', async (role) => {
    const team = await makeTeam();
    const viewer = await makeViewer(role, role === 'officer' ? team : null);
    for (const attempt of [
      listTeams(viewer),
      getTeamOrThrow(viewer, team.id),
      insertTeam(viewer, { name: `x${role}`, chainFocus: '' }),
      updateTeam(viewer, { id: team.id, version: 1, name: 'hijack', chainFocus: '' }),
    ]) {
      await expectDomainError(attempt, 'forbidden');
    }
    expect((await getTeamOrThrow(admin, team.id)).name).toBe(team.name);
  });

  it('lists team names for pickers to every role but liaison', async () => {
    const team = await makeTeam();
    for (const role of ['leader', 'officer'] as const) {
      expect((await listTeamOptions(await makeViewer(role, team))).map((t) => t.id)).toContain(team.id);
    }
    await expectDomainError(listTeamOptions(await makeViewer('liaison')), 'forbidden');
  });
});
