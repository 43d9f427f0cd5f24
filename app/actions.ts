'use server';
import { cookies } from 'next/headers';
import { endSession } from '@/db/queries/sessions';
import { signOut } from '@/lib/auth';
import { definePublicAction } from '@/lib/action';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { requestAddress } from '@/lib/request-address';
import { getSessionClaims } from '@/lib/session';
import { localeSchema } from '@/lib/validation/auth';

/** Keeps the chosen UI language for a year; works before login too. */
export const setLocale = definePublicAction(localeSchema, async ({ locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 60 * 60, sameSite: 'lax' });
  return { locale };
});

/** Ends the session in the database (so a copy of the cookie is worthless too) and clears the cookie; harmless for a visitor without one. */
export async function logout(): Promise<void> {
  const claims = await getSessionClaims();
  if (claims) await endSession(claims.userId, claims.sessionId, await requestAddress());
  await signOut({ redirectTo: '/login' });
}
