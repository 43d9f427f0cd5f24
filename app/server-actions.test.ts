import { gt, max } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import { getDb } from '@/db';
import { auditLogs, ROLES, type Role } from '@/db/schema';
import { sessionOf } from '@/db/test-session';
import { makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { auth } from '@/lib/auth';
import { PERMISSIONS } from '@/lib/permissions';
import { exportedActions as actions } from '@/test/server-actions';

// The session cookie is the only thing faked: who the user is, and whether they are active, comes
// from the real database through lib/viewer.
vi.mock('@/lib/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
const session = auth as unknown as Mock;

withTestDb();

/** Actions anyone may call: logging in, choosing a language, logging out. */
const PUBLIC_ACTIONS = ['login', 'setLocale', 'logout'];

const guarded = actions.filter((a) => a.fn.permission);

const viewers = {} as Record<Role | 'disabled', string>;

beforeAll(async () => {
  const team = await makeTeam();
  for (const role of ROLES) viewers[role] = (await makeViewer(role, role === 'officer' ? team : null)).id;
  viewers.disabled = (await makeViewer('admin', null, { disabled: true })).id;
});

/** The refusal rows written since `since` (audit ids only grow). */
async function refusalsAfter(since: number) {
  const db = await getDb();
  return db
    .select({ actorId: auditLogs.actorId, action: auditLogs.action, entityType: auditLogs.entityType, changes: auditLogs.changes })
    .from(auditLogs)
    .where(gt(auditLogs.id, since))
    .orderBy(auditLogs.id);
}

async function lastAuditId() {
  const db = await getDb();
  return (await db.select({ id: max(auditLogs.id) }).from(auditLogs))[0].id ?? 0;
}

describe('every Server Action', () => {
  it('is found by this test', () => {
    expect(guarded.length).toBeGreaterThanOrEqual(6);
  });

  it('is either guarded by a permission or known to be public', () => {
    const unguarded = actions.filter((a) => !a.fn.permission).map((a) => a.name);
    expect(unguarded.sort()).toEqual([...PUBLIC_ACTIONS].sort());
  });

  describe.each(guarded)('$id', ({ fn }) => {
    const allowed = PERMISSIONS[fn.permission!] as readonly Role[];

    it('rejects a call without a session, and a session of a disabled user, and records both refusals', async () => {
      session.mockResolvedValue(await sessionOf(viewers.disabled));
      const since = await lastAuditId();
      expect(await fn(null, {})).toEqual({ ok: false, error: 'unauthenticated' });
      session.mockResolvedValue(null);
      expect(await fn(null, {})).toEqual({ ok: false, error: 'unauthenticated' });
      const refusal = { actorId: null, action: 'refused', entityType: fn.permission, changes: { reason: 'unauthenticated' } };
      expect(await refusalsAfter(since)).toEqual([refusal, refusal]);
    });

    it.each(ROLES.filter((r) => !allowed.includes(r)))('rejects the wrong role %s, changing nothing but the audit log', async (role) => {
      session.mockResolvedValue(await sessionOf(viewers[role]));
      const since = await lastAuditId();
      expect(await fn(null, {})).toEqual({ ok: false, error: 'forbidden' });
      expect(await refusalsAfter(since)).toEqual([{ actorId: viewers[role], action: 'refused', entityType: fn.permission, changes: { reason: 'forbidden' } }]);
    });

    it('answers malformed input from an allowed role with field errors, not a crash', async () => {
      session.mockResolvedValue(await sessionOf(viewers[allowed[0]]));
      const result = await fn(null, { id: 12, version: 'x', name: ['a'], role: 'root' });
      expect(result).toMatchObject({ ok: false, error: 'invalid' });
    });
  });
});
