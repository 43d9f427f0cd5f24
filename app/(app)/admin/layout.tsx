import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/permissions';
import { requirePermission } from '@/lib/viewer';
import { AdminTabBar } from './_components/admin-tab-bar';
import { ADMIN_TABS } from './_components/admin-tabs';

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requirePermission('admin.open');
  const t = await getTranslations('admin');
  const tabs = ADMIN_TABS.filter((tab) => tab.permissions.some((p) => can(viewer, p))).map(({ key, href }) => ({ key, href }));
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <AdminTabBar tabs={tabs} />
      {children}
    </>
  );
}
