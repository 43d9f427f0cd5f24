import crypto from 'node:crypto';

/**
 * Keys for secrets the database keeps on the server's behalf, derived (HKDF-SHA-256) from AUTH_SECRET,
 * one per purpose: a copy of the database alone opens none of them. Changing AUTH_SECRET therefore
 * voids every enrolled authenticator and recovery code (an admin resets two-factor login per user).
 */
export function serverKey(purpose: 'totp-secret' | 'recovery-code'): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set');
  return Buffer.from(crypto.hkdfSync('sha256', secret, 'chain-crm', purpose, 32));
}

const VERSION = 'v1';

/** AES-256-GCM with a fresh 96-bit nonce: `v1.<nonce>.<tag>.<ciphertext>`, base64url parts. */
export function sealSecret(plain: string): string {
  const nonce = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', serverKey('totp-secret'), nonce);
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, nonce, cipher.getAuthTag(), sealed].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/** The plain secret; throws when the value was altered or sealed under another AUTH_SECRET. */
export function openSecret(sealed: string): string {
  const [version, nonce, tag, data] = sealed.split('.');
  if (version !== VERSION || !nonce || !tag || data === undefined) throw new Error('Not a sealed secret');
  const decipher = crypto.createDecipheriv('aes-256-gcm', serverKey('totp-secret'), Buffer.from(nonce, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}
