import { sql } from 'drizzle-orm';
import type { Tx } from '@/db';

/**
 * The audit log refuses UPDATE (drizzle/0010_security.sql) except for this one writer: the demo seed, which
 * dates the history it invents (e.g. "signed in March") inside its own transaction. The flag ends with it.
 */
export async function allowDemoBackdating(tx: Tx): Promise<void> {
  await tx.execute(sql`select set_config('crm.demo_backdating', 'on', true)`);
}
