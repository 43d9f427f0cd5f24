import { importTemplateXlsx } from '@/lib/import/enterprise-template';
import { templateRoute } from '@/lib/import/import-routes';

export const dynamic = 'force-dynamic';

/** The enterprise import template (Chinese headers and one example row), for users who may import. */
export const GET = templateRoute('enterprises.import', importTemplateXlsx, { fileName: '企业导入模板.xlsx', asciiFallback: 'enterprise-import-template.xlsx' });
