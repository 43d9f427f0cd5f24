import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce } from './csp';

/** The policy as directive → sources, so each rule is checked on its own. */
function parse(policy: string): Map<string, string[]> {
  return new Map(policy.split('; ').map((directive) => {
    const [name, ...sources] = directive.split(' ');
    return [name, sources];
  }));
}

describe('content security policy', () => {
  const production = parse(contentSecurityPolicy('abc123==', { dev: false }));

  it('runs only scripts carrying this request’s nonce, and what they load', () => {
    expect(production.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
  });

  it('allows eval only in development, where React needs it for error stacks', () => {
    expect(parse(contentSecurityPolicy('n', { dev: true })).get('script-src')).toContain("'unsafe-eval'");
    expect(production.get('script-src')).not.toContain("'unsafe-eval'");
  });

  it('cannot be framed, rebased, posted elsewhere or embed plugins', () => {
    expect(production.get('frame-ancestors')).toEqual(["'none'"]);
    expect(production.get('base-uri')).toEqual(["'none'"]);
    expect(production.get('form-action')).toEqual(["'self'"]);
    expect(production.get('object-src')).toEqual(["'none'"]);
  });

  it('names no other host: the app runs on an isolated intranet', () => {
    for (const [name, sources] of production) {
      for (const source of sources) expect(source, name).toMatch(/^'[^']+'$/);
    }
    expect(production.get('script-src')).not.toContain("'unsafe-inline'");
  });
});

describe('nonce', () => {
  it('is 128 random bits in base64 and new every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
