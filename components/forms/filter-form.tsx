'use client';
import { useRouter } from 'next/navigation';
import type { FormEvent, ReactNode } from 'react';

/**
 * A list's filter form: a plain GET form to `path` (it works before JavaScript loads); once loaded, empty
 * fields stay out of the URL, so a shared link reads `?stage=negotiating`, not a row of `&chainId=&nodeId=`.
 */
export function FilterForm({ path, label, className, children }: { path: string; label: string; className?: string; children: ReactNode }) {
  const router = useRouter();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string' && value.trim() !== '') params.append(key, value.trim());
    }
    const query = params.toString();
    router.push(query ? `${path}?${query}` : path);
  };
  return (
    <form method="get" action={path} role="search" aria-label={label} onSubmit={onSubmit} className={className}>
      {children}
    </form>
  );
}
