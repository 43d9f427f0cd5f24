import { afterEach, describe, expect, it, vi } from 'vitest';
import { hashRecoveryCode, isRecoveryCodeShape, newRecoveryCodes, normalizeRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes';
import { openSecret, sealSecret } from './secret-box';

afterEach(() => vi.unstubAllEnvs());

describe('sealed secrets', () => {
  it('open to what was sealed, and differ each time (fresh nonce)', () => {
    const a = sealSecret('JBSWY3DPEHPK3PXP');
    const b = sealSecret('JBSWY3DPEHPK3PXP');
    expect(a).not.toBe(b);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(openSecret(a)).toBe('JBSWY3DPEHPK3PXP');
    expect(openSecret(b)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuse an altered value and one sealed under another AUTH_SECRET', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXP');
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3], 'base64url');
    flipped[0] ^= 1;
    expect(() => openSecret([...parts.slice(0, 3), flipped.toString('base64url')].join('.'))).toThrow();
    expect(() => openSecret('plain')).toThrow('Not a sealed secret');
    vi.stubEnv('AUTH_SECRET', 'another-secret');
    expect(() => openSecret(sealed)).toThrow();
  });

  it('need AUTH_SECRET', () => {
    vi.stubEnv('AUTH_SECRET', '');
    expect(() => sealSecret('x')).toThrow('AUTH_SECRET is not set');
  });
});

describe('recovery codes', () => {
  it('come ten at a time, distinct, xxxxx-xxxxx without look-alike characters', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) {
      expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
      expect(isRecoveryCodeShape(code)).toBe(true);
    }
  });

  it('are read in any case, with or without the dash, and told apart from authenticator codes', () => {
    expect(normalizeRecoveryCode(' AbCde-FGhjk ')).toBe('abcdefghjk');
    expect(isRecoveryCodeShape('ABCDE FGHJK')).toBe(true);
    expect(isRecoveryCodeShape('123456')).toBe(false);
    expect(isRecoveryCodeShape('abcde-fghj0')).toBe(false);
  });

  it('are kept as a keyed hash that matches however the code is typed, and depends on AUTH_SECRET', () => {
    const hash = hashRecoveryCode('abcde-fghjk');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode('ABCDEFGHJK')).toBe(hash);
    expect(hashRecoveryCode('abcde-fghjm')).not.toBe(hash);
    vi.stubEnv('AUTH_SECRET', 'another-secret');
    expect(hashRecoveryCode('abcde-fghjk')).not.toBe(hash);
  });
});
