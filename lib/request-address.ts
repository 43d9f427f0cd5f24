import 'server-only';
import { headers } from 'next/headers';
import { clientAddress } from './client-address';

/** The current request's client address (lib/client-address.ts), or null outside a request. */
export async function requestAddress(): Promise<string | null> {
  return clientAddress(await headers());
}
