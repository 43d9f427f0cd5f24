import 'server-only';
import { notFound } from 'next/navigation';
import { DomainError } from '@/lib/errors';

/** For pages: a record outside the viewer's scope (or a malformed id) renders the 404 page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'notFound') notFound();
    throw error;
  }
}
