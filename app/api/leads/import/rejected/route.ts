import { rejectedLeadRowsXlsx } from '@/db/queries/lead-import';
import { DomainError } from '@/lib/errors';
import { rejectedRowsRoute } from '@/lib/import/import-routes';
import { optionalUuid } from '@/lib/validation/fields';

/** The rejected rows of an uploaded ledger, with a 错误原因 column, as .xlsx; checked for the team the page sends. */
export const POST = rejectedRowsRoute('leads.import', (viewer, bytes, form) => {
  const teamId = optionalUuid.safeParse(form.get('teamId'));
  if (!teamId.success) throw new DomainError('invalidChoice', 'teamId');
  return rejectedLeadRowsXlsx(viewer, bytes, { teamId: teamId.data });
});
