import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotpStep, newTotpSecret, otpauthUri, totp, totpStep } from './totp';

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890"; codes have 8 digits there.
const SEED = Buffer.from('12345678901234567890', 'ascii');
const RFC_6238_SHA1: [seconds: number, code: string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(RFC_6238_SHA1)('gives the RFC test vector at %i s', (seconds, code) => {
    expect(totp(SEED, seconds * 1000, 8)).toBe(code);
    // The 6-digit code the apps show is the same number modulo 10^6.
    expect(totp(SEED, seconds * 1000)).toBe(code.slice(2));
  });

  it('matches the RFC 6238 SHA-256 and SHA-512 vectors too (the HOTP core is generic)', () => {
    expect(totp(Buffer.from('12345678901234567890123456789012', 'ascii'), 59_000, 8, 'sha256')).toBe('46119246');
    expect(totp(Buffer.from('1234567890123456789012345678901234567890123456789012345678901234', 'ascii'), 59_000, 8, 'sha512')).toBe('90693936');
  });

  it('gives the RFC 4226 HOTP vectors', () => {
    const codes = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    expect(codes.map((_, counter) => hotp(SEED, counter))).toEqual(codes);
  });

  it('steps every 30 seconds', () => {
    expect(totpStep(0)).toBe(0);
    expect(totpStep(29_999)).toBe(0);
    expect(totpStep(30_000)).toBe(1);
  });

  it('accepts the code of the previous, current and next step and names the step; refuses others', () => {
    const now = 1_700_000_000_000;
    const step = totpStep(now);
    for (const offset of [-1, 0, 1]) expect(matchTotpStep(SEED, hotp(SEED, step + offset), now)).toBe(step + offset);
    expect(matchTotpStep(SEED, hotp(SEED, step - 2), now)).toBeNull();
    expect(matchTotpStep(SEED, hotp(SEED, step + 2), now)).toBeNull();
    expect(matchTotpStep(SEED, '12345', now)).toBeNull();
    expect(matchTotpStep(SEED, 'abcdef', now)).toBeNull();
  });
});

describe('base32 (RFC 4648)', () => {
  it.each([
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ])('encodes %j as %s and back', (plain, encoded) => {
    expect(base32Encode(Buffer.from(plain))).toBe(encoded);
    expect(base32Decode(encoded).toString()).toBe(plain);
  });

  it('reads a secret as people type it: lower case, grouped, padded', () => {
    expect(base32Decode('mzxw 6ytb-oi======').toString()).toBe('foobar');
    expect(() => base32Decode('MZXW1')).toThrow();
  });

  it('makes 160-bit secrets that decode to 20 bytes', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(newTotpSecret()).not.toBe(secret);
  });
});

describe('otpauthUri', () => {
  it('names issuer and account, SHA1, 6 digits, 30 s, in ASCII', () => {
    const uri = otpauthUri({ issuer: '产业链招商', account: 'admin', secret: 'JBSWY3DPEHPK3PXP' });
    expect(uri).toMatch(/^otpauth:\/\/totp\/%E4%BA%A7%E4%B8%9A%E9%93%BE%E6%8B%9B%E5%95%86:admin\?/);
    const params = new URL(uri).searchParams;
    expect(Object.fromEntries(params)).toEqual({ secret: 'JBSWY3DPEHPK3PXP', issuer: '产业链招商', algorithm: 'SHA1', digits: '6', period: '30' });
    expect(/^[\x21-\x7e]+$/.test(uri)).toBe(true);
  });
});
