import { useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/button';
import type { ProjectPageFilter } from './project-view-switch';

/** The export route takes the list's filters only; view, sort and paging are the page's own. */
export function exportHref(filter: ProjectPageFilter, format: 'xlsx' | 'csv'): string {
  const params = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(filter)) {
    if (key === 'view' || key === 'sort' || key === 'after') continue;
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return `/api/export/projects?${params}`;
}

/**
 * 导出 Excel / 导出 CSV of the signed-deal list with the filters on screen. Plain links: the browser
 * downloads the streamed file itself, and a client-side navigation must not prefetch it.
 */
export function ExportLinks({ filter }: { filter: ProjectPageFilter }) {
  const t = useTranslations('projects.export');
  return (
    <div role="group" aria-label={t('label')} className="flex gap-2">
      <a href={exportHref(filter, 'xlsx')} download className={buttonClass('secondary')}>
        {t('xlsx')}
      </a>
      <a href={exportHref(filter, 'csv')} download className={buttonClass('secondary')}>
        {t('csv')}
      </a>
    </div>
  );
}
