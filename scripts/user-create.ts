// npm run user:create [-- --username admin --name "系统管理员" --role admin --password ...]
// Creates a login directly in the database, e.g. the first admin of a real installation.
// Missing values are asked for interactively.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { closeDb, getDb } from '../db';
import { isUniqueViolation } from '../db/queries/pg-errors';
import { createUserDirect } from '../db/seed/create-user';
import { DomainError } from '../lib/errors';
import { userCreateSchema } from '../lib/validation/users';
import en from '../messages/en.json';
import { runScript } from './run-script';

runScript(async () => {
  const { values } = parseArgs({
    options: { username: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' } },
  });
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  // Without a terminal (CI, provisioning scripts) a missing flag is an error, not a silent wait.
  const ask = async (flag: string, question: string, fallback = '') => {
    const given = values[flag as keyof typeof values];
    if (given !== undefined) return given;
    if (!process.stdin.isTTY) {
      if (fallback) return fallback;
      throw new Error(`Missing --${flag} (no terminal to ask on).`);
    }
    return (await rl.question(question)).trim() || fallback;
  };
  const raw = {
    username: await ask('username', 'Username: '),
    displayName: await ask('name', 'Display name: '),
    role: await ask('role', 'Role (admin/leader/liaison) [admin]: ', 'admin'),
    password: await ask('password', 'Password (8–128 characters; letters, digits and symbols): '),
    teamId: '',
  };
  rl.close();
  const parsed = userCreateSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Not created: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  if (parsed.data.role === 'officer') throw new Error('Not created: officers need a team; create them in the app under 系统管理.');
  const { id } = await createUserDirect(await getDb(), parsed.data).catch((error) => {
    if (isUniqueViolation(error, 'users_username_key')) throw new Error(`Not created: the username "${parsed.data.username}" is taken.`);
    // The 等保 password rules (/admin/security), in the words the app uses.
    if (error instanceof DomainError) throw new Error(`Not created: ${error.field ?? 'password'}: ${(en.errors as Record<string, string>)[error.code] ?? error.code}`);
    throw error;
  });
  console.log(`Created ${parsed.data.role} "${parsed.data.username}" (${id}).`);
  await closeDb();
});
