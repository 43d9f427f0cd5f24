'use server';
import { cookies } from 'next/headers';
import { signOut } from '@/lib/auth';
import { definePublicAction } from '@/lib/action';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { localeSchema } from '@/lib/validation/auth';

/** Keeps the chosen UI language for a year; works before login too. */
export const setLocale = definePublicAction(localeSchema, async ({ locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 60 * 60, sameSite: 'lax' });
  return { locale };
});

/** Ends the session; harmless for a visitor without one. */
export async function logout(): Promise<void> {
  await signOut({ redirectTo: '/login' });
}
