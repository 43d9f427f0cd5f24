import { openSession } from '@/db/queries/sessions';

/** What auth() returns for a signed-in user, backed by a real session row (tests fake only the cookie). */
export async function sessionOf(userId: string | null): Promise<{ user: { id: string; sid: string } } | null> {
  return userId ? { user: { id: userId, sid: await openSession(userId, '127.0.0.1') } } : null;
}
