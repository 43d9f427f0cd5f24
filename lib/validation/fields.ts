import { z } from 'zod';

/** A required single-line text: trimmed, with the `required` message when empty. */
export const requiredText = (max = 100) => z.string().trim().min(1, 'required').max(max, 'tooLong');
export const optionalText = (max = 100) => z.string().trim().max(max, 'tooLong').default('');

/** Form selects send '' for "none". */
export const optionalUuid = z.preprocess((v) => (v === '' || v == null ? null : v), z.uuid('invalidChoice').nullable());

/** The version the form was loaded with, for "changed by someone else" detection. */
export const versionField = z.coerce.number().int().positive();

/** A desk or mobile number, optional. */
export const phone = z
  .string()
  .trim()
  .regex(/^$|^[0-9+\-\s]{5,20}$/, 'phoneFormat')
  .default('');

export const password = z.string().min(8, 'passwordTooShort').max(200, 'tooLong');

/** '' or absent → null, else the enum value. */
export const optionalEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === '' || v == null ? null : v), z.enum(values, 'invalidChoice').nullable());

/** A form number that may be left empty (→ null). */
export const optionalNumber = (max: number) =>
  z.preprocess((v) => (v === '' || v == null ? null : v), z.coerce.number('invalidNumber').min(0, 'negative').max(max, 'tooBig').nullable());

/** A multi-select: FormData gives a string for one value and an array for several. */
export const multiValue = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v == null || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item));

/** A checkbox: present ("on"/"true") or absent. */
export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());
