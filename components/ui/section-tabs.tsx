'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from './cn';

/** A row of links to a section's pages (系统管理, 账号安全), the current one marked. */
export function SectionTabs({ label, tabs }: { label: string; tabs: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="mb-5 overflow-x-auto border-b border-slate-200">
      <ul className="-mb-px flex gap-5">
        {tabs.map((tab) => {
          const active = pathname.startsWith(tab.href);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? 'page' : undefined}
                className={cn('inline-block border-b-2 px-1 pb-2 text-sm whitespace-nowrap', active ? 'border-brand-600 font-medium text-brand-700' : 'border-transparent text-slate-600 hover:text-slate-900')}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
