import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { loginThrottles } from '@/db/schema';
import { FACTORY_PASSWORD, makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { MAX_FAILURES, verifyCredentials } from './auth';

withTestDb();

describe('verifyCredentials', () => {
  it('accepts the right password, case-insensitive username, and returns no secrets', async () => {
    const team = await makeTeam();
    const officer = await makeViewer('officer', team);
    const result = await verifyCredentials(officer.username.toUpperCase(), FACTORY_PASSWORD, '10.0.0.1');
    expect(result).toEqual({ status: 'ok', user: { id: officer.id, displayName: officer.displayName } });
  });

  it('refuses a wrong password and an unknown username alike', async () => {
    const leader = await makeViewer('leader');
    expect(await verifyCredentials(leader.username, 'wrong', '10.0.0.1')).toEqual({ status: 'invalid' });
    expect(await verifyCredentials('nobody-here', FACTORY_PASSWORD, '10.0.0.1')).toEqual({ status: 'invalid' });
  });

  it('tells a disabled user only after the right password', async () => {
    const user = await makeViewer('liaison', null, { disabled: true });
    expect(await verifyCredentials(user.username, 'wrong', '10.0.0.1')).toEqual({ status: 'invalid' });
    expect(await verifyCredentials(user.username, FACTORY_PASSWORD, '10.0.0.1')).toEqual({ status: 'disabled' });
  });

  it(`locks a username after ${MAX_FAILURES} failures, even against the right password`, async () => {
    const user = await makeViewer('leader');
    for (let i = 1; i < MAX_FAILURES; i++) expect((await verifyCredentials(user.username, 'wrong', '10.0.0.1')).status).toBe('invalid');
    expect((await verifyCredentials(user.username, 'wrong', '10.0.0.1')).status).toBe('locked');
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, '10.0.0.1')).status).toBe('locked');
  });

  it('unlocks after 15 minutes and starts counting afresh', async () => {
    const user = await makeViewer('leader');
    for (let i = 0; i < MAX_FAILURES; i++) await verifyCredentials(user.username, 'wrong', '10.0.0.1');
    const db = await getDb();
    // Move the lock and its window 16 minutes into the past.
    await db
      .update(loginThrottles)
      .set({ lockedUntil: sql`now() - interval '1 minute'`, windowStartedAt: sql`now() - interval '16 minutes'` })
      .where(eq(loginThrottles.username, user.username));
    expect((await verifyCredentials(user.username, 'wrong', '10.0.0.1')).status).toBe('invalid');
    const [row] = await db.select().from(loginThrottles).where(eq(loginThrottles.username, user.username));
    expect(row).toMatchObject({ failures: 1, lockedUntil: null });
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, '10.0.0.1')).status).toBe('ok');
  });

  it('forgets earlier failures after a successful login', async () => {
    const user = await makeViewer('admin');
    for (let i = 1; i < MAX_FAILURES; i++) await verifyCredentials(user.username, 'wrong', '10.0.0.1');
    expect((await verifyCredentials(user.username, FACTORY_PASSWORD, '10.0.0.1')).status).toBe('ok');
    expect((await verifyCredentials(user.username, 'wrong', '10.0.0.1')).status).toBe('invalid');
  });
});
