import { importTemplateXlsx } from '@/lib/import/enterprise-template';
import { importViewer, xlsxDownload } from '../respond';

export const dynamic = 'force-dynamic';

/** The enterprise import template (Chinese headers and one example row), for users who may import. */
export async function GET() {
  const viewer = await importViewer();
  if (viewer instanceof Response) return viewer;
  return xlsxDownload(await importTemplateXlsx(), '企业导入模板.xlsx', 'enterprise-import-template.xlsx');
}
