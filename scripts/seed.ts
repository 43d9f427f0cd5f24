// npm run db:seed -- --demo : loads the demo zone (teams and demo logins) into the configured database.
// Idempotent: what already exists is left untouched.
import { closeDb, getDb } from '../db';
import { seedDemo } from '../db/seed/demo';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../lib/demo-logins';
import { runScript } from './run-script';

runScript(async () => {
  if (!process.argv.includes('--demo')) {
    throw new Error('Nothing to do: pass --demo to load the demo data (npm run db:seed -- --demo).');
  }
  await seedDemo(await getDb());
  console.log(`Demo data loaded. Logins (password ${DEMO_PASSWORD}): ${DEMO_LOGINS.map((l) => l.username).join(', ')}`);
  await closeDb();
});
