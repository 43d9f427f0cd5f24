import { DbStartupError, getDbHandle, pgliteDir } from '@/db';
import { demoMissing, seedDemo } from '@/db/seed/demo';
import { ensureAuthSecret } from '@/lib/auth-secret';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@/lib/demo-logins';
import { stampPeerAddresses } from '@/lib/peer-stamp';

/**
 * Runs once per server process before it answers requests: secret, database + migrations, and on the
 * embedded database the demo data on first start. Any failure is one clear line and exit 1, because a
 * server that started half-way would answer 500 to everything.
 */
export async function startServer(): Promise<void> {
  stampPeerAddresses();
  try {
    ensureAuthSecret();
    const { db, kind } = await getDbHandle();
    // Demo data is loaded automatically only into the embedded database; PostgreSQL gets it on request.
    if (kind === 'pglite' && (await demoMissing(db))) await seedDemo(db);
    if (!(await demoMissing(db))) printDemoLogins();
    console.log(`Database: ${kind === 'pglite' ? `embedded PGlite in ${pgliteDir()}` : 'PostgreSQL (DATABASE_URL)'}, migrations applied.`);
  } catch (error) {
    const message = error instanceof DbStartupError || error instanceof Error ? error.message : String(error);
    console.error(`Cannot start: ${message}`);
    process.exit(1);
  }
}

function printDemoLogins(): void {
  const rows = DEMO_LOGINS.map((l) => `  ${l.username.padEnd(10)} ${l.role.padEnd(13)} ${l.displayName}${l.team ? ` · ${l.team}` : ''}${l.department ? ` · ${l.department}` : ''}`);
  console.log(`Demo logins (password ${DEMO_PASSWORD}):\n${rows.join('\n')}`);
}
