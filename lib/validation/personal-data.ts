import { z } from 'zod';
import { multiValue, searchText, versionField } from './fields';

/** /admin/personal-data's search, from the URL: a bad value is dropped rather than failing the page. */
export const personFilterSchema = z.object({
  q: searchText(100).optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined),
});
export type PersonFilter = z.output<typeof personFilterSchema>;

/** One record the admin confirmed erasing, as the form sends it: `contactId:version`. */
const erasedRecord = z
  .string()
  .max(60, 'invalid')
  .regex(/^[^:]{1,40}:\d{1,10}$/, 'invalid')
  .transform((v): Record<string, unknown> => ({ id: v.slice(0, v.indexOf(':')), version: v.slice(v.indexOf(':') + 1) }))
  .pipe(z.object({ id: z.uuid('notFound'), version: versionField }));

/** The person's contact records the admin saw and confirmed (at most a page of them), each at the version shown. */
export const personEraseSchema = z.object({
  contacts: multiValue(erasedRecord, 50).refine((records) => records.length > 0, 'required'),
});
export type PersonEraseInput = z.output<typeof personEraseSchema>;

/** The export's one parameter: the contact the person was found by. */
export const personExportQuerySchema = z.object({ contactId: z.uuid('notFound') });
