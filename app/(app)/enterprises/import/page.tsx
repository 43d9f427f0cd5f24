import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { IMPORT_COLUMNS, IMPORT_HEADERS } from '@/lib/import/enterprise-columns';
import { MAX_IMPORT_BYTES } from '@/lib/import/read-spreadsheet';
import { requirePermission } from '@/lib/viewer';
import { EnterpriseImport } from './_components/enterprise-import';

export async function generateMetadata() {
  return { title: (await getTranslations('import'))('title') };
}

export default async function EnterpriseImportPage() {
  await requirePermission('enterprises.import');
  const t = await getTranslations('import');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={<ButtonLink href="/enterprises" variant="ghost">{t('backToLibrary')}</ButtonLink>} />
      <EnterpriseImport
        maxBytes={MAX_IMPORT_BYTES}
        requiredHeaders={[IMPORT_COLUMNS.name]}
        optionalHeaders={IMPORT_HEADERS.filter((h) => h !== IMPORT_COLUMNS.name)}
      />
    </>
  );
}
