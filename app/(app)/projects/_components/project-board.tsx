import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { ProjectBoardColumn } from '@/db/queries/project-list';
import { formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { ProjectCard } from './project-card';
import { projectsHref, type ProjectPageFilter } from './project-view-switch';

/**
 * 挂图作战: one column per status (已签约未开工 / 在建 / 已投产) with the count and 万元 totals of every
 * matching project, and its most urgent cards. Columns sit side by side on a wide screen and stack on a phone.
 */
export function ProjectBoard({ columns, filter, today }: { columns: ProjectBoardColumn[]; filter: ProjectPageFilter; today: string }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const wan = (amount: number) => t('format.wan', { amount: formatWanNumber(amount, locale) });
  return (
    <div role="group" aria-label={t('projects.board.label')} className="grid grid-cols-1 gap-3 lg:grid-cols-3">
      {columns.map((column) => {
        const headingId = `project-column-${column.status}`;
        return (
          <section key={column.status} aria-labelledby={headingId} className="flex min-w-0 flex-col rounded-lg border border-slate-200 bg-slate-100/70">
            <header className="space-y-0.5 border-b border-slate-200 px-3 py-2">
              <div className="flex items-baseline justify-between gap-2">
                <h2 id={headingId} className="text-sm font-semibold text-ink">{t(`projectStatus.${column.status}`)}</h2>
                <span className="text-xs text-slate-600 tabular-nums">{t('projects.column.count', { count: column.count })}</span>
              </div>
              <p className="flex flex-wrap gap-x-3 text-xs text-slate-600 tabular-nums">
                <span>{t('projects.column.contracted', { amount: wan(column.contracted) })}</span>
                <span>{t('projects.column.funds', { amount: wan(column.fundsInPlace) })}</span>
              </p>
            </header>
            {column.cards.length === 0 ? (
              <p className="flex-1 px-3 py-8 text-center text-xs text-slate-400">{t('projects.column.empty')}</p>
            ) : (
              <ul aria-labelledby={headingId} className="flex-1 space-y-2 p-2">
                {column.cards.map((card) => (
                  <li key={card.id}>
                    <ProjectCard card={card} today={today} />
                  </li>
                ))}
              </ul>
            )}
            {column.count > column.cards.length && (
              <p className="flex flex-wrap justify-between gap-x-2 border-t border-slate-200 px-3 py-2 text-xs text-slate-500">
                <span>{t('projects.column.more', { count: column.count, shown: column.cards.length })}</span>
                <Link href={projectsHref(filter, { view: 'table', status: column.status, sort: undefined })} className="font-medium text-brand-700 hover:underline">
                  {t('projects.column.all')}
                </Link>
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}
