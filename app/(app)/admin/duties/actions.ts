'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { setSeparation as saveSeparation } from '@/db/queries/separation';
import { defineAction } from '@/lib/action';
import { can } from '@/lib/permissions';

const separationSchema = z.object({ on: z.enum(['true', 'false']).transform((v) => v === 'true') });

export const setSeparation = defineAction({ permission: 'security.manage', schema: separationSchema }, async ({ on }, viewer) => {
  const separation = await saveSeparation(viewer, on);
  // The admin area's tabs and everyone's menus depend on the switch.
  revalidatePath('/', 'layout');
  // An admin who just gave this duty away may no longer see this page: they go where their duties still are.
  if (!can({ role: viewer.role, dutiesSeparated: separation.on }, 'security.manage')) redirect('/admin/users');
  return separation;
});
