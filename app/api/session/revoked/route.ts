import { redirect } from 'next/navigation';
import { signOut } from '@/lib/auth';
import { getSession } from '@/lib/viewer';

/**
 * Where a page sends a session whose user was disabled or removed: clears the cookie and shows the
 * login page with a notice. A valid session is left alone, so a link here cannot log anyone out.
 */
export async function GET() {
  if (await getSession()) redirect('/dashboard');
  await signOut({ redirectTo: '/login?reason=revoked' });
}
