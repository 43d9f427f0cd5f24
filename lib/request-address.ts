import 'server-only';
import { headers } from 'next/headers';
import { clientAddress } from './client-address';

/** The current request's client address (lib/client-address.ts); null outside a request (scripts, tests, the seed). */
export async function requestAddress(): Promise<string | null> {
  let requestHeaders: Headers;
  try {
    requestHeaders = await headers();
  } catch {
    return null;
  }
  return clientAddress(requestHeaders);
}
