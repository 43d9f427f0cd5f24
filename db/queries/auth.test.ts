import { and, eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLogs, loginThrottles } from '@/db/schema';
import { LOGIN_ADDRESS_LIMIT } from '@/lib/abuse-limits';
import { FACTORY_PASSWORD, makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { MAX_FAILURES, verifyCredentials } from './auth';

withTestDb();

// Each test logs in from an address of its own, so the per-address limit of one never touches another.
let address = '';
let addressSerial = 0;
beforeEach(() => {
  address = `10.0.${Math.floor(++addressSerial / 250)}.${addressSerial % 250}`;
});

describe('verifyCredentials', () => {
  it('accepts the right password, case-insensitive username, and returns no secrets', async () => {
    const team = await makeTeam();
    const officer = await makeViewer('officer', team);
    const result = await verifyCredentials(officer.username.toUpperCase(), FACTORY_PASSWORD, address);
    expect(result).toEqual({ status: 'ok', user: { id: officer.id, displayName: officer.displayName } });
  });

  it('refuses a wrong password and an unknown username alike', async () => {
    const leader = await makeViewer('leader');
    expect(await verifyCredentials(leader.username, 'wrong', address)).toEqual({ status: 'invalid' });
    expect(await verifyCredentials('nobody-here', FACTORY_PASSWORD, address)).toEqual({ status: 'invalid' });
  });

  it('tells a disabled user only after the right password', async () => {
    const user = await makeViewer('liaison', null, { disabled: true });
    expect(await verifyCredentials(user.username, 'wrong', address)).toEqual({ status: 'invalid' });
    expect(await verifyCredentials(user.username, FACTORY_PASSWORD, address)).toEqual({ status: 'disabled' });
  });

  it(`locks a username after ${MAX_FAILURES} failures, even against the right password`, async () => {
    const user = await makeViewer('leader');
    for (let i = 1; i < MAX_FAILURES; i++) expect((await verifyCredentials(user.username, 'wrong', address)).status).toBe('invalid');
    expect((await verifyCredentials(user.username, 'wrong', address)).status).toBe('locked');
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, address)).status).toBe('locked');
  });

  it('unlocks after 15 minutes and starts counting afresh', async () => {
    const user = await makeViewer('leader');
    for (let i = 0; i < MAX_FAILURES; i++) await verifyCredentials(user.username, 'wrong', address);
    const db = await getDb();
    // Move the lock and its window 16 minutes into the past.
    await db
      .update(loginThrottles)
      .set({ lockedUntil: sql`now() - interval '1 minute'`, windowStartedAt: sql`now() - interval '16 minutes'` })
      .where(eq(loginThrottles.username, user.username));
    expect((await verifyCredentials(user.username, 'wrong', address)).status).toBe('invalid');
    const [row] = await db.select().from(loginThrottles).where(eq(loginThrottles.username, user.username));
    expect(row).toMatchObject({ failures: 1, lockedUntil: null });
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, address)).status).toBe('ok');
  });

  it('forgets earlier failures after a successful login', async () => {
    const user = await makeViewer('admin');
    for (let i = 1; i < MAX_FAILURES; i++) await verifyCredentials(user.username, 'wrong', address);
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, address)).status).toBe('ok');
    expect((await verifyCredentials(user.username, 'wrong', address)).status).toBe('invalid');
  });

  it('gives an unknown username and a wrong password the same answer, and audits both with the address', async () => {
    const user = await makeViewer('officer');
    const unknown = await verifyCredentials(`nobody-${addressSerial}`, 'wrong', address);
    const wrong = await verifyCredentials(user.username, 'wrong', address);
    expect(unknown).toEqual(wrong);
    const db = await getDb();
    const rows = await db.select().from(auditLogs).where(and(eq(auditLogs.action, 'loginFailed'), eq(auditLogs.ip, address))).orderBy(auditLogs.id);
    expect(rows.map((r) => [r.entityId, r.changes])).toEqual([
      [`nobody-${addressSerial}`, { reason: 'unknownUser' }],
      [user.username, { reason: 'wrongPassword' }],
    ]);
  });

  it('stops an address after LOGIN_ADDRESS_LIMIT failures across many usernames, even with the right password, and no other address', async () => {
    for (let i = 0; i < LOGIN_ADDRESS_LIMIT.limit; i++) expect((await verifyCredentials(`guess-${i}`, 'wrong', address)).status).toBe('invalid');
    const user = await makeViewer('officer');
    expect(await verifyCredentials(user.username, FACTORY_PASSWORD, address)).toEqual({ status: 'rateLimited' });
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, '10.200.0.1')).status).toBe('ok');
  });
});
