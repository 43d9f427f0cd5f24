import http from 'node:http';
import { PEER_HEADER } from './client-address';

/**
 * Writes each request's socket address into PEER_HEADER before Next.js sees the request, replacing any
 * value the client sent. Route handlers and Server Actions only see headers, never the socket, and
 * Next.js keeps a client's own `X-Forwarded-For`, so this is the one address a client cannot choose.
 * Requests that reach the server before startup has run this carry no stamp and count as "unknown".
 */
export function stampPeerAddresses(): void {
  const proto = http.Server.prototype as http.Server & { __peerStamped?: boolean };
  if (proto.__peerStamped) return;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? '';
    }
    return (emit as (event: string | symbol, ...args: unknown[]) => boolean).call(this, event, ...args);
  } as typeof proto.emit;
  proto.__peerStamped = true;
}
