import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/viewer';
import { AdminTabs } from './_components/admin-tabs';

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('users.manage');
  const t = await getTranslations('admin');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <AdminTabs />
      {children}
    </>
  );
}
