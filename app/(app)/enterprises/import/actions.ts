'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { commitEnterpriseImport, previewEnterpriseImport } from '@/db/queries/enterprise-import';
import { defineAction } from '@/lib/action';
import { bytesOf, importFileField, shownPreview } from '@/lib/import/import-action';

/** Checks an uploaded file and reports its counts and problems; writes nothing. */
export const previewImport = defineAction({ permission: 'enterprises.import', schema: z.object({ file: importFileField }) }, async ({ file }, viewer) =>
  shownPreview(await previewEnterpriseImport(viewer, await bytesOf(file))),
);

/** Imports the valid rows of the same file (checked again on the server) in one transaction. */
export const commitImport = defineAction(
  { permission: 'enterprises.import', schema: z.object({ file: importFileField, existing: z.enum(['update', 'skip'], 'invalidChoice') }) },
  async ({ file, existing }, viewer) => {
    const outcome = await commitEnterpriseImport(viewer, await bytesOf(file), { existing });
    revalidatePath('/enterprises');
    return outcome;
  },
);
