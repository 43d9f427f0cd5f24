import { templateRoute } from '@/lib/import/import-routes';
import { leadTemplateXlsx } from '@/lib/import/lead-template';

export const dynamic = 'force-dynamic';

/** The ledger import template (Chinese headers and one example row), for users who may import leads. */
export const GET = templateRoute('leads.import', leadTemplateXlsx, { fileName: '在谈项目台账导入模板.xlsx', asciiFallback: 'lead-import-template.xlsx' });
