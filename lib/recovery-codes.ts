import crypto from 'node:crypto';
import { serverKey } from './secret-box';

/** How many one-time recovery codes an enrolment hands out. */
export const RECOVERY_CODE_COUNT = 10;

// No 0/o, 1/l/i: the codes are read off paper. 31 symbols × 10 characters ≈ 49 bits each.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const LENGTH = 10;

/** Fresh codes as shown to the user once: `xxxxx-xxxxx`. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: LENGTH }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** As typed: any case, with or without the dash or spaces. */
export function normalizeRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]/g, '');
}

/** Whether the login's code field holds a recovery code rather than a 6-digit authenticator code. */
export function isRecoveryCodeShape(input: string): boolean {
  const code = normalizeRecoveryCode(input);
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c));
}

/**
 * What the database keeps of a code: an HMAC under a key derived from AUTH_SECRET. The codes are
 * random, so a slow hash adds nothing; the key means a stolen table alone cannot be searched offline.
 */
export function hashRecoveryCode(input: string): string {
  return crypto.createHmac('sha256', serverKey('recovery-code')).update(normalizeRecoveryCode(input)).digest('hex');
}
