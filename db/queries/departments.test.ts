import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLogs } from '@/db/schema';
import { expectDomainError } from '@/db/test-expect';
import { makeDepartment, makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { getDepartmentOrThrow, insertDepartment, listDepartmentOptions, listDepartments, updateDepartment } from './departments';
import type { Viewer } from './viewer';

withTestDb();

let admin: Viewer;
beforeAll(async () => {
  admin = await makeViewer('admin');
});

async function auditActions(entityId: string) {
  const db = await getDb();
  return db.select({ action: auditLogs.action }).from(auditLogs).where(eq(auditLogs.entityId, entityId)).orderBy(auditLogs.at);
}

describe('departments', () => {
  it('creates, lists with active liaison counts, and audits', async () => {
    const { id } = await insertDepartment(admin, { name: '自然资源和规划局', phone: '0512-6688 1234' });
    const department = { id, name: '自然资源和规划局' };
    await makeViewer('liaison', null, { department });
    await makeViewer('liaison', null, { department, disabled: true });
    const row = (await listDepartments(admin)).find((d) => d.id === id);
    expect(row).toEqual({ id, name: '自然资源和规划局', phone: '0512-6688 1234', version: 1, liaisonCount: 1 });
    expect(await auditActions(id)).toEqual([{ action: 'create' }]);
  });

  it('counts zero liaisons for a department nobody belongs to', async () => {
    const department = await makeDepartment();
    expect((await listDepartments(admin)).find((d) => d.id === department.id)?.liaisonCount).toBe(0);
  });

  it('refuses a duplicate name at the name field', async () => {
    await insertDepartment(admin, { name: '行政审批局', phone: '' });
    await expectDomainError(insertDepartment(admin, { name: '行政审批局', phone: '' }), 'departmentNameTaken', 'name');
    const other = await makeDepartment();
    await expectDomainError(updateDepartment(admin, { id: other.id, version: 1, name: '行政审批局', phone: '' }), 'departmentNameTaken', 'name');
    expect((await getDepartmentOrThrow(admin, other.id)).name).toBe(other.name);
  });

  it('updates with optimistic concurrency and audits the change', async () => {
    const department = await makeDepartment();
    await updateDepartment(admin, { id: department.id, version: 1, name: `${department.name}改`, phone: '0512-1234567' });
    expect(await getDepartmentOrThrow(admin, department.id)).toEqual({ id: department.id, name: `${department.name}改`, phone: '0512-1234567', version: 2 });
    expect(await auditActions(department.id)).toEqual([{ action: 'update' }]);
    await expectDomainError(updateDepartment(admin, { id: department.id, version: 1, name: 'stale', phone: '' }), 'conflict');
    expect(await getDepartmentOrThrow(admin, department.id)).toMatchObject({ name: `${department.name}改`, version: 2 });
    await expectDomainError(getDepartmentOrThrow(admin, '00000000-0000-4000-8000-000000000000'), 'notFound');
    await expectDomainError(updateDepartment(admin, { id: '00000000-0000-4000-8000-000000000000', version: 1, name: 'ghost', phone: '' }), 'notFound');
  });

  it.each(['leader', 'officer', 'liaison'] as const)('%s may not read or change departments', async (role) => {
    const department = await makeDepartment();
    const viewer = await makeViewer(role, role === 'officer' ? await makeTeam() : null, role === 'liaison' ? { department } : {});
    for (const attempt of [
      listDepartments(viewer),
      getDepartmentOrThrow(viewer, department.id),
      insertDepartment(viewer, { name: `x${role}`, phone: '' }),
      updateDepartment(viewer, { id: department.id, version: 1, name: 'hijack', phone: '' }),
    ]) {
      await expectDomainError(attempt, 'forbidden');
    }
    expect(await getDepartmentOrThrow(admin, department.id)).toMatchObject({ name: department.name, version: 1 });
    expect((await listDepartments(admin)).map((d) => d.name)).not.toContain(`x${role}`);
  });

  it('lists department names for pickers to every role that reads requests', async () => {
    const department = await makeDepartment();
    const team = await makeTeam();
    for (const viewer of [admin, await makeViewer('leader'), await makeViewer('officer', team), await makeViewer('liaison', null, { department })]) {
      expect(await listDepartmentOptions(viewer)).toContainEqual({ id: department.id, name: department.name });
    }
  });
});
