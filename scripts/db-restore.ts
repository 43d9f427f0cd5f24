// npm run db:restore -- FILE [--force] : replaces the configured database's contents with a backup from
// npm run db:backup. Refuses a database that holds data unless --force; then applies newer migrations.
import { parseArgs } from 'node:util';
import { closeDb, countMigrations, getDb } from '../db';
import { configuredTarget, restoreDatabase } from '../db/backup';
import { runScript } from './run-script';

runScript(async () => {
  const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new Error('Usage: npm run db:restore -- FILE [--force]');
  const { replaced } = await restoreDatabase(configuredTarget(), file, { force: values.force });
  const migrations = await countMigrations(await getDb());
  await closeDb();
  console.log(`Restored ${file} (${migrations} migrations applied).`);
  if (replaced) console.log(`The replaced embedded database is kept in ${replaced}; delete it when no longer needed.`);
});
