import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';

export const loginSchema = z.object({
  username: z.string().trim().toLowerCase().min(1, 'required').max(64, 'tooLong'),
  password: z.string().min(1, 'required').max(200, 'tooLong'),
  // Only a path on this site, so the login form cannot be used to redirect elsewhere.
  callbackUrl: z
    .string()
    .max(2000)
    .regex(/^\/(?!\/)[^\s\\]*$/)
    .optional()
    .catch(undefined),
});

export const localeSchema = z.object({ locale: z.enum(LOCALES) });
