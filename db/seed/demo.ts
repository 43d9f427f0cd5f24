import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { appSettings, teams, users } from '@/db/schema';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@/lib/demo-logins';
import { hashPassword } from '@/lib/password';
import { seedDemoLibrary } from './demo-library';
import { seedDemoLeads } from './demo-leads';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoProjects } from './demo-projects';
import { seedDemoSupervision } from './demo-supervision';
import { seedDemoTargets } from './demo-targets';
import { DEMO_TEAMS } from './teams';

const DEMO_SETTING = 'demo';

/** True when this database never had the demo loaded (first start of an embedded database). */
export async function demoMissing(db: Db): Promise<boolean> {
  const rows = await db.select({ key: appSettings.key }).from(appSettings).where(sql`${appSettings.key} = ${DEMO_SETTING}`);
  return rows.length === 0;
}

/**
 * Loads the demo zone: teams, logins, annual targets, chains, the enterprise library, leads, meetings and projects. Idempotent: existing rows (matched by team name / username) are left as they
 * are, so running it again never overwrites what people changed. Deterministic: fixed content only.
 */
export async function seedDemo(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await tx.insert(teams).values(DEMO_TEAMS).onConflictDoNothing({ target: teams.name });
    const teamIds = new Map((await tx.select({ id: teams.id, name: teams.name }).from(teams)).map((t) => [t.name, t.id]));
    await tx
      .insert(users)
      .values(
        DEMO_LOGINS.map((login) => ({
          username: login.username,
          displayName: login.displayName,
          role: login.role,
          teamId: login.team ? teamIds.get(login.team) : null,
          passwordHash,
        })),
      )
      .onConflictDoNothing({ target: users.username });
    await seedDemoLibrary(tx, teamIds);
    await seedDemoTargets(tx, teamIds);
    await seedDemoLeads(tx);
    await seedDemoMeetings(tx);
  });
  // Signed through the data layer, which opens its own transactions; the demo counts as loaded only after them.
  await seedDemoProjects(db);
  await seedDemoSupervision(db);
  await db.insert(appSettings).values({ key: DEMO_SETTING, value: { loadedAt: new Date().toISOString() } }).onConflictDoNothing();
}
