import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { IMPORT_HEADER_SPEC } from '@/lib/import/enterprise-columns';
import { importFileSpec } from '@/lib/import/import-action';
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
      <EnterpriseImport spec={importFileSpec(IMPORT_HEADER_SPEC)} />
    </>
  );
}
