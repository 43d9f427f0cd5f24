import { z } from 'zod';

/** A required single-line text: trimmed, with the `required` message when empty. */
export const requiredText = (max = 100) => z.string().trim().min(1, 'required').max(max, 'tooLong');
export const optionalText = (max = 100) => z.string().trim().max(max, 'tooLong').default('');

/** Form selects send '' for "none". */
export const optionalUuid = z.preprocess((v) => (v === '' || v == null ? null : v), z.uuid('invalidChoice').nullable());

/** The version the form was loaded with, for "changed by someone else" detection. */
export const versionField = z.coerce.number().int().positive();

export const password = z.string().min(8, 'passwordTooShort').max(200, 'tooLong');
