'use server';
import { revalidatePath } from 'next/cache';
import { erasePerson } from '@/db/queries/personal-data';
import { defineAction } from '@/lib/action';
import { personEraseSchema } from '@/lib/validation/personal-data';

/** Erases (anonymises) the person's contact records the admin confirmed, at the versions shown. */
export const erasePersonalData = defineAction({ permission: 'personalData.manage', schema: personEraseSchema }, async (input, viewer) => {
  const result = await erasePerson(viewer, input);
  revalidatePath('/admin/personal-data', 'layout');
  revalidatePath('/enterprises/[id]', 'page');
  return result;
});
