import 'server-only';
import { getDb } from '@/db';
import { demoMissing } from '@/db/seed/demo';

/** True once the demo data was loaded into this database: the login page then lists the demo logins. */
export async function isDemoLoaded(): Promise<boolean> {
  return !(await demoMissing(await getDb()));
}
