import { z } from 'zod';
import { MEETING_KINDS } from '@/db/schema/meetings';
import { mobileField } from './enterprises';
import { day, localDateTime, multiValue, optionalDay, optionalText, optionalUuid, requiredText, versionField } from './fields';

// More people than any visit has; a longer list is a forged form.
const MAX_ATTENDEES = 50;

/** A meeting as logged from a lead, an enterprise or a phone; the next step becomes a follow-up. */
export const meetingCreateSchema = z
  .object({
    enterpriseId: z.uuid('required'),
    leadId: optionalUuid,
    kind: z.enum(MEETING_KINDS, 'invalidChoice'),
    occurredAt: localDateTime,
    place: optionalText(100),
    summary: requiredText(4000),
    outcome: optionalText(2000),
    attendeeIds: multiValue(z.uuid('invalidChoice'), MAX_ATTENDEES),
    contactIds: multiValue(z.uuid('invalidChoice'), MAX_ATTENDEES),
    newContactName: optionalText(30),
    newContactMobile: mobileField,
    nextStep: optionalText(200),
    nextStepOwnerId: optionalUuid,
    nextStepDue: optionalDay,
    // The open follow-up this meeting does; saving marks it done.
    followUpId: optionalUuid.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.nextStep && !v.nextStepDue) ctx.addIssue({ code: 'custom', path: ['nextStepDue'], message: 'required' });
    if (v.newContactMobile && !v.newContactName) ctx.addIssue({ code: 'custom', path: ['newContactName'], message: 'required' });
  });
export type MeetingCreateInput = z.output<typeof meetingCreateSchema>;

export const followUpDoneSchema = z.object({ id: z.uuid('notFound'), version: versionField, done: z.enum(['true', 'false']).transform((v) => v === 'true') });
export const noteCreateSchema = z.object({ enterpriseId: z.uuid('notFound'), leadId: optionalUuid, body: requiredText(2000) });

export const meetingFilterSchema = z.object({
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  kind: z.enum(MEETING_KINDS).optional().catch(undefined),
  teamId: z.uuid().optional().catch(undefined),
  userId: z.uuid().optional().catch(undefined),
  chainId: z.uuid().optional().catch(undefined),
  enterpriseId: z.uuid().optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined),
});
export type MeetingFilter = z.output<typeof meetingFilterSchema>;
