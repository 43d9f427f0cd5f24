import 'server-only';
import { auth } from '@/lib/auth';

/** The user id in the signed session cookie, or null. Who that user is *now* is read from the database. */
export async function getSessionUserId(): Promise<string | null> {
  const session = await auth();
  return session?.user?.id ?? null;
}
