import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { appSettings, departments, teams, users } from '@/db/schema';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@/lib/demo-logins';
import { hashPassword } from '@/lib/password';
import { seedDemoLibrary } from './demo-library';
import { seedDemoLeads } from './demo-leads';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoProjects } from './demo-projects';
import { seedDemoRequests } from './demo-requests';
import { seedDemoSupervision } from './demo-supervision';
import { seedDemoTargets } from './demo-targets';
import { DEMO_DEPARTMENTS } from './departments';
import { DEMO_TEAMS } from './teams';

const DEMO_SETTING = 'demo';

/** True when this database never had the demo loaded (first start of an embedded database). */
export async function demoMissing(db: Db): Promise<boolean> {
  const rows = await db.select({ key: appSettings.key }).from(appSettings).where(sql`${appSettings.key} = ${DEMO_SETTING}`);
  return rows.length === 0;
}

/**
 * Loads the demo zone: teams, departments, logins, annual targets, chains, the enterprise library, leads, meetings,
 * projects, supervision items and enterprise requests. Idempotent: existing rows (matched by team, department or user
 * name) are left as they are, so running it again never overwrites what people changed. Deterministic: fixed content only.
 */
export async function seedDemo(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await tx.insert(teams).values(DEMO_TEAMS).onConflictDoNothing({ target: teams.name });
    const teamIds = new Map((await tx.select({ id: teams.id, name: teams.name }).from(teams)).map((t) => [t.name, t.id]));
    await tx.insert(departments).values([...DEMO_DEPARTMENTS]).onConflictDoNothing({ target: departments.name });
    const departmentIds = new Map((await tx.select({ id: departments.id, name: departments.name }).from(departments)).map((d) => [d.name, d.id]));
    await tx
      .insert(users)
      .values(
        DEMO_LOGINS.map((login) => ({
          username: login.username,
          displayName: login.displayName,
          role: login.role,
          teamId: login.team ? teamIds.get(login.team) : null,
          departmentId: login.department ? departmentIds.get(login.department) : null,
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
  await seedDemoRequests(db);
  await db.insert(appSettings).values({ key: DEMO_SETTING, value: { loadedAt: new Date().toISOString() } }).onConflictDoNothing();
}
