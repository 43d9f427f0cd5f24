import 'server-only';
import { countMigrations, databaseKind, getDbHandle } from '@/db';

export type Health =
  | { status: 'ok'; db: 'postgres' | 'pglite'; migrations: number }
  | { status: 'unavailable'; db: 'postgres' | 'pglite'; reason: string };

const TIMEOUT_MS = 3000;

/** Whether the database answers now; no user data is read. */
export async function checkHealth(): Promise<Health> {
  try {
    const check = (async () => {
      const { db, kind } = await getDbHandle();
      return { status: 'ok' as const, db: kind, migrations: await countMigrations(db) };
    })();
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref());
    return await Promise.race([check, timeout]);
  } catch (error) {
    return { status: 'unavailable', db: databaseKind(), reason: (error as Error).message };
  }
}
