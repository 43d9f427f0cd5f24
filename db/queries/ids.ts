import { DomainError } from '@/lib/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from URLs and forms: a malformed one is "not found", not a database error. */
export function assertId(id: string): void {
  if (!UUID.test(id)) throw new DomainError('notFound');
}
