'use client';
import { useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';

/**
 * On a phone, secondary filters fold behind a button so the results are on the first screen; on wider
 * screens they are always part of the filter grid (display: contents keeps the grid layout).
 */
export function MoreFilters({ active, children }: { active: boolean; children: ReactNode }) {
  const t = useTranslations('common');
  const [open, setOpen] = useState(active);
  return (
    <>
      <button
        type="button"
        className="col-span-2 h-9 rounded-md border border-slate-300 bg-white text-sm text-slate-700 md:hidden"
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
      >
        {open ? t('fewerFilters') : t('moreFilters')}
      </button>
      <div className={open ? 'contents' : 'hidden md:contents'}>{children}</div>
    </>
  );
}
