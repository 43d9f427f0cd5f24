import Link from 'next/link';
import { cn } from './cn';

/**
 * A list URL (e.g. /leads, /projects) with the current filters and some changed. A new view or a new sort
 * starts again from the first page, so `after` is dropped unless it is given.
 */
export function listHref<F extends object>(path: string, filter: F, patch: Partial<Record<keyof F, string | undefined>> = {}): string {
  const merged: Record<string, unknown> = { ...filter, after: undefined, ...patch };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** 看板 / 表格: two links that keep the filters, the current one marked for screen readers. */
export function ViewSwitch({ path, filter, label, names }: { path: string; filter: { view?: 'board' | 'table'; sort?: string }; label: string; names: Record<'board' | 'table', string> }) {
  const current = filter.view ?? 'board';
  return (
    <nav aria-label={label} className="inline-flex h-9 rounded-md border border-slate-300 bg-white p-0.5">
      {(['board', 'table'] as const).map((view) => (
        <Link
          key={view}
          href={listHref(path, filter, { view, sort: view === 'board' ? undefined : filter.sort })}
          aria-current={current === view ? 'page' : undefined}
          className={cn(
            'inline-flex items-center rounded px-3 text-sm whitespace-nowrap',
            current === view ? 'bg-brand-600 font-medium text-white' : 'text-slate-700 hover:bg-slate-100',
          )}
        >
          {names[view]}
        </Link>
      ))}
    </nav>
  );
}
