import { expect } from 'vitest';

/** Checks a download route's refusal — its status, never cached — and hands back its JSON body for the caller's check. */
export async function refusalBody(response: Response, status: number): Promise<unknown> {
  expect(response.status).toBe(status);
  expect(response.headers.get('cache-control')).toBe('private, no-store');
  return response.json();
}
