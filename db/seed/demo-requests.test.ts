import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { departments, enterpriseRequests, projects, requestEvents, teams, users, type EnterpriseRequest, type RequestEvent } from '@/db/schema';
import { withTestDb } from '@/db/test-utils';
import { isRequestOverdue } from '@/lib/request-flow';
import { zoneToday } from '@/lib/project-status';
import { seedDemo } from './demo';
import { seedDemoRequests } from './demo-requests';

withTestDb();

let requests: EnterpriseRequest[];
let events: RequestEvent[];

beforeAll(async () => {
  const db = await getDb();
  await seedDemo(db);
  requests = await db.select().from(enterpriseRequests);
  events = await db.select().from(requestEvents).orderBy(asc(requestEvents.at), asc(requestEvents.id));
}, 120_000);

const DAY = 86_400_000;

describe('demo enterprise requests', () => {
  it('spread over departments and states, some overdue, some reopened', () => {
    const today = zoneToday();
    const byState = (state: string) => requests.filter((r) => r.state === state).length;
    expect(requests.length).toBeGreaterThanOrEqual(70);
    expect(requests.length).toBeLessThanOrEqual(90);
    expect(new Set(requests.map((r) => r.departmentId)).size).toBeGreaterThanOrEqual(6);
    for (const state of ['pending', 'in_progress', 'resolved', 'confirmed']) expect(byState(state)).toBeGreaterThan(0);
    expect(requests.filter((r) => isRequestOverdue(r.state, r.deadline, today)).length).toBeGreaterThanOrEqual(10);
    const reopened = requests.filter((r) => r.reopenCount > 0);
    expect(reopened.length).toBeGreaterThanOrEqual(4);
    expect(reopened.some((r) => r.state === 'in_progress')).toBe(true);
    expect(reopened.some((r) => r.state === 'confirmed')).toBe(true);
    expect(requests.filter((r) => r.projectId).length / requests.length).toBeGreaterThan(0.5);
  });

  it('keeps a history that reproduces each row, step by step', () => {
    const now = Date.now();
    const unsatisfied = events.filter((e) => e.step === 'confirm' && e.satisfaction === 'unsatisfied').length;
    expect(unsatisfied).toBe(requests.reduce((n, r) => n + r.reopenCount, 0));
    for (const r of requests) {
      const history = events.filter((e) => e.requestId === r.id);
      expect(history[0]).toMatchObject({ step: 'raise', fromState: null, toState: 'pending', actorId: r.raisedBy });
      expect(history[0].at.getTime()).toBe(r.createdAt.getTime());
      expect(history[history.length - 1].toState).toBe(r.state);
      expect(history[history.length - 1].at.getTime()).toBe(r.updatedAt.getTime());
      expect(r.version).toBe(history.length);
      expect(r.createdAt.getTime()).toBeGreaterThan(now - 91 * DAY);
      expect(r.createdAt.getTime()).toBeLessThan(now - DAY);
      let state: string = 'pending';
      for (const [k, e] of history.entries()) {
        if (k > 0) {
          expect(e.fromState).toBe(state);
          expect(e.at.getTime()).toBeGreaterThan(history[k - 1].at.getTime());
        }
        state = e.toState;
      }
      expect(history.at(-1)!.at.getTime()).toBeLessThan(now);
      const last = (step: string) => history.filter((e) => e.step === step).at(-1);
      expect(r.acceptedAt?.getTime() ?? null).toBe(last('accept')?.at.getTime() ?? null);
      expect(r.resolvedAt?.getTime() ?? null).toBe(last('resolve')?.at.getTime() ?? null);
      expect(r.confirmedAt?.getTime() ?? null).toBe(last('confirm')?.at.getTime() ?? null);
      expect(r.result).toBe(last('resolve')?.note ?? '');
      expect(r.satisfaction).toBe(last('confirm')?.satisfaction ?? null);
      expect(history.filter((e) => e.step === 'confirm' && e.satisfaction === 'unsatisfied').length).toBe(r.reopenCount);
      if (r.state === 'confirmed') expect(r.satisfaction).not.toBe('unsatisfied');
    }
  });

  it('has the officers raise and confirm, the department’s liaisons accept and resolve', async () => {
    const db = await getDb();
    const people = new Map((await db.select({ id: users.id, role: users.role, departmentId: users.departmentId }).from(users)).map((u) => [u.id, u]));
    const projectRows = new Map((await db.select({ id: projects.id, ownerId: projects.ownerId, teamId: projects.teamId, enterpriseId: projects.enterpriseId }).from(projects)).map((p) => [p.id, p]));
    const byId = new Map(requests.map((r) => [r.id, r]));
    for (const e of events) {
      const r = byId.get(e.requestId)!;
      if (e.step === 'accept' || e.step === 'resolve') expect(people.get(e.actorId)).toMatchObject({ role: 'liaison', departmentId: r.departmentId });
      else expect(e.actorId).toBe(r.raisedBy);
    }
    for (const r of requests) {
      expect(people.get(r.raisedBy)?.role).toBe('officer');
      if (r.projectId) expect(projectRows.get(r.projectId)).toMatchObject({ ownerId: r.raisedBy, teamId: r.teamId, enterpriseId: r.enterpriseId });
      else expect([...projectRows.values()].some((p) => p.enterpriseId === r.enterpriseId && p.teamId === r.teamId && p.ownerId === r.raisedBy)).toBe(true);
    }
  });

  it('gives the demo liaison’s department work, and the demo officer’s team requests', async () => {
    const db = await getDb();
    const [liaison] = await db.select({ departmentId: users.departmentId, department: departments.name }).from(users).innerJoin(departments, eq(departments.id, users.departmentId)).where(eq(users.username, 'liaison'));
    expect(liaison.department).toBe('行政审批局');
    const desk = requests.filter((r) => r.departmentId === liaison.departmentId);
    expect(desk.filter((r) => r.state === 'pending').length).toBeGreaterThanOrEqual(3);
    expect(desk.filter((r) => r.state === 'in_progress').length).toBeGreaterThanOrEqual(3);
    const [auto] = await db.select({ id: teams.id }).from(teams).where(eq(teams.name, '汽车及零部件专班'));
    expect(requests.filter((r) => r.teamId === auto.id && r.projectId).length).toBeGreaterThanOrEqual(3);
  });

  it('adds nothing when run again', async () => {
    const db = await getDb();
    await seedDemoRequests(db);
    expect(await db.$count(enterpriseRequests)).toBe(requests.length);
    expect(await db.$count(requestEvents)).toBe(events.length);
  });
});
