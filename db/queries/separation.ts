import 'server-only';
import { count, eq, isNull, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { appSettings, users, type Role } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { writeAudit } from './audit';
import { assertCan, type Viewer } from './viewer';

// 三员分立 lives in app_settings as a plain JSON boolean; absent means off.
const KEY = 'separation_of_duties';

/** The switch as one SQL expression, so the per-request session query reads it in the same statement. */
export const dutiesSeparatedSql = sql<boolean>`coalesce((select ${appSettings.value} = 'true'::jsonb from ${appSettings} where ${appSettings.key} = ${KEY}), false)`;

export async function isDutiesSeparated(tx?: Tx): Promise<boolean> {
  const db = tx ?? (await getDb());
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, KEY));
  return row?.value === true;
}

export interface Separation {
  on: boolean;
  /** Active holders of each administrator role: the page shows who would take which duty. */
  holders: Record<'admin' | 'securityAdmin' | 'auditAdmin', number>;
}

/** The switch and who holds the three duties. Security administrator. */
export async function getSeparation(viewer: Viewer): Promise<Separation> {
  assertCan(viewer, 'security.manage');
  const db = await getDb();
  return { on: await isDutiesSeparated(), holders: await countHolders(db) };
}

async function countHolders(db: Db | Tx): Promise<Separation['holders']> {
  const rows = await db
    .select({ role: users.role, n: count() })
    .from(users)
    .where(isNull(users.disabledAt))
    .groupBy(users.role);
  const of = (role: Role) => rows.find((r) => r.role === role)?.n ?? 0;
  return { admin: of('admin'), securityAdmin: of('securityAdmin'), auditAdmin: of('auditAdmin') };
}

/**
 * Turns 三员分立 on or off. On needs an active security and audit administrator to hand the duties to,
 * or no one could manage the policy or read the log. Takes effect on everyone's next request.
 */
export async function setSeparation(viewer: Viewer, on: boolean): Promise<Separation> {
  assertCan(viewer, 'security.manage');
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Serialises two administrators flipping the switch, and a demotion racing the check below.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${KEY}))`);
    const before = await isDutiesSeparated(tx);
    const holders = await countHolders(tx);
    if (on && (holders.securityAdmin === 0 || holders.auditAdmin === 0)) throw new DomainError('separationNeedsHolders');
    await tx
      .insert(appSettings)
      .values({ key: KEY, value: on })
      .onConflictDoUpdate({ target: appSettings.key, set: { value: on, updatedAt: sql`now()` } });
    if (before !== on) await writeAudit(tx, viewer, { action: 'update', entityType: 'setting', entityId: KEY, changes: { on: [before, on] } });
    return { on, holders };
  });
}

