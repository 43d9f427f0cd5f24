import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { NAV_ITEMS } from '@/components/shell/nav-items';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/permissions';
import { requirePermission } from '@/lib/viewer';

export async function generateMetadata() {
  return { title: (await getTranslations('dashboard'))('title') };
}

export default async function DashboardPage() {
  const viewer = await requirePermission('dashboard.view');
  const t = await getTranslations();
  const sections = NAV_ITEMS.filter((item) => item.key !== 'dashboard' && can(viewer.role, item.permission));
  return (
    <>
      <PageHeader title={t('dashboard.greeting', { name: viewer.displayName })} description={t('dashboard.intro')} />
      <div className="grid gap-4 md:grid-cols-2">
        <Card title={t('dashboard.account')}>
          <dl className="grid grid-cols-[6rem_1fr] gap-y-2 text-sm">
            <dt className="text-slate-500">{t('dashboard.username')}</dt>
            <dd className="text-slate-900">{viewer.username}</dd>
            <dt className="text-slate-500">{t('dashboard.role')}</dt>
            <dd className="text-slate-900">{t(`roles.${viewer.role}`)}</dd>
            <dt className="text-slate-500">{t('dashboard.team')}</dt>
            <dd className="text-slate-900">{viewer.teamName ?? t('header.noTeam')}</dd>
          </dl>
        </Card>
        <Card title={t('dashboard.sections')}>
          {sections.length > 0 && (
            <ul className="mb-3 flex flex-wrap gap-2">
              {sections.map((s) => (
                <li key={s.key}>
                  <Link href={s.href} className="inline-flex h-8 items-center rounded-md bg-brand-50 px-3 text-sm font-medium text-brand-700 hover:bg-brand-100">
                    {t(`nav.${s.key}`)}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <p className="text-sm text-slate-500">{t('dashboard.sectionsEmpty')}</p>
        </Card>
      </div>
    </>
  );
}
