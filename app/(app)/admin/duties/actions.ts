'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { setSeparation as saveSeparation } from '@/db/queries/separation';
import { defineAction } from '@/lib/action';

const separationSchema = z.object({ on: z.enum(['true', 'false']).transform((v) => v === 'true') });

export const setSeparation = defineAction({ permission: 'security.manage', schema: separationSchema }, async ({ on }, viewer) => {
  const result = await saveSeparation(viewer, on);
  revalidatePath('/admin', 'layout');
  return result;
});
