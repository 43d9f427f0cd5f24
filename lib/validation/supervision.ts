import { z } from 'zod';
import { day, optionalText, optionalUuid, requiredText, versionField } from './fields';

/**
 * 交办督办事项: on exactly one record (a lead or a signed project), for a team (empty: the record's team)
 * and optionally one of its officers, with the instruction and a deadline.
 */
export const supervisionCreateSchema = z
  .object({
    leadId: optionalUuid,
    projectId: optionalUuid,
    teamId: optionalUuid,
    assigneeId: optionalUuid,
    title: requiredText(500),
    deadline: day,
  })
  .superRefine((v, ctx) => {
    // A supervision item is about one record: neither or both is a malformed link, not a choice.
    if ((v.leadId === null) === (v.projectId === null)) ctx.addIssue({ code: 'custom', path: ['leadId'], message: 'required' });
  });
export type SupervisionCreateInput = z.output<typeof supervisionCreateSchema>;

/** 报告办理情况: a progress note from the assigned team, at the version the page loaded. */
export const supervisionProgressSchema = z.object({
  id: z.uuid('notFound'),
  version: versionField,
  note: requiredText(2000),
});
export type SupervisionProgressInput = z.output<typeof supervisionProgressSchema>;

/** 办结 (with a closing remark) or 重新打开 by a leader. */
export const supervisionCloseSchema = z.object({
  id: z.uuid('notFound'),
  version: versionField,
  remark: optionalText(2000),
});
export type SupervisionCloseInput = z.output<typeof supervisionCloseSchema>;

export const SUPERVISION_FILTER_STATES = ['open', 'closed', 'overdue'] as const;
export type SupervisionFilterState = (typeof SUPERVISION_FILTER_STATES)[number];

/** The list's filters as they come from the URL; anything malformed is ignored. */
export const supervisionFilterSchema = z.object({
  state: z.enum(SUPERVISION_FILTER_STATES).optional().catch(undefined),
  teamId: z.uuid().optional().catch(undefined),
});
export type SupervisionFilter = z.output<typeof supervisionFilterSchema>;

/** 修改督办事项 (leaders): the instruction, the deadline and the named officer. */
export const supervisionUpdateSchema = z.object({
  id: z.uuid('notFound'),
  version: versionField,
  assigneeId: optionalUuid,
  title: requiredText(500),
  deadline: day,
});
export type SupervisionUpdateInput = z.output<typeof supervisionUpdateSchema>;
