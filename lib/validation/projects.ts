import { z } from 'zod';
import { presentParams, type SearchParams } from '@/lib/search-params';
import { CHAIN_ACTIONS } from '@/db/schema/enterprises';
import { EVIDENCE_KINDS, FUNDS_SOURCES, PROJECT_KINDS, PROJECT_STATUSES } from '@/db/schema/projects';
import { day, optionalDay, optionalNumber, optionalText, optionalUuid, requiredText, searchText, versionField } from './fields';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
// 万元: up to 1,000 亿元 per project, cents at most.
const wan = z.coerce.number('invalidNumber').positive('positive').max(1e7, 'tooBig').multipleOf(0.01, 'tooPrecise');

/** What the agreement says: the fields of the signing form and of 编辑项目信息, with the same rules. */
const agreementFields = {
  agreementName: requiredText(200),
  signedOn: day,
  occasion: optionalText(50),
  kind: z.enum(PROJECT_KINDS, 'invalidChoice'),
  contractedInvestment: wan,
  fixedAssetInvestment: optionalNumber(1e7),
  landArea: optionalNumber(1e6),
  expectedJobs: z.preprocess((v) => (v === '' || v == null ? null : v), z.coerce.number('invalidNumber').int('invalidNumber').min(0, 'negative').max(1e6, 'tooBig').nullable()),
  expectedOutput: optionalNumber(1e8),
};

/** The fixed-asset part of an investment cannot exceed the whole of it. */
function fixedAboveContracted(v: { contractedInvestment: number; fixedAssetInvestment: number | null }, ctx: z.RefinementCtx) {
  if (v.fixedAssetInvestment !== null && v.fixedAssetInvestment > v.contractedInvestment) ctx.addIssue({ code: 'custom', path: ['fixedAssetInvestment'], message: 'fixedAboveContracted' });
}

/** The signing form: what the agreement says. The lead must be in 深度洽谈 (checked in db/). */
export const signSchema = z
  .object({
    leadId: z.uuid('notFound'),
    version: versionField,
    ...agreementFields,
    plannedStartOn: optionalDay,
    plannedProductionOn: optionalDay,
  })
  .superRefine((v, ctx) => {
    fixedAboveContracted(v, ctx);
    if (v.plannedStartOn && v.plannedProductionOn && v.plannedProductionOn < v.plannedStartOn) ctx.addIssue({ code: 'custom', path: ['plannedProductionOn'], message: 'productionBeforeStart' });
  });
export type SignInput = z.output<typeof signSchema>;

/** 编辑项目信息: corrects what the agreement says, at the version the form loaded. */
export const projectUpdateSchema = z.object({ id: z.uuid('notFound'), version: versionField, ...agreementFields }).superRefine(fixedAboveContracted);
export type ProjectUpdateInput = z.output<typeof projectUpdateSchema>;

const fundsFields = { receivedOn: day, amount: wan, source: z.enum(FUNDS_SOURCES, 'invalidChoice'), note: optionalText(200) };
export const fundsCreateSchema = z.object({ projectId: z.uuid('notFound'), ...fundsFields });
export type FundsCreateInput = z.output<typeof fundsCreateSchema>;
export const fundsUpdateSchema = z.object({ id: z.uuid('notFound'), version: versionField, ...fundsFields });
export type FundsUpdateInput = z.output<typeof fundsUpdateSchema>;
export const fundsDeleteSchema = z.object({ id: z.uuid('notFound'), version: versionField });

export const milestoneUpdateSchema = z.object({
  id: z.uuid('notFound'),
  version: versionField,
  plannedOn: optionalDay,
  actualOn: optionalDay,
  progress: z.coerce.number('invalidNumber').int('invalidNumber').min(0, 'negative').max(100, 'tooBig'),
  notes: optionalText(2000),
});
export type MilestoneUpdateInput = z.output<typeof milestoneUpdateSchema>;
export const milestoneVerifySchema = z.object({ id: z.uuid('notFound'), version: versionField });

export const evidenceUploadSchema = z.object({
  projectId: z.uuid('notFound'),
  milestoneId: optionalUuid,
  kind: z.enum(EVIDENCE_KINDS, 'invalidChoice'),
  file: z.instanceof(File, { message: 'required' }).refine((f) => f.size > 0, 'required'),
});
export const evidenceDeleteSchema = z.object({ projectId: z.uuid('notFound'), id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export const PROJECT_SORTS = ['signed', 'amount'] as const;
export const PROJECT_VIEWS = ['board', 'table'] as const;

/** The wall chart's filters, as they appear in the URL and in the export link. */
const filterFields = {
  year: z.coerce.number('invalidNumber').int('invalidNumber').min(2000, 'outOfRange').max(2100, 'outOfRange'),
  fromMonth: z.string().regex(MONTH, 'monthFormat'),
  toMonth: z.string().regex(MONTH, 'monthFormat'),
  chainId: z.uuid('invalidChoice'),
  nodeId: z.uuid('invalidChoice'),
  action: z.enum(CHAIN_ACTIONS, 'invalidChoice'),
  teamId: z.uuid('invalidChoice'),
  ownerId: z.uuid('invalidChoice'),
  major: z.enum(['1', '0'], 'invalidChoice'),
  status: z.enum(PROJECT_STATUSES, 'invalidChoice'),
  occasion: searchText(50),
};
const withoutEmpty = (v: unknown) => (v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== '' && x !== undefined)) : v);

/** For the export: a bad value is a 400 naming the field, never silently dropped (the list sent upward must be what was asked). */
export const projectExportFilterSchema = z.preprocess(
  withoutEmpty,
  z
    .object(filterFields)
    .partial()
    .extend({ format: z.enum(['xlsx', 'csv'], 'invalidChoice') }),
);

const pageFilterSchema = z.object(filterFields).partial().extend({
  view: z.enum(PROJECT_VIEWS),
  sort: z.enum(PROJECT_SORTS),
  after: z.string().max(200),
}).partial();
export type ProjectFilter = Omit<z.output<typeof pageFilterSchema>, 'view'>;

/** For the page: a hand-edited bad value is dropped, as on the other lists; the rest still applies. */
export function parseProjectFilter(params: SearchParams): z.output<typeof pageFilterSchema> {
  const raw = presentParams(params);
  const first = pageFilterSchema.safeParse(raw);
  if (first.success) return first.data;
  const bad = new Set(first.error.issues.map((i) => String(i.path[0])));
  return pageFilterSchema.parse(Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k))));
}
