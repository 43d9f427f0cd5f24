'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';

export interface NavLink {
  key: string;
  href: string;
}

/**
 * Sidebar on wide screens; on a phone the same links open from the header's menu button
 * and close again after navigating.
 */
export function AppShell({
  nav,
  account,
  languageSwitch,
  search,
  bell,
  children,
}: {
  nav: NavLink[];
  account: ReactNode;
  languageSwitch: ReactNode;
  /** The header search box, for roles that may search. */
  search?: ReactNode;
  /** The notification bell. */
  bell?: ReactNode;
  children: ReactNode;
}) {
  const t = useTranslations();
  const pathname = usePathname();
  // The menu remembers the page it was opened on, so navigating closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;

  const links = (
    <nav aria-label={t('nav.label')}>
      <ul className="space-y-0.5">
        {nav.map((item) => {
          const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.key}>
              <Link
                href={item.href}
                aria-current={active ? 'page' : undefined}
                className={cn(
                  'flex h-9 items-center rounded-md px-3 text-sm whitespace-nowrap',
                  active ? 'bg-white/12 font-medium text-white' : 'text-slate-300 hover:bg-white/6 hover:text-white',
                )}
              >
                {t(`nav.${item.key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );

  return (
    <div className="min-h-dvh lg:grid lg:grid-cols-[13.5rem_minmax(0,1fr)] print:block">
      {/* print:hidden: a printed page (周报/月报) carries the content only, not the navigation. */}
      <aside className="hidden bg-ink px-3 py-4 lg:block print:hidden">
        <Link href="/dashboard" className="mb-6 block px-3 text-base font-semibold tracking-wide text-white whitespace-nowrap">
          {t('app.name')}
        </Link>
        {links}
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="sticky top-0 z-20 flex h-14 print:hidden items-center gap-3 border-b border-slate-200 bg-white/95 px-4 backdrop-blur lg:px-6">
          <button
            type="button"
            className="-ml-1 inline-flex size-9 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 lg:hidden"
            aria-expanded={open}
            aria-controls="mobile-nav"
            aria-label={open ? t('nav.closeMenu') : t('nav.openMenu')}
            onClick={() => setOpenOn(open ? null : pathname)}
          >
            <svg viewBox="0 0 20 20" className="size-5" aria-hidden="true" fill="currentColor">
              <path d="M3 5h14v1.5H3zM3 9.25h14v1.5H3zM3 13.5h14V15H3z" />
            </svg>
          </button>
          <Link href="/dashboard" className="text-sm font-semibold text-ink whitespace-nowrap lg:hidden">
            {t('app.short')}
          </Link>
          <div className="ml-auto flex min-w-0 items-center gap-2 sm:gap-4">
            {search}
            {bell}
            <div className="hidden sm:block">{languageSwitch}</div>
            {account}
          </div>
        </header>
        {open && (
          <div id="mobile-nav" className="border-b border-slate-800 bg-ink px-3 py-3 lg:hidden print:hidden">
            {links}
            {/* On a phone the language switch lives in the menu, leaving the header to who is signed in. */}
            <div className="mt-3 rounded-md bg-white px-3 py-2 sm:hidden">{languageSwitch}</div>
          </div>
        )}
        <main className="mx-auto w-full max-w-7xl flex-1 px-4 py-5 lg:px-6 lg:py-6">{children}</main>
      </div>
    </div>
  );
}
