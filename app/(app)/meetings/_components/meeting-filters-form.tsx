'use client';
import { useRouter } from 'next/navigation';
import type { FormEvent, ReactNode } from 'react';

/**
 * A plain GET form (it works before JavaScript loads); once loaded, empty fields stay out of the URL so a
 * shared link reads `?kind=visit_out`, not a row of `&teamId=&userId=`.
 */
export function MeetingFiltersForm({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const router = useRouter();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string' && value.trim() !== '') params.append(key, value.trim());
    }
    const query = params.toString();
    router.push(query ? `/meetings?${query}` : '/meetings');
  };
  return (
    <form method="get" action="/meetings" role="search" aria-label={label} onSubmit={onSubmit} className={className}>
      {children}
    </form>
  );
}
