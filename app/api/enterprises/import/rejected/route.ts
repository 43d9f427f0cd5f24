import { rejectedRowsXlsx } from '@/db/queries/enterprise-import';
import { rejectedRowsRoute } from '@/lib/import/import-routes';

/** The rejected rows of an uploaded enterprise import file, with a 错误原因 column, as .xlsx. */
export const POST = rejectedRowsRoute('enterprises.import', (viewer, bytes) => rejectedRowsXlsx(viewer, bytes));
