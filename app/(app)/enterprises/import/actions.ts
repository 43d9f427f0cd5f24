'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { commitEnterpriseImport, previewEnterpriseImport } from '@/db/queries/enterprise-import';
import { defineAction } from '@/lib/action';
import { errorsOfFirstRows } from '@/lib/import/enterprise-columns';
import { MAX_IMPORT_BYTES } from '@/lib/import/read-spreadsheet';

/** The bad rows the page lists; the counts stay exact and the download holds every bad row. */
const SHOWN_BAD_ROWS = 500;

// The size is checked on the File before a byte of it is read into memory.
const importFile = z
  .instanceof(File, { message: 'importNoFile' })
  .refine((file) => file.size > 0, 'importEmpty')
  .refine((file) => file.size <= MAX_IMPORT_BYTES, 'importTooLarge');

const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());

/** Checks an uploaded file and reports its counts and problems; writes nothing. */
export const previewImport = defineAction({ permission: 'enterprises.import', schema: z.object({ file: importFile }) }, async ({ file }, viewer) => {
  const preview = await previewEnterpriseImport(viewer, await bytesOf(file));
  return { ...preview, errors: errorsOfFirstRows(preview.errors, SHOWN_BAD_ROWS), shownBadRows: Math.min(preview.counts.invalid, SHOWN_BAD_ROWS) };
});

/** Imports the valid rows of the same file (checked again on the server) in one transaction. */
export const commitImport = defineAction(
  { permission: 'enterprises.import', schema: z.object({ file: importFile, existing: z.enum(['update', 'skip'], 'invalidChoice') }) },
  async ({ file, existing }, viewer) => {
    const outcome = await commitEnterpriseImport(viewer, await bytesOf(file), { existing });
    revalidatePath('/enterprises');
    return outcome;
  },
);
