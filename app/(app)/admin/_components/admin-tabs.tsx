'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';

const TABS = [
  { key: 'users', href: '/admin/users' },
  { key: 'teams', href: '/admin/teams' },
  { key: 'departments', href: '/admin/departments' },
  { key: 'audit', href: '/admin/audit' },
  { key: 'personalData', href: '/admin/personal-data' },
] as const;

export function AdminTabs() {
  const t = useTranslations('admin');
  const pathname = usePathname();
  return (
    <nav aria-label={t('tabs')} className="mb-5 border-b border-slate-200">
      <ul className="-mb-px flex gap-5">
        {TABS.map((tab) => {
          const active = pathname.startsWith(tab.href);
          return (
            <li key={tab.key}>
              <Link
                href={tab.href}
                aria-current={active ? 'page' : undefined}
                className={cn('inline-block border-b-2 px-1 pb-2 text-sm', active ? 'border-brand-600 font-medium text-brand-700' : 'border-transparent text-slate-600 hover:text-slate-900')}
              >
                {t(tab.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
