import 'server-only';
import { auth } from '@/lib/auth';

/** The user and session row named by the signed session cookie, or null. Whether it still stands is the database's call. */
export async function getSessionClaims(): Promise<{ userId: string; sessionId: string } | null> {
  const session = await auth();
  const userId = session?.user?.id;
  const sessionId = session?.user?.sid;
  return userId && sessionId ? { userId, sessionId } : null;
}

