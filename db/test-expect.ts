import { expect } from 'vitest';
import { DomainError } from '@/lib/errors';

/** Asserts the promise fails with the DomainError `code` (and `field`, when given). */
export async function expectDomainError(promise: Promise<unknown>, code: string, field?: string): Promise<void> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ code, ...(field ? { field } : {}) });
}
