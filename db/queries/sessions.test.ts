import { and, eq, sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLogs, userSessions, users } from '@/db/schema';
import { makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { endSession, findSession, openSession } from './sessions';
import { resetUserPassword, setUserDisabled, updateUser } from './users';
import type { Viewer } from './viewer';

withTestDb();

let admin: Viewer;
let team: { id: string; name: string };
let otherTeam: { id: string; name: string };

beforeAll(async () => {
  team = await makeTeam();
  otherTeam = await makeTeam();
  admin = await makeViewer('admin');
});

afterEach(() => {
  delete process.env.SESSION_IDLE_MINUTES;
  delete process.env.SESSION_MAX_HOURS;
});

const seen = async (user: Viewer, sid: string) => (await findSession(user.id, sid, '10.0.0.9'))?.viewer ?? null;

async function versionOf(user: Viewer): Promise<number> {
  const db = await getDb();
  return (await db.select({ v: users.version }).from(users).where(eq(users.id, user.id)))[0].v;
}

const profile = (user: Viewer, patch: Partial<{ role: 'officer' | 'leader'; teamId: string | null; displayName: string }>) => ({
  id: user.id,
  displayName: user.displayName,
  role: user.role as 'officer',
  teamId: user.teamId,
  departmentId: null,
  phone: '',
  ...patch,
});

/** Moves a session's clock back, as if its last request (or its login) happened `minutes` ago. */
async function age(sid: string, column: 'lastSeenAt' | 'startedAt', minutes: number) {
  const db = await getDb();
  await db.update(userSessions).set({ [column]: sql`now() - make_interval(mins => ${minutes}::int)` }).where(eq(userSessions.id, sid));
}

describe('sessions', () => {
  it('stand for their user, with the request address, and record the login', async () => {
    const officer = await makeViewer('officer', team);
    const sid = await openSession(officer.id, '10.0.0.8');
    expect(await seen(officer, sid)).toMatchObject({ id: officer.id, role: 'officer', teamId: team.id, ip: '10.0.0.9' });
    const db = await getDb();
    const [login] = await db.select().from(auditLogs).where(and(eq(auditLogs.actorId, officer.id), eq(auditLogs.action, 'login')));
    expect(login).toMatchObject({ entityType: 'user', entityId: officer.id, ip: '10.0.0.8', changes: { session: sid } });
  });

  it('name their own user only: another user id with this session id is refused', async () => {
    const officer = await makeViewer('officer', team);
    const other = await makeViewer('officer', team);
    const sid = await openSession(officer.id, null);
    expect(await seen(other, sid)).toBeNull();
  });

  it('end at logout, that one session only, with an audit row', async () => {
    const officer = await makeViewer('officer', team);
    const phone = await openSession(officer.id, null);
    const desk = await openSession(officer.id, null);
    await endSession(officer.id, desk, '10.0.0.9');
    expect(await seen(officer, desk)).toBeNull();
    expect(await seen(officer, phone)).not.toBeNull();
    const db = await getDb();
    const rows = await db.select().from(auditLogs).where(and(eq(auditLogs.actorId, officer.id), eq(auditLogs.action, 'logout')));
    expect(rows).toHaveLength(1);
  });

  it('all end on the next request when the user is disabled, and stay ended when re-enabled', async () => {
    const officer = await makeViewer('officer', team);
    const sid = await openSession(officer.id, null);
    await setUserDisabled(admin, officer.id, true, await versionOf(officer));
    expect(await seen(officer, sid)).toBeNull();
    await setUserDisabled(admin, officer.id, false, await versionOf(officer));
    expect(await seen(officer, sid)).toBeNull();
  });

  it('all end when the role changes (a demotion), when the team changes, and when an admin sets a new password', async () => {
    const leader = await makeViewer('leader');
    const demoted = await openSession(leader.id, null);
    await updateUser(admin, { ...profile(leader, { role: 'officer', teamId: team.id }), version: await versionOf(leader) });
    expect(await seen(leader, demoted)).toBeNull();

    const officer = await makeViewer('officer', team);
    const moved = await openSession(officer.id, null);
    await updateUser(admin, { ...profile(officer, { teamId: otherTeam.id }), version: await versionOf(officer) });
    expect(await seen(officer, moved)).toBeNull();

    const repassworded = await openSession(officer.id, null);
    await resetUserPassword(admin, officer.id, 'a-new-password-1');
    expect(await seen(officer, repassworded)).toBeNull();
  });

  it('survive an edit that changes neither powers nor scope', async () => {
    const officer = await makeViewer('officer', team);
    const sid = await openSession(officer.id, null);
    await updateUser(admin, { ...profile(officer, { displayName: '改名专员' }), version: await versionOf(officer) });
    expect(await seen(officer, sid)).toMatchObject({ displayName: '改名专员' });
  });

  it('end after 30 idle minutes by default, or SESSION_IDLE_MINUTES', async () => {
    const officer = await makeViewer('officer', team);
    const sid = await openSession(officer.id, null);
    await age(sid, 'lastSeenAt', 29);
    expect(await seen(officer, sid)).not.toBeNull();
    await age(sid, 'lastSeenAt', 31);
    process.env.SESSION_IDLE_MINUTES = '45';
    expect(await seen(officer, sid)).not.toBeNull();
    await age(sid, 'lastSeenAt', 31);
    delete process.env.SESSION_IDLE_MINUTES;
    expect(await seen(officer, sid)).toBeNull();
  });

  it('are kept alive by requests: a request more than a minute after the last one moves the idle clock', async () => {
    const officer = await makeViewer('officer', team);
    const sid = await openSession(officer.id, null);
    await age(sid, 'lastSeenAt', 20);
    await seen(officer, sid);
    const db = await getDb();
    const [row] = await db.select({ idle: sql<number>`extract(epoch from now() - ${userSessions.lastSeenAt})::int` }).from(userSessions).where(eq(userSessions.id, sid));
    expect(row.idle).toBeLessThan(5);
  });

  it('end 12 hours after login however busy, or after SESSION_MAX_HOURS', async () => {
    const officer = await makeViewer('officer', team);
    const sid = await openSession(officer.id, null);
    await age(sid, 'startedAt', 11 * 60);
    expect(await seen(officer, sid)).not.toBeNull();
    process.env.SESSION_MAX_HOURS = '10';
    expect(await seen(officer, sid)).toBeNull();
    delete process.env.SESSION_MAX_HOURS;
    await age(sid, 'startedAt', 12 * 60 + 1);
    expect(await seen(officer, sid)).toBeNull();
  });
});
