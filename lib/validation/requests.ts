import { z } from 'zod';
import { REQUEST_CATEGORIES, REQUEST_STATES, REQUEST_URGENCIES, SATISFACTIONS } from '@/db/schema/requests';
import { day, optionalDay, optionalText, optionalUuid, requiredText, versionField } from './fields';


/** What the officer writes down: the kind of problem, in their words, how urgent, which department, by when. */
const content = {
  category: z.enum(REQUEST_CATEGORIES, 'invalidChoice'),
  urgency: z.enum(REQUEST_URGENCIES, 'invalidChoice'),
  description: requiredText(2000),
  departmentId: z.uuid('required'),
  deadline: day,
};

/** 提出诉求 for an enterprise, or for one of its signed projects (the enterprise then follows from the project). */
export const requestCreateSchema = z
  .object({ enterpriseId: optionalUuid, projectId: optionalUuid, ...content })
  .superRefine((v, ctx) => {
    if (v.enterpriseId === null && v.projectId === null) ctx.addIssue({ code: 'custom', path: ['enterpriseId'], message: 'required' });
  });
export type RequestCreateInput = z.output<typeof requestCreateSchema>;

/** 修改诉求: while still 待分派, the officer may correct it, including the department. */
export const requestUpdateSchema = z.object({ id: z.uuid('notFound'), version: versionField, ...content });
export type RequestUpdateInput = z.output<typeof requestUpdateSchema>;

/** 受理 (with an optional note) by the department. */
export const requestAcceptSchema = z.object({ id: z.uuid('notFound'), version: versionField, note: optionalText(2000) });
export type RequestAcceptInput = z.output<typeof requestAcceptSchema>;

/** 办结: the department reports what it did. */
export const requestResolveSchema = z.object({ id: z.uuid('notFound'), version: versionField, result: requiredText(2000) });
export type RequestResolveInput = z.output<typeof requestResolveSchema>;

/** 确认: the officer records the enterprise's verdict; 不满意 reopens, optionally with a new deadline. */
export const requestConfirmSchema = z.object({
  id: z.uuid('notFound'),
  version: versionField,
  satisfaction: z.enum(SATISFACTIONS, 'required'),
  note: optionalText(2000),
  deadline: optionalDay,
});
export type RequestConfirmInput = z.output<typeof requestConfirmSchema>;

export const REQUEST_FILTER_STATES = ['open', 'overdue', ...REQUEST_STATES, 'all'] as const;
export type RequestFilterState = (typeof REQUEST_FILTER_STATES)[number];

/** The list's filters as they come from the URL; anything malformed is ignored (the state defaults to open). */
export const requestFilterSchema = z.object({
  state: z.enum(REQUEST_FILTER_STATES).catch('open').default('open'),
  departmentId: z.uuid().optional().catch(undefined),
  teamId: z.uuid().optional().catch(undefined),
  category: z.enum(REQUEST_CATEGORIES).optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined),
});
export type RequestFilter = z.output<typeof requestFilterSchema>;
