'use server';
import { revalidatePath } from 'next/cache';
import { resolveConflict as resolve } from '@/db/queries/lead-conflicts';
import { defineAction } from '@/lib/action';
import { conflictResolveSchema } from '@/lib/validation/leads';

export const resolveConflict = defineAction({ permission: 'leads.conflicts', schema: conflictResolveSchema }, async ({ enterpriseId, note }, viewer) => {
  const row = await resolve(viewer, enterpriseId, note);
  revalidatePath('/leads/conflicts');
  revalidatePath('/leads');
  return row;
});
