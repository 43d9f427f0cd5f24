import 'server-only';
import { and, count, eq, inArray, isNull, min, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { appSettings, auditLogs, userTwoFactor, users } from '@/db/schema';
import { readSecurityPolicy, SECURITY_POLICY_KEY } from '@/db/security-policy';
import { DomainError } from '@/lib/errors';
import { mergeSecurityPolicy, TWO_FACTOR_ROLES, type SecurityPolicy } from '@/lib/security-policy';
import type { SecurityPolicyInput } from '@/lib/validation/security-policy';
import { diff, writeAudit } from './audit';
import { assertCan, type Viewer } from './viewer';

/** The 等保 policy in force and its version (for the form's conflict check). Security admins only. */
export async function getSecurityPolicy(viewer: Viewer): Promise<SecurityPolicy & { version: number }> {
  assertCan(viewer, 'security.manage');
  return readSecurityPolicy(await getDb());
}

/**
 * Saves the policy: a stale version (another admin saved first) is refused; the audit row holds every
 * changed setting as old → new. It applies from the next request of every session (db/queries/sessions.ts).
 */
export async function updateSecurityPolicy(viewer: Viewer, input: SecurityPolicyInput): Promise<{ version: number }> {
  assertCan(viewer, 'security.manage');
  const { version, ...policy } = input;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, SECURITY_POLICY_KEY)).for('update');
    const { version: current, ...before } = mergeSecurityPolicy(row?.value);
    if (current !== version) throw new DomainError('conflict');
    const value = { ...policy, version: version + 1 };
    if (row) {
      await tx.update(appSettings).set({ value, updatedAt: sql`now()` }).where(eq(appSettings.key, SECURITY_POLICY_KEY));
    } else {
      // First save: two admins saving at once both find no row to lock; the unique key lets one in.
      const inserted = await tx.insert(appSettings).values({ key: SECURITY_POLICY_KEY, value }).onConflictDoNothing().returning({ key: appSettings.key });
      if (!inserted.length) throw new DomainError('conflict');
    }
    await writeAudit(tx, viewer, { action: 'update', entityType: 'securityPolicy', entityId: SECURITY_POLICY_KEY, changes: diff(before, policy) });
    return { version: version + 1 };
  });
}

export interface AuditRetentionFacts {
  oldestAt: Date | null;
  /** Whole days since the oldest row: how much history the log holds now. */
  keptDays: number;
  /** Exact below ESTIMATE_FROM rows; above, PostgreSQL's own estimate (counting millions of rows for a settings page is not worth it). */
  rows: number;
  estimated: boolean;
}

const ESTIMATE_FROM = 100_000;

/** How far back the audit log reaches and how many rows it holds, for the retention setting. Security admins only. */
export async function getAuditRetentionFacts(viewer: Viewer): Promise<AuditRetentionFacts> {
  assertCan(viewer, 'security.manage');
  const db = await getDb();
  // min(at) is one step down audit_logs_at_idx; reltuples is -1 until the table was first analysed.
  const [[oldest], estimate] = await Promise.all([
    db.select({ at: min(auditLogs.at), keptDays: sql<number>`coalesce(floor(extract(epoch from now() - min(${auditLogs.at})) / 86400), 0)::int` }).from(auditLogs),
    db.execute<{ rows: number }>(sql`select greatest(reltuples, 0)::float8 as rows from pg_class where oid = 'audit_logs'::regclass`),
  ]);
  const estimated = Number(estimate.rows[0]?.rows ?? 0);
  if (estimated >= ESTIMATE_FROM) return { oldestAt: oldest.at, keptDays: oldest.keptDays, rows: Math.round(estimated), estimated: true };
  const [exact] = await db.select({ rows: count() }).from(auditLogs);
  return { oldestAt: oldest.at, keptDays: oldest.keptDays, rows: exact.rows, estimated: false };
}

/** Active users of the roles that must use two-factor login, and how many of them have not enrolled yet. Security admins only. */
export async function countTwoFactorCoverage(viewer: Viewer): Promise<{ required: number; missing: number }> {
  assertCan(viewer, 'security.manage');
  const db = await getDb();
  const [row] = await db
    .select({ required: count(), missing: sql<number>`count(*) filter (where ${userTwoFactor.confirmedAt} is null)::int` })
    .from(users)
    .leftJoin(userTwoFactor, eq(userTwoFactor.userId, users.id))
    .where(and(inArray(users.role, [...TWO_FACTOR_ROLES]), isNull(users.disabledAt)));
  return { required: row.required, missing: row.missing };
}
