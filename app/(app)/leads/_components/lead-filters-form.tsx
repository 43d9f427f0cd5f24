'use client';
import { useRouter } from 'next/navigation';
import type { FormEvent, ReactNode } from 'react';

/**
 * The filter form's behaviour: a plain GET form (it works before JavaScript loads), but once it has
 * loaded, empty fields are left out of the URL so a shared link reads `?stage=negotiating`, not a row
 * of `&chainId=&nodeId=`.
 */
export function LeadFiltersForm({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const router = useRouter();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string' && value.trim() !== '') params.append(key, value.trim());
    }
    const query = params.toString();
    router.push(query ? `/leads?${query}` : '/leads');
  };
  return (
    <form method="get" action="/leads" role="search" aria-label={label} onSubmit={onSubmit} className={className}>
      {children}
    </form>
  );
}
