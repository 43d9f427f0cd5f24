'use server';
import { revalidatePath } from 'next/cache';
import { acceptRequest as accept, confirmRequest as confirm, raiseRequest, resolveRequest as resolve, updateRequest as save } from '@/db/queries/requests';
import { defineAction } from '@/lib/action';
import { requestAcceptSchema, requestConfirmSchema, requestCreateSchema, requestResolveSchema, requestUpdateSchema } from '@/lib/validation/requests';

// The list, the request's page, the enterprise and project pages that list it, and the dashboard's counts.
const touched = () => {
  revalidatePath('/requests', 'layout');
  revalidatePath('/enterprises/[id]', 'page');
  revalidatePath('/projects/[id]', 'layout');
  revalidatePath('/dashboard');
};

/** 提出诉求: returns the new request's id; the form goes to its page. */
export const createRequest = defineAction({ permission: 'requests.raise', schema: requestCreateSchema }, async (input, viewer) => {
  const row = await raiseRequest(viewer, input);
  touched();
  return row;
});

export const updateRequest = defineAction({ permission: 'requests.raise', schema: requestUpdateSchema }, async (input, viewer) => {
  const row = await save(viewer, input);
  touched();
  return row;
});

export const acceptRequest = defineAction({ permission: 'requests.handle', schema: requestAcceptSchema }, async (input, viewer) => {
  const row = await accept(viewer, input);
  touched();
  return row;
});

export const resolveRequest = defineAction({ permission: 'requests.handle', schema: requestResolveSchema }, async (input, viewer) => {
  const row = await resolve(viewer, input);
  touched();
  return row;
});

export const confirmRequest = defineAction({ permission: 'requests.raise', schema: requestConfirmSchema }, async (input, viewer) => {
  const row = await confirm(viewer, input);
  touched();
  return row;
});
