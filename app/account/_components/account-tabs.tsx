'use client';
import { useTranslations } from 'next-intl';
import { SectionTabs } from '@/components/ui/section-tabs';

export function AccountTabs() {
  const t = useTranslations('account');
  return (
    <SectionTabs
      label={t('tabs')}
      tabs={[
        { href: '/account/password', label: t('password') },
        { href: '/account/two-factor', label: t('twoFactor') },
      ]}
    />
  );
}
