import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { rateLimits } from '@/db/schema';

export interface RateLimit {
  /** e.g. `login-ip` or `export`. */
  name: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one hit against `limit` for `subject` in a single statement (safe across app processes) and
 * says whether it is over. A window that has run out starts again at this hit.
 */
export async function hitRateLimit(rule: RateLimit, subject: string): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const db = await getDb();
  const window = sql`make_interval(secs => ${rule.windowSeconds}::int)`;
  const inWindow = sql`${rateLimits.windowStartedAt} > now() - ${window}`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key: `${rule.name}:${subject}`, hits: 1, windowStartedAt: sql`now()` })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`case when ${inWindow} then ${rateLimits.hits} + 1 else 1 end`,
        windowStartedAt: sql`case when ${inWindow} then ${rateLimits.windowStartedAt} else now() end`,
      },
    })
    .returning({
      hits: rateLimits.hits,
      retryAfter: sql<number>`ceil(extract(epoch from ${rateLimits.windowStartedAt} + ${window} - now()))::int`,
    });
  return { allowed: row.hits <= rule.limit, retryAfterSeconds: Math.max(1, row.retryAfter) };
}

/** Whether `subject` is already over `limit`, without counting a hit (a login is refused before its password is checked). */
export async function isRateLimited(rule: RateLimit, subject: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ over: sql<boolean>`${rateLimits.hits} >= ${rule.limit} and ${rateLimits.windowStartedAt} > now() - make_interval(secs => ${rule.windowSeconds}::int)` })
    .from(rateLimits)
    .where(eq(rateLimits.key, `${rule.name}:${subject}`));
  return row?.over ?? false;
}
