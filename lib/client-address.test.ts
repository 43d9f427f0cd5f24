import { describe, expect, it } from 'vitest';
import { clientAddress, PEER_HEADER } from './client-address';

const request = (peer: string | null, forwarded?: string) => new Headers([...(peer !== null ? [[PEER_HEADER, peer]] : []), ...(forwarded ? [['x-forwarded-for', forwarded]] : [])] as [string, string][]);

describe('clientAddress', () => {
  it('is the socket address when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress(request('10.1.2.3', '1.1.1.1'), [])).toBe('10.1.2.3');
    expect(clientAddress(request('::ffff:10.1.2.3'), [])).toBe('10.1.2.3');
  });

  it('is the last hop before a trusted proxy, so a client cannot choose it by writing the header itself', () => {
    const proxy = ['10.0.0.1'];
    expect(clientAddress(request('10.0.0.1', '10.9.9.9'), proxy)).toBe('10.9.9.9');
    // The client wrote 1.1.1.1 itself; the proxy appended the address it saw.
    expect(clientAddress(request('10.0.0.1', '1.1.1.1, 10.9.9.9'), proxy)).toBe('10.9.9.9');
  });

  it('walks back through a chain of trusted proxies only', () => {
    expect(clientAddress(request('10.0.0.1', '1.1.1.1, 10.9.9.9, 10.0.0.2'), ['10.0.0.1', '10.0.0.2'])).toBe('10.9.9.9');
  });

  it('does not trust X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddress(request('10.5.5.5', '10.9.9.9'), ['10.0.0.1'])).toBe('10.5.5.5');
  });

  it('is unknown without the server stamp', () => {
    expect(clientAddress(request(null, '1.1.1.1'), [])).toBeNull();
  });
});
