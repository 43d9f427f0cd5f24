'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { commitLeadImport as commit, previewLeadImport as preview } from '@/db/queries/lead-import';
import { defineAction } from '@/lib/action';
import { bytesOf, importFileField, SHOWN_BAD_ROWS, shownPreview } from '@/lib/import/import-action';
import { optionalUuid } from '@/lib/validation/fields';

// Admins name the team to import into; an officer's leads are their own team's whatever is sent.
const schema = z.object({ file: importFileField, teamId: optionalUuid });

/** Checks an uploaded ledger and reports its counts, problems and 撞单 rows; writes nothing. */
export const previewLeadImport = defineAction({ permission: 'leads.import', schema }, async ({ file, teamId }, viewer) => {
  const checked = shownPreview(await preview(viewer, await bytesOf(file), { teamId }));
  return { ...checked, conflicts: checked.conflicts.slice(0, SHOWN_BAD_ROWS) };
});

/** Imports the valid rows of the same file (checked again on the server) in one transaction. */
export const commitLeadImport = defineAction({ permission: 'leads.import', schema }, async ({ file, teamId }, viewer) => {
  const outcome = await commit(viewer, await bytesOf(file), { teamId });
  revalidatePath('/leads');
  revalidatePath('/enterprises');
  return outcome;
});
