'use server';
import { revalidatePath } from 'next/cache';
import { saveTarget as save } from '@/db/queries/targets';
import { defineAction } from '@/lib/action';
import { targetSaveSchema } from '@/lib/validation/targets';

export const saveTarget = defineAction({ permission: 'targets.manage', schema: targetSaveSchema }, async (input, viewer) => {
  const row = await save(viewer, input);
  revalidatePath('/dashboard', 'layout');
  return row;
});
