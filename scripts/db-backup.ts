// npm run db:backup [-- --out DIR | DIR] : writes a timestamped backup of the configured database into DIR
// (default ./backups): pg_dump custom format with DATABASE_URL, else a tarball of the embedded database.
import { parseArgs } from 'node:util';
import { backupDatabase, configuredTarget } from '../db/backup';
import { runScript } from './run-script';

runScript(async () => {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
  const { file, bytes } = await backupDatabase(configuredTarget(), values.out ?? positionals[0] ?? 'backups');
  console.log(`Backup written: ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
});
