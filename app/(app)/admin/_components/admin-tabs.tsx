'use client';
import { useTranslations } from 'next-intl';
import { SectionTabs } from '@/components/ui/section-tabs';

const TABS = [
  { key: 'users', href: '/admin/users' },
  { key: 'teams', href: '/admin/teams' },
  { key: 'departments', href: '/admin/departments' },
  { key: 'audit', href: '/admin/audit' },
  { key: 'security', href: '/admin/security' },
] as const;

export function AdminTabs() {
  const t = useTranslations('admin');
  return <SectionTabs label={t('tabs')} tabs={TABS.map((tab) => ({ href: tab.href, label: t(tab.key) }))} />;
}
