// Applies the committed migrations in drizzle/ to DATABASE_URL (or the embedded database) and exits.
import { closeDb, getDbHandle } from '../db';
import { runScript } from './run-script';

runScript(async () => {
  const { kind } = await getDbHandle();
  console.log(`Migrations applied (${kind}).`);
  await closeDb();
});
