import { z } from 'zod';
import { CHAIN_ACTIONS, ENTERPRISE_SCALES, ENTERPRISE_TAGS } from '@/db/schema/enterprises';
import { checkUscc, normalizeUscc } from '@/lib/uscc';
import { checkbox, multiValue, optionalEnum, optionalNumber, optionalText, optionalUuid, requiredText, searchText, versionField } from './fields';

const USCC_MESSAGES = { length: 'usccLength', character: 'usccCharacter', checksum: 'usccChecksum' } as const;

/** An optional USCC: normalised (upper-case, half-width); when given it must pass the GB 32100 checks. */
export const usccField = z.preprocess(
  (v) => (typeof v === 'string' ? normalizeUscc(v) || null : v ?? null),
  z
    .string()
    .max(40, 'usccLength')
    .nullable()
    .superRefine((code, ctx) => {
      const problem = code ? checkUscc(code) : null;
      if (problem) ctx.addIssue({ code: 'custom', message: USCC_MESSAGES[problem] });
    }),
);

/** Chinese mainland mobile: 11 digits starting 13–19. */
export const mobileField = z.string().trim().max(11, 'mobileFormat').regex(/^$|^1[3-9]\d{9}$/, 'mobileFormat').default('');

export const enterpriseFields = {
  name: requiredText(100),
  uscc: usccField,
  province: optionalText(20),
  city: optionalText(20),
  industry: optionalText(50),
  chainId: optionalUuid,
  nodeId: optionalUuid,
  chainAction: optionalEnum(CHAIN_ACTIONS),
  tags: multiValue(z.enum(ENTERPRISE_TAGS, 'invalidChoice'), ENTERPRISE_TAGS.length),
  // 万元; 1e10 万元 is far beyond any firm, so larger numbers are typing mistakes.
  registeredCapital: optionalNumber(1e10),
  scale: optionalEnum(ENTERPRISE_SCALES),
  website: optionalText(200),
  address: optionalText(200),
  intro: optionalText(2000),
  source: optionalText(50),
  // Only admins choose the team; an officer's enterprises always belong to their own team.
  teamId: optionalUuid,
};

export const enterpriseCreateSchema = z.object(enterpriseFields);
export type EnterpriseCreateInput = z.output<typeof enterpriseCreateSchema>;
export const enterpriseUpdateSchema = z.object({ id: z.uuid('notFound'), version: versionField, ...enterpriseFields });
export type EnterpriseUpdateInput = z.output<typeof enterpriseUpdateSchema>;
export const enterpriseVersionSchema = z.object({ id: z.uuid('notFound'), version: versionField });
export const enterpriseMergeSchema = z.object({ survivorId: z.uuid('notFound'), duplicateId: z.uuid('notFound') });
export const duplicateCheckSchema = z.object({ name: searchText(100).default(''), uscc: searchText(40).default(''), excludeId: optionalUuid.optional() });

export const ENTERPRISE_SORTS = ['created', 'name', 'capital'] as const;
export type EnterpriseSort = (typeof ENTERPRISE_SORTS)[number];

/** The list filters as they appear in the URL; unknown values are dropped, never an error page. */
export const enterpriseFilterSchema = z.object({
  q: searchText(50).optional().catch(undefined),
  chainId: z.uuid().optional().catch(undefined),
  nodeId: z.uuid().optional().catch(undefined),
  action: z.enum(CHAIN_ACTIONS).optional().catch(undefined),
  tag: z.enum(ENTERPRISE_TAGS).optional().catch(undefined),
  province: searchText(20).optional().catch(undefined),
  city: searchText(20).optional().catch(undefined),
  teamId: z.uuid().optional().catch(undefined),
  // Whether some team courts it (an active lead), and which team.
  lead: z.enum(['active', 'none']).optional().catch(undefined),
  followTeamId: z.uuid().optional().catch(undefined),
  sort: z.enum(ENTERPRISE_SORTS).optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined),
  deleted: z.literal('1').optional().catch(undefined),
});
export type EnterpriseFilter = z.output<typeof enterpriseFilterSchema>;

const contact = {
  name: requiredText(30),
  title: optionalText(50),
  mobile: mobileField,
  phone: z.string().trim().max(20, 'phoneFormat').regex(/^$|^[0-9+\-\s()]{5,20}$/, 'phoneFormat').default(''),
  email: z.union([z.literal(''), z.email('emailFormat').max(100, 'tooLong')]).default(''),
  wechat: optionalText(50),
  notes: optionalText(500),
  isPrimary: checkbox,
};

export const contactCreateSchema = z.object({ enterpriseId: z.uuid('notFound'), ...contact });
export type ContactCreateInput = z.output<typeof contactCreateSchema>;
export const contactUpdateSchema = z.object({ id: z.uuid('notFound'), version: versionField, ...contact });
export type ContactUpdateInput = z.output<typeof contactUpdateSchema>;
export const contactArchiveSchema = z.object({ id: z.uuid('notFound'), version: versionField });
