import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';

export const loginSchema = z.object({
  username: z.string().trim().toLowerCase().min(1, 'required').max(64, 'tooLong'),
  password: z.string().min(1, 'required').max(200, 'tooLong'),
  // The second step of a two-factor login: a 6-digit code or a recovery code; empty on the first step.
  code: z.string().trim().max(20, 'codeInvalid').default(''),
  // Only a path on this site, so the login form cannot be used to redirect elsewhere.
  callbackUrl: z
    .string()
    .max(2000)
    .regex(/^\/(?!\/)[^\s\\]*$/)
    .optional()
    .catch(undefined),
});

export const localeSchema = z.object({ locale: z.enum(LOCALES) });
