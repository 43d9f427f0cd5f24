'use server';
import { revalidatePath } from 'next/cache';
import {
  closeSupervision as close,
  insertSupervision,
  reopenSupervision as reopen,
  reportSupervisionProgress,
  updateSupervision as save,
} from '@/db/queries/supervision';
import { defineAction } from '@/lib/action';
import { supervisionCloseSchema, supervisionCreateSchema, supervisionProgressSchema, supervisionUpdateSchema } from '@/lib/validation/supervision';

// The list, the item's page and the dashboard's 逾期督办 card.
const touched = () => {
  revalidatePath('/supervision', 'layout');
  revalidatePath('/dashboard');
};

/** 交办: returns the new item's id; the form goes to its page. */
export const createSupervision = defineAction({ permission: 'supervision.assign', schema: supervisionCreateSchema }, async (input, viewer) => {
  const row = await insertSupervision(viewer, input);
  touched();
  return row;
});

export const updateSupervision = defineAction({ permission: 'supervision.assign', schema: supervisionUpdateSchema }, async (input, viewer) => {
  const row = await save(viewer, input);
  touched();
  return row;
});

export const reportProgress = defineAction({ permission: 'supervision.report', schema: supervisionProgressSchema }, async (input, viewer) => {
  const row = await reportSupervisionProgress(viewer, input);
  touched();
  return row;
});

export const closeSupervision = defineAction({ permission: 'supervision.assign', schema: supervisionCloseSchema }, async (input, viewer) => {
  const row = await close(viewer, input);
  touched();
  return row;
});

export const reopenSupervision = defineAction({ permission: 'supervision.assign', schema: supervisionCloseSchema }, async (input, viewer) => {
  const row = await reopen(viewer, input);
  touched();
  return row;
});
