'use server';
import { revalidatePath } from 'next/cache';
import { acceptIntake as accept, declineIntake as decline, submitIntake as submit } from '@/db/queries/intake';
import { defineAction } from '@/lib/action';
import { intakeAcceptSchema, intakeDeclineSchema, intakeSubmitSchema } from '@/lib/validation/leads';

export const submitIntake = defineAction({ permission: 'intake.submit', schema: intakeSubmitSchema }, async (input, viewer) => {
  const row = await submit(viewer, input);
  revalidatePath('/leads/intake');
  return row;
});

export const acceptIntake = defineAction({ permission: 'intake.decide', schema: intakeAcceptSchema }, async (input, viewer) => {
  const row = await accept(viewer, input);
  revalidatePath('/leads/intake');
  revalidatePath('/leads');
  return row;
});

export const declineIntake = defineAction({ permission: 'intake.decide', schema: intakeDeclineSchema }, async ({ id, version, reason }, viewer) => {
  const row = await decline(viewer, id, version, reason);
  revalidatePath('/leads/intake');
  return row;
});
