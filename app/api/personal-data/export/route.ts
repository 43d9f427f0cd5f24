import { getTranslations } from 'next-intl/server';
import { exportPerson } from '@/db/queries/personal-data';
import { exportViewer, fileResponse, jsonError } from '@/lib/download-route';
import { DomainError } from '@/lib/errors';
import { buildPersonXlsx, personFileName } from '@/lib/export/person-xlsx';
import { XLSX_CONTENT_TYPE } from '@/lib/file-type';
import { personExportQuerySchema } from '@/lib/validation/personal-data';

export const dynamic = 'force-dynamic';

/**
 * One person's data as .xlsx for their access request (个人信息保护法): `contactId` names a contact record of
 * theirs; the file holds that record and every other sharing its mobile or email, in full. Admins only,
 * counted against the export limit; each record's export is audited ('piExport').
 */
export async function GET(request: Request): Promise<Response> {
  const viewer = await exportViewer('personalData.manage');
  if (viewer instanceof Response) return viewer;
  const query = personExportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return jsonError(400, { error: 'invalid' });
  try {
    const data = await exportPerson(viewer, query.data.contactId);
    // The user's language (cookie), as on every page: sheet names, headers and labels follow it.
    const t = await getTranslations();
    return fileResponse(await buildPersonXlsx(data, t), { contentType: XLSX_CONTENT_TYPE, ...personFileName(data, t) });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'notFound') return jsonError(404, { error: 'notFound' });
    throw error;
  }
}
