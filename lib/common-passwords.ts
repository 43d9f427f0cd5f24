import fs from 'node:fs';
import path from 'node:path';

// Read from the project folder, like the migrations (db/index.ts): the server and the scripts both run there.
const FILE = path.join(process.cwd(), 'lib', 'common-passwords.txt');

let list: Set<string> | undefined;

/** The shipped list, read once per process (a few thousand entries, ~70 KB). */
function commonPasswords(): Set<string> {
  list ??= new Set(
    fs
      .readFileSync(FILE, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#')),
  );
  return list;
}

/**
 * True when the password is on the list, compared lower-cased, or is a listed one with symbols sprinkled in
 * ("Woaini1314!", "a.123456"): adding a symbol to a favourite is exactly what a complexity rule invites.
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const common = commonPasswords();
  return common.has(lower) || common.has(lower.replace(/[^\p{L}\p{N}]/gu, ''));
}
