import type { RateLimit } from '@/db/queries/rate-limits';

/**
 * Failed logins per client address: beyond the per-username lock (db/queries/auth.ts), this stops one
 * address from guessing across many usernames. Generous, because a whole office may share one NAT address.
 */
export const LOGIN_ADDRESS_LIMIT: RateLimit = { name: 'login-address', limit: Number(process.env.LOGIN_ADDRESS_LIMIT) || 30, windowSeconds: 15 * 60 };

/** Spreadsheet exports per user and hour: each one scans many rows, and bulk copying is what a thief would do. */
export const EXPORT_LIMIT: RateLimit = { name: 'export', limit: Number(process.env.EXPORT_LIMIT_PER_HOUR) || 30, windowSeconds: 60 * 60 };
