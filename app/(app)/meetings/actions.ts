'use server';
import { revalidatePath } from 'next/cache';
import { logMeeting as insertMeeting } from '@/db/queries/meetings';
import { addNote as insertNote } from '@/db/queries/notes';
import { defineAction } from '@/lib/action';
import { meetingCreateSchema, noteCreateSchema } from '@/lib/validation/meetings';

/** Everything that shows a meeting or a note: the list, the calendar, the lead and the enterprise. */
function touched(enterpriseId: string, leadId: string | null) {
  revalidatePath('/meetings', 'layout');
  revalidatePath(`/enterprises/${enterpriseId}`);
  if (leadId) {
    revalidatePath(`/leads/${leadId}`);
    // The lead's last activity moved: the board and the table sort by it.
    revalidatePath('/leads');
  }
}

export const logMeeting = defineAction({ permission: 'meetings.write', schema: meetingCreateSchema }, async (input, viewer) => {
  const result = await insertMeeting(viewer, input);
  touched(input.enterpriseId, input.leadId);
  return result;
});

export const addNote = defineAction({ permission: 'meetings.write', schema: noteCreateSchema }, async (input, viewer) => {
  const result = await insertNote(viewer, input);
  touched(input.enterpriseId, input.leadId);
  return result;
});
