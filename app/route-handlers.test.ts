import { and, eq, gt, max } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import { getDb } from '@/db';
import { auditLogs, ROLES, type Role } from '@/db/schema';
import { sessionOf } from '@/db/test-session';
import { makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { EXPORT_LIMIT } from '@/lib/abuse-limits';
import { auth } from '@/lib/auth';
import { PERMISSIONS, type Permission } from '@/lib/permissions';

// Every route handler × every role and a logged-out caller, on the real database; only the session
// cookie and the language are faked.
vi.mock('@/lib/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), handlers: { GET: vi.fn(), POST: vi.fn() } }));
vi.mock('next-intl/server', async () => {
  const { testTranslate } = await import('@/lib/export/test-translate');
  return { getTranslations: async (namespace?: string) => testTranslate('zh-CN', namespace) };
});

withTestDb();

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const modules = import.meta.glob('./api/**/route.ts', { eager: true }) as Record<string, Record<string, unknown>>;

interface GuardedRoute {
  permission: Permission;
  method: 'GET' | 'POST';
  url: string;
  params?: Record<string, string>;
}

/** Each route's guard; public ones say why. A new route.ts fails the first test until it is listed here. */
const ROUTES: Record<string, GuardedRoute | { public: string }> = {
  './api/auth/[...nextauth]/route.ts': { public: 'Auth.js itself: the login endpoint' },
  './api/health/route.ts': { public: 'liveness for the start script and monitors; says nothing about data' },
  './api/session/revoked/route.ts': { public: 'clears an ended session’s cookie; a live session is sent on to the dashboard' },
  './api/export/projects/route.ts': { permission: 'projects.export', method: 'GET', url: '/api/export/projects?format=csv' },
  './api/export/assessment/route.ts': { permission: 'assessment.view', method: 'GET', url: '/api/export/assessment?from=2026-01-01&to=2026-01-31' },
  './api/personal-data/export/route.ts': { permission: 'personalData.manage', method: 'GET', url: '/api/personal-data/export?contactId=00000000-0000-4000-8000-000000000000' },
  './api/reports/[kind]/route.ts': { permission: 'reports.view', method: 'GET', url: '/api/reports/weekly?week=2026-W10', params: { kind: 'weekly' } },
  './api/meetings/ics/route.ts': { permission: 'meetings.read', method: 'GET', url: '/api/meetings/ics' },
  './api/projects/files/[id]/route.ts': { permission: 'projects.read', method: 'GET', url: '/api/projects/files/1', params: { id: '1' } },
  './api/enterprises/import/template/route.ts': { permission: 'enterprises.import', method: 'GET', url: '/api/enterprises/import/template' },
  './api/enterprises/import/rejected/route.ts': { permission: 'enterprises.import', method: 'POST', url: '/api/enterprises/import/rejected' },
  './api/leads/import/template/route.ts': { permission: 'leads.import', method: 'GET', url: '/api/leads/import/template' },
  './api/leads/import/rejected/route.ts': { permission: 'leads.import', method: 'POST', url: '/api/leads/import/rejected' },
};

const guarded = Object.entries(ROUTES).flatMap(([file, route]) => ('permission' in route ? [{ file, ...route }] : []));
const viewers = {} as Record<Role, string>;

beforeAll(async () => {
  const team = await makeTeam();
  for (const role of ROLES) viewers[role] = (await makeViewer(role, role === 'officer' ? team : null)).id;
});

const signInAs = async (id: string | null) => (auth as unknown as Mock).mockResolvedValue(await sessionOf(id));
const lastAuditId = async () => (await (await getDb()).select({ id: max(auditLogs.id) }).from(auditLogs))[0].id ?? 0;

function call(route: (typeof guarded)[number]): Promise<Response> {
  const handler = modules[route.file][route.method] as Handler;
  return handler(new Request(`http://localhost${route.url}`, { method: route.method }), { params: Promise.resolve(route.params ?? {}) });
}

async function refusalsSince(since: number) {
  return (await getDb()).select({ actorId: auditLogs.actorId, entityType: auditLogs.entityType, changes: auditLogs.changes }).from(auditLogs).where(and(gt(auditLogs.id, since), eq(auditLogs.action, 'refused')));
}

describe('every route handler', () => {
  it('is listed with its guard', () => {
    expect(Object.keys(modules).sort()).toEqual(Object.keys(ROUTES).sort());
  });

  describe.each(guarded)('$method $url', (route) => {
    const allowed = PERMISSIONS[route.permission] as readonly Role[];

    it('answers a logged-out caller 401 and records the refusal', async () => {
      await signInAs(null);
      const since = await lastAuditId();
      expect((await call(route)).status).toBe(401);
      expect(await refusalsSince(since)).toEqual([{ actorId: null, entityType: route.permission, changes: { reason: 'unauthenticated' } }]);
    });

    it.each(ROLES)('answers %s as the permission table says', async (role) => {
      await signInAs(viewers[role]);
      const since = await lastAuditId();
      const status = (await call(route)).status;
      if (allowed.includes(role)) {
        // Past the guard: the file, or a 4xx about the request itself (no upload, no such file).
        expect([200, 400, 404]).toContain(status);
      } else {
        expect(status).toBe(403);
        expect(await refusalsSince(since)).toEqual([{ actorId: viewers[role], entityType: route.permission, changes: { reason: 'forbidden' } }]);
      }
    });
  });
});

describe('the export limit', () => {
  it(`lets a user export ${EXPORT_LIMIT.limit} times an hour, then answers 429 with Retry-After and records it`, async () => {
    const leader = await makeViewer('leader');
    await signInAs(leader.id);
    const exportRoute = guarded.find((r) => r.permission === 'projects.export')!;
    for (let i = 0; i < EXPORT_LIMIT.limit; i++) expect((await call(exportRoute)).status).toBe(200);
    const since = await lastAuditId();
    const refused = await call(exportRoute);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({ error: 'rateLimited' });
    expect(await refusalsSince(since)).toEqual([{ actorId: leader.id, entityType: 'projects.export', changes: { reason: 'rateLimited' } }]);
    // Another user's allowance is their own.
    await signInAs(viewers.admin);
    expect((await call(exportRoute)).status).toBe(200);
  });
});
