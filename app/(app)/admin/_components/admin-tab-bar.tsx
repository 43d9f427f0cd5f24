'use client';
import { useTranslations } from 'next-intl';
import { SectionTabs } from '@/components/ui/section-tabs';

/** The tabs the viewer may open (chosen by the layout from ADMIN_TABS). */
export function AdminTabBar({ tabs }: { tabs: { key: string; href: string }[] }) {
  const t = useTranslations('admin');
  return <SectionTabs label={t('tabs')} tabs={tabs.map((tab) => ({ href: tab.href, label: t(tab.key) }))} />;
}
