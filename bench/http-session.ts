import { eq } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import type { Db } from '@/db';
import { openSession } from '@/db/queries/sessions';
import { users } from '@/db/schema';

export const SESSION_COOKIE = 'authjs.session-token';

/**
 * The cookie Auth.js would set after this bench user logs in: a real user_sessions row (the app refuses a
 * cookie without one) and the claims lib/auth.config.ts puts in the JWT, signed with the server's secret.
 * The bench logins have no password, so the session is opened here rather than through the login form.
 */
export async function sessionCookie(db: Db, username: string, secret: string): Promise<string> {
  const [user] = await db.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.username, username));
  if (!user) throw new Error(`The bench user ${username} is missing: run \`npm run bench\` first to generate the bench data.`);
  const sid = await openSession(user.id, null);
  const token = await encode({ token: { sub: user.id, sid, name: user.name }, secret, salt: SESSION_COOKIE });
  return `${SESSION_COOKIE}=${token}`;
}
