import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';
import type { ProjectFilter } from '@/lib/validation/projects';

export type ProjectPageFilter = ProjectFilter & { view?: 'board' | 'table' };

/**
 * A /projects URL with the current filters and some changed. A new view or a new sort starts again from
 * the first page, so `after` is dropped unless it is given.
 */
export function projectsHref(filter: ProjectPageFilter, patch: Partial<Record<keyof ProjectPageFilter, string | undefined>> = {}): string {
  const merged: Record<string, unknown> = { ...filter, after: undefined, ...patch };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/projects?${query}` : '/projects';
}

/** 看板 / 表格: two links that keep the filters, the current one marked for screen readers. */
export function ProjectViewSwitch({ filter }: { filter: ProjectPageFilter }) {
  const t = useTranslations('projects.view');
  const current = filter.view ?? 'board';
  return (
    <nav aria-label={t('label')} className="inline-flex h-9 rounded-md border border-slate-300 bg-white p-0.5">
      {(['board', 'table'] as const).map((view) => (
        <Link
          key={view}
          href={projectsHref(filter, { view, sort: view === 'board' ? undefined : filter.sort })}
          aria-current={current === view ? 'page' : undefined}
          className={cn(
            'inline-flex items-center rounded px-3 text-sm whitespace-nowrap',
            current === view ? 'bg-brand-600 font-medium text-white' : 'text-slate-700 hover:bg-slate-100',
          )}
        >
          {t(view)}
        </Link>
      ))}
    </nav>
  );
}
