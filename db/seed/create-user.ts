import type { Db } from '@/db';
import { auditLogs, users, type Role } from '@/db/schema';
import { hashPassword } from '@/lib/password';
import { assertPasswordAllowed } from '../security-policy';

/**
 * Creates a login outside the app (the first admin of a real installation), with a password the 等保
 * policy allows; whoever runs the script chose it, so no change is forced at first login. The app's own
 * user management goes through db/queries/users.ts with an admin viewer instead.
 */
export async function createUserDirect(
  db: Db,
  input: { username: string; displayName: string; role: Role; password: string },
): Promise<{ id: string }> {
  await assertPasswordAllowed(db, input.password, input.username);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ username: input.username, displayName: input.displayName, role: input.role, passwordHash })
      .returning({ id: users.id });
    await tx.insert(auditLogs).values({
      actorId: null,
      action: 'create',
      entityType: 'user',
      entityId: user.id,
      changes: { username: input.username, role: input.role, via: 'user:create' },
    });
    return user;
  });
}
