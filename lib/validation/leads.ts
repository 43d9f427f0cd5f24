import { z } from 'zod';
import { CHAIN_ACTIONS } from '@/db/schema/enterprises';
import { LEAD_PRIORITIES, LEAD_STAGES, SOURCE_METHODS } from '@/db/schema/leads';
import { checkbox, optionalEnum, optionalNumber, optionalText, optionalUuid, requiredText, searchText, versionField } from './fields';
import { mobileField, usccField } from './enterprises';

const month = z.preprocess((v) => (v === '' || v == null ? null : v), z.string().max(7, 'monthFormat').regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'monthFormat').nullable());

/** The lead form's fields, one schema each; the ledger import holds its rows to the same rules. */
export const leadFields = {
  projectName: requiredText(100),
  content: optionalText(2000),
  nodeId: optionalUuid,
  chainAction: optionalEnum(CHAIN_ACTIONS),
  // 万元 and 亩
  intendedInvestment: optionalNumber(1e10),
  landArea: optionalNumber(1e6),
  expectedJobs: z.preprocess((v) => (v === '' || v == null ? null : v), z.coerce.number('invalidNumber').int('invalidNumber').min(0, 'negative').max(1e6, 'tooBig').nullable()),
  sourceMethod: optionalEnum(SOURCE_METHODS),
  sourceDetail: optionalText(100),
  priority: z.enum(LEAD_PRIORITIES, 'invalidChoice').default('medium'),
  expectedSigningMonth: month,
};

/** A new lead for an existing enterprise, or with a new one typed inline (name and optional USCC). */
export const leadCreateSchema = z
  .object({
    ...leadFields,
    enterpriseId: optionalUuid,
    newEnterpriseName: optionalText(100),
    newEnterpriseUscc: usccField,
    // Leaders and admins choose the team; an officer's leads are their team's. Owner: anyone in that team.
    teamId: optionalUuid,
    ownerId: optionalUuid,
    // The user saw the 撞单 warning and saves anyway.
    acknowledgeConflict: checkbox,
  })
  .superRefine((v, ctx) => {
    if (!v.enterpriseId && !v.newEnterpriseName) ctx.addIssue({ code: 'custom', path: ['enterpriseId'], message: 'required' });
  });
export type LeadCreateInput = z.output<typeof leadCreateSchema>;

export const leadUpdateSchema = z.object({ id: z.uuid('notFound'), version: versionField, ...leadFields });
export type LeadUpdateInput = z.output<typeof leadUpdateSchema>;

export const leadStageSchema = z.object({ id: z.uuid('notFound'), version: versionField, stage: z.enum(LEAD_STAGES, 'invalidChoice'), reason: optionalText(500) });
export const leadAssignSchema = z.object({ id: z.uuid('notFound'), version: versionField, teamId: z.uuid('invalidChoice'), ownerId: z.uuid('invalidChoice') });
export const conflictResolveSchema = z.object({ enterpriseId: z.uuid('notFound'), note: requiredText(500) });
export const conflictCheckSchema = z.object({ enterpriseId: z.uuid('notFound'), teamId: optionalUuid.optional() });

export const LEAD_SORTS = ['activity', 'created', 'investment'] as const;
export const LEAD_VIEWS = ['board', 'table'] as const;

/** The /leads filters as they appear in the URL; unknown values are dropped. */
export const leadFilterSchema = z.object({
  view: z.enum(LEAD_VIEWS).optional().catch(undefined),
  q: searchText(50).optional().catch(undefined),
  stage: z.enum(LEAD_STAGES).optional().catch(undefined),
  chainId: z.uuid().optional().catch(undefined),
  nodeId: z.uuid().optional().catch(undefined),
  action: z.enum(CHAIN_ACTIONS).optional().catch(undefined),
  method: z.enum(SOURCE_METHODS).optional().catch(undefined),
  teamId: z.uuid().optional().catch(undefined),
  ownerId: z.uuid().optional().catch(undefined),
  minAmount: z.coerce.number().min(0).optional().catch(undefined),
  maxAmount: z.coerce.number().min(0).optional().catch(undefined),
  // Days without activity, e.g. 14 → last activity more than 14 days ago.
  idleDays: z.coerce.number().int().min(1).max(3650).optional().catch(undefined),
  stalled: z.literal('1').optional().catch(undefined),
  conflict: z.literal('1').optional().catch(undefined),
  sort: z.enum(LEAD_SORTS).optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined),
});
export type LeadFilter = z.output<typeof leadFilterSchema>;

export const intakeSubmitSchema = z.object({
  enterpriseName: requiredText(100),
  uscc: usccField,
  contactName: optionalText(30),
  contactPhone: mobileField,
  projectHint: requiredText(1000),
});
export type IntakeSubmitInput = z.output<typeof intakeSubmitSchema>;

export const intakeAcceptSchema = z.object({
  id: z.uuid('notFound'),
  version: versionField,
  teamId: z.uuid('invalidChoice'),
  ownerId: z.uuid('invalidChoice'),
  // An existing enterprise, or none to create one from the intake's name and USCC.
  enterpriseId: optionalUuid,
});
export const intakeDeclineSchema = z.object({ id: z.uuid('notFound'), version: versionField, reason: requiredText(500) });
