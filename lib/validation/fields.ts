import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/security-policy';

/**
 * PostgreSQL text cannot hold a NUL character, and jsonb (the audit log) no lone UTF-16 surrogate; no
 * form sends either, so they can only come from a forged or corrupted post.
 */
const UNSTORABLE = /[\u0000\p{Cs}]/u;
const storable = (text: z.ZodString) => text.refine((v) => !UNSTORABLE.test(v), 'invalid');

/** A search box's text: trimmed and bounded. */
export const searchText = (max: number) => storable(z.string().trim().max(max, 'tooLong'));

/** A required single-line text: trimmed, with the `required` message when empty. */
export const requiredText = (max = 100) => storable(z.string().trim().min(1, 'required').max(max, 'tooLong'));
export const optionalText = (max = 100) => storable(z.string().trim().max(max, 'tooLong')).default('');

/** Form selects send '' for "none". */
export const optionalUuid = z.preprocess((v) => (v === '' || v == null ? null : v), z.uuid('invalidChoice').nullable());

/** The largest value of a PostgreSQL integer column (versions, counts): beyond it the database would refuse the statement. */
export const MAX_INT4 = 2_147_483_647;

/** The version the form was loaded with, for "changed by someone else" detection; a save writes it plus one, which must still fit. */
export const versionField = z.coerce.number().int().positive().max(MAX_INT4 - 1);

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isRealDay = (v: string) => new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

/**
 * A real day (no 2026-02-30, which PostgreSQL's date type refuses), within the years the app knows.
 * Checks run on after a failed regex, so the refinements parse only what the regex let through.
 */
export const day = z
  .string()
  .max(10, 'dateFormat')
  .regex(DAY, 'dateFormat')
  .refine((v) => !DAY.test(v) || isRealDay(v), 'dateFormat')
  .refine((v) => !DAY.test(v) || (v >= '2000-01-01' && v <= '2100-12-31'), 'outOfRange');

/** A day that may be left empty (→ null). */
export const optionalDay = z.preprocess((v) => (v === '' || v == null ? null : v), day.nullable());

const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/;

/** A local date-time from <input type="datetime-local"> (read in Asia/Shanghai by the data layer): a real day and time. */
export const localDateTime = z
  .string()
  .max(16, 'dateFormat')
  .regex(LOCAL_TIME, 'dateFormat')
  .refine((v) => !LOCAL_TIME.test(v) || isRealDay(v.slice(0, 10)), 'dateFormat')
  .refine((v) => !LOCAL_TIME.test(v) || (v >= '2000-01-01' && v <= '2100-12-31T23:59'), 'outOfRange');

/** A desk or mobile number, optional. */
export const phone = z
  .string()
  .trim()
  .max(20, 'phoneFormat')
  .regex(/^$|^[0-9+\-\s]{5,20}$/, 'phoneFormat')
  .default('');

/**
 * A new password's bounds (8–128, lib/security-policy.ts); what it may contain (letters + digits + symbols,
 * not a common one, not the username) depends on the 等保 policy and is checked in the data layer.
 */
export const password = z.string().min(PASSWORD_MIN_LENGTH, 'passwordTooShort').max(PASSWORD_MAX_LENGTH, 'passwordTooLong');

/** '' or absent → null, else the enum value. */
export const optionalEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === '' || v == null ? null : v), z.enum(values, 'invalidChoice').nullable());

/** A form number that may be left empty (→ null). */
export const optionalNumber = (max: number) =>
  z.preprocess((v) => (v === '' || v == null ? null : v), z.coerce.number('invalidNumber').min(0, 'negative').max(max, 'tooBig').nullable());

/** A multi-select: FormData gives a string for one value and an array for several. */
export const multiValue = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess((v) => (v == null || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(max, 'tooLong'));

/** A checkbox: present ("on"/"true") or absent. */
export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());
