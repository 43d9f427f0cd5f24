import { z } from 'zod';
import { MAX_INT4, optionalNumber, optionalUuid } from './fields';

const count = z.preprocess((v) => (v === '' || v == null ? null : v), z.coerce.number('invalidNumber').int('invalidNumber').min(0, 'negative').max(1e6, 'tooBig').nullable());
export const targetYear = z.coerce.number('invalidNumber').int('invalidNumber').min(2000, 'outOfRange').max(2100, 'outOfRange');

/** The measures a year's target may set; an empty field means "no target" (not zero). */
export const targetMeasures = {
  majorProjects: count,
  fundsInPlace: optionalNumber(1e9),
  signings: count,
  signingAmount: optionalNumber(1e9),
  newLeads: count,
  springStarts: count,
};
export type TargetMeasure = keyof typeof targetMeasures;
export const TARGET_MEASURES = Object.keys(targetMeasures) as TargetMeasure[];

/** One year's target for the zone (no team) or a team; version 0 creates it. */
export const targetSaveSchema = z.object({
  year: targetYear,
  teamId: optionalUuid,
  version: z.coerce.number().int().min(0).max(MAX_INT4),
  ...targetMeasures,
});
export type TargetSaveInput = z.output<typeof targetSaveSchema>;
