/**
 * Which address a request came from, for per-address limits and the audit log (ASVS V16.2.1).
 *
 * `X-Forwarded-For` is whatever the client wrote unless a proxy we trust wrote it, and Next.js only fills
 * it in when it is missing. So the server stamps the socket's own address into PEER_HEADER on every
 * request (lib/peer-stamp.ts, overwriting anything a client sent under that name), and the forwarded
 * chain is believed only hop by hop from the right while each hop is a proxy named in TRUSTED_PROXIES.
 */
export const PEER_HEADER = 'x-crm-peer-address';

export function trustedProxies(): string[] {
  return (process.env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((s) => normalize(s.trim()))
    .filter(Boolean);
}

export function clientAddress(headers: { get(name: string): string | null }, trusted: string[] = trustedProxies()): string | null {
  const peer = headers.get(PEER_HEADER);
  if (!peer) return null;
  let address = normalize(peer);
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map((s) => normalize(s.trim())).filter(Boolean);
  while (trusted.includes(address) && forwarded.length) address = forwarded.pop()!;
  return address;
}

/** `::ffff:10.0.0.7` (an IPv4 client on a dual-stack socket) and `10.0.0.7` are one address. */
function normalize(address: string): string {
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}
