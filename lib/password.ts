import bcrypt from 'bcryptjs';

// bcrypt cost 10 ≈ 70 ms per hash here: slow enough against offline guessing, fast enough for logins.
const COST = 10;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

/** Compared against when the username does not exist, so both cases take the same time. */
export const TIMING_DUMMY_HASH = '$2b$10$BcKXXWAjBla/AWSqwiePUeYjK9Q.9oKAUjz0RXkF52RmtqJen8Lvi';
