import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLogs, ROLES } from '@/db/schema';
import { expectDomainError } from '@/db/test-expect';
import { makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import type { AuditFilter } from '@/lib/validation/audit';
import { AUDIT_PAGE_SIZE, listAuditLog } from './audit-log';
import { insertTeam, updateTeam } from './teams';
import type { Viewer } from './viewer';

withTestDb();

let admin: Viewer;
let officer: Viewer;

// Rows of this test carry their own entity type, so rows the factories write elsewhere never blur a count.
const TYPE = 'auditTest';
const only = (filter: Partial<AuditFilter> = {}) => listAuditLog(admin, { entityType: TYPE, ...filter });

beforeAll(async () => {
  admin = await makeViewer('admin');
  officer = await makeViewer('officer', await makeTeam());
  const db = await getDb();
  await db.insert(auditLogs).values([
    { actorId: admin.id, action: 'update', entityType: TYPE, entityId: 'r1', ip: '10.0.0.1', changes: { name: ['旧', '新'] }, at: new Date('2026-03-01T00:00:00+08:00') },
    { actorId: officer.id, action: 'create', entityType: TYPE, entityId: 'r2', ip: '10.0.0.2', at: new Date('2026-03-01T23:59:59.999+08:00') },
    { actorId: null, action: 'loginFailed', entityType: TYPE, entityId: 'r3', ip: '10.0.0.2', changes: { reason: 'wrongPassword' }, at: new Date('2026-02-28T23:59:59.999+08:00') },
    { actorId: officer.id, action: 'refused', entityType: TYPE, entityId: 'r1', ip: '10.0.0.3', changes: { reason: 'forbidden' }, at: new Date('2026-03-02T00:00:00+08:00') },
  ]);
});

describe('listAuditLog', () => {
  it('is for the admin and the audit administrator only', async () => {
    for (const role of ROLES.filter((r) => r !== 'admin' && r !== 'auditAdmin')) {
      await expectDomainError(listAuditLog(await makeViewer(role, role === 'officer' ? await makeTeam() : null), {}), 'forbidden');
    }
  });

  it('lists newest first with who, from where and what changed', async () => {
    const { rows, next } = await only();
    expect(next).toBeNull();
    expect(rows.map((r) => r.entityId)).toEqual(['r1', 'r2', 'r1', 'r3']);
    expect(rows[2]).toMatchObject({ action: 'update', actorId: admin.id, actorUsername: admin.username, actorName: admin.displayName, ip: '10.0.0.1', changes: { name: ['旧', '新'] } });
    expect(rows[3]).toMatchObject({ action: 'loginFailed', actorId: null, actorUsername: null, actorName: null });
  });

  it('filters by actor login name, action, entity, address and each alone', async () => {
    const ids = async (filter: Partial<AuditFilter>) => (await only(filter)).rows.map((r) => `${r.action}:${r.entityId}`);
    expect(await ids({ actor: officer.username })).toEqual(['refused:r1', 'create:r2']);
    // Login names are lower case; what an admin types is matched the same way.
    expect(await ids({ actor: admin.username.toUpperCase() })).toEqual(['update:r1']);
    expect(await ids({ actor: 'nobody-here' })).toEqual([]);
    expect(await ids({ action: 'loginFailed' })).toEqual(['loginFailed:r3']);
    expect(await ids({ entityId: 'r1' })).toEqual(['refused:r1', 'update:r1']);
    expect(await ids({ ip: '10.0.0.2' })).toEqual(['create:r2', 'loginFailed:r3']);
    expect(await ids({ actor: officer.username, ip: '10.0.0.3' })).toEqual(['refused:r1']);
    expect((await listAuditLog(admin, { entityType: 'noSuchType' })).rows).toEqual([]);
  });

  it('bounds dates by the zone calendar day, both ends included', async () => {
    const ids = async (filter: Partial<AuditFilter>) => (await only(filter)).rows.map((r) => r.entityId);
    expect(await ids({ from: '2026-03-01', to: '2026-03-01' })).toEqual(['r2', 'r1']);
    expect(await ids({ from: '2026-03-02' })).toEqual(['r1']);
    expect(await ids({ to: '2026-02-28' })).toEqual(['r3']);
    expect(await ids({ from: '2026-03-03' })).toEqual([]);
  });

  it('pages 120 rows into 50 + 50 + 20 without gaps or repeats, across rows that share one timestamp', async () => {
    const db = await getDb();
    // Groups of 7 rows share a microsecond timestamp (as rows written in one transaction share now()), so
    // both page breaks fall inside a group.
    await db.insert(auditLogs).values(
      Array.from({ length: 120 }, (_, i) => ({
        action: 'update',
        entityType: 'pagingTest',
        entityId: String(i),
        at: sql`timestamptz '2026-04-01 09:00:00.123456+08' - ${Math.floor(i / 7)} * interval '1 second'`,
      })),
    );
    const seen: string[] = [];
    const sizes: number[] = [];
    let after: string | undefined;
    do {
      const page = await listAuditLog(admin, { entityType: 'pagingTest', after });
      sizes.push(page.rows.length);
      seen.push(...page.rows.map((r) => r.entityId));
      after = page.next ?? undefined;
    } while (after);
    expect(sizes).toEqual([AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE, 20]);
    expect(new Set(seen).size).toBe(120);
    // Newest first: the groups come in order.
    const groups = seen.map((id) => Math.floor(Number(id) / 7));
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
  });

  it('starts over from page one for a cursor it did not make', async () => {
    expect((await only({ after: 'not-a-cursor' })).rows).toHaveLength(4);
  });

  it('shows the rows the data layer writes, with old → new', async () => {
    const { id } = await insertTeam(admin, { name: '审计专班', chainFocus: '' });
    await updateTeam(admin, { id, version: 1, name: '审计专班二', chainFocus: '' });
    const { rows } = await listAuditLog(admin, { entityType: 'team', entityId: id });
    expect(rows.map((r) => r.action)).toEqual(['update', 'create']);
    expect(rows[0].changes).toMatchObject({ name: ['审计专班', '审计专班二'] });
  });
});

describe('the audit log is append-only', () => {
  it('refuses UPDATE and DELETE in the database itself', async () => {
    const db = await getDb();
    const failure = (statement: Promise<unknown>) => statement.then(() => 'succeeded', (e: { message?: string; cause?: { message?: string } }) => e.cause?.message ?? e.message);
    expect(await failure(db.update(auditLogs).set({ action: 'tampered' }).where(sql`${auditLogs.entityType} = ${TYPE}`))).toMatch(/append-only/);
    expect(await failure(db.delete(auditLogs).where(sql`${auditLogs.entityType} = ${TYPE}`))).toMatch(/append-only/);
    expect((await only()).rows.map((r) => r.action)).toEqual(['refused', 'create', 'update', 'loginFailed']);
  });

  it('would notice a delete, an update or a truncate of the log, in drizzle or in SQL', () => {
    const samples = ['await tx.delete(auditLogs).where(old)', 'db.update( auditLogs ).set({})', 'DELETE FROM audit_logs WHERE at < now()', 'delete from "audit_logs"', 'sql`truncate table ${auditLogs}`', 'sql`truncate ${users}, ${auditLogs} cascade`'];
    expect(samples.filter((sample) => !sample.match(AUDIT_WRITES))).toEqual([]);
    expect('await tx.insert(auditLogs).values(row)'.match(AUDIT_WRITES)).toBeNull();
  });

  // 等保 2.0 安全审计: records are kept at least the retention period (/admin/security), so nothing in the app may remove one.
  it('has no update, delete or truncate path in the code of the app, its data layer, libraries or scripts', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const files = ['db', 'app', 'lib', 'scripts'].flatMap((dir) => sourceFiles(path.join(root, dir))).filter((f) => !/\.test\.tsx?$/.test(f));
    const offenders = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      // The demo seed dates the history it invents (db/seed/demo-backdating.ts), and an erasure redacts the
      // erased contact's logged values (db/queries/personal-data.ts): they may UPDATE, nobody may DELETE or TRUNCATE.
      const allowed = text.includes('allowDemoBackdating(') || text.includes('allowRedaction(');
      return [...text.matchAll(AUDIT_WRITES)].some(([hit]) => /delete|truncate/i.test(hit) || !allowed);
    });
    expect(files.length).toBeGreaterThan(100);
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });
});

/** Writes other than INSERT to the audit log, as drizzle calls or SQL text. */
const AUDIT_WRITES = /\b(update|delete)\s*\(\s*auditLogs\b|\b(update|delete\s+from|truncate(\s+table)?)\s+("?audit_logs"?|\$\{auditLogs\})|\btruncate\b[^;`]*\$\{auditLogs\}/gi;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|sql)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}
