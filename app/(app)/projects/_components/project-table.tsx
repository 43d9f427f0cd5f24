import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { DueLabel } from '@/components/projects/due-label';
import { MajorBadge } from '@/components/projects/major-badge';
import { ProjectStatusBadge } from '@/components/projects/status-badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { ProjectCard } from '@/db/queries/project-list';
import { formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { fundsRatio } from '@/lib/project-status';
import { projectsHref, type ProjectPageFilter } from './project-view-switch';

type Sort = NonNullable<ProjectPageFilter['sort']>;

/**
 * A header that sorts by its column. Both orders are newest/largest first (keyset paging runs one way),
 * so a header is a link to that order, not a toggle.
 */
function SortHeader({ filter, sort, label, unit, className }: { filter: ProjectPageFilter; sort: Sort; label: string; unit?: string; className?: string }) {
  const t = useTranslations('projects.table');
  const active = (filter.sort ?? 'signed') === sort;
  return (
    <Th aria-sort={active ? 'descending' : undefined} className={className}>
      <Link
        href={projectsHref(filter, { view: 'table', sort: sort === 'signed' ? undefined : sort })}
        title={t('sortBy', { column: label })}
        className={active ? 'inline-flex items-center gap-1 text-ink' : 'inline-flex items-center gap-1 hover:text-brand-700'}
      >
        <span>
          {label}
          {unit && <Unit text={unit} />}
        </span>
        <span aria-hidden="true" className={active ? '' : 'text-slate-300'}>↓</span>
      </Link>
    </Th>
  );
}

/** 万元 under an amount's header: the header stays narrow and the column's figures stay bare. */
function Unit({ text }: { text: string }) {
  return <span className="block font-normal text-slate-500">{text}</span>;
}

/**
 * The signed-project table: one keyset page in the chosen order; on a phone it scrolls sideways in its
 * frame. Dates are ISO (2026-03-18), as in the exported list, to keep twelve columns readable side by side.
 */
export function ProjectTable({ rows, filter, today }: { rows: ProjectCard[]; filter: ProjectPageFilter; today: string }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const f = (key: string) => t(`projects.fields.${key}`);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <Table>
      <caption className="sr-only">{t('projects.table.caption')}</caption>
      <thead>
        <tr>
          <Th>{f('nameAndEnterprise')}</Th>
          <Th>{f('chain')}</Th>
          <SortHeader filter={filter} sort="signed" label={f('signedOn')} />
          <Th>{f('occasion')}</Th>
          <SortHeader filter={filter} sort="amount" label={f('contracted')} unit={t('projects.table.unit')} className="text-right" />
          <Th className="text-right">
            {f('fundsInPlace')}
            <Unit text={t('projects.table.unit')} />
          </Th>
          <Th className="text-right">{f('fundsRatio')}</Th>
          <Th>{f('status')}</Th>
          <Th>{f('next')}</Th>
          <Th>{f('team')}</Th>
          <Th>{f('owner')}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.id} className="hover:bg-slate-50">
            <Td className="min-w-40 max-w-56">
              <Link href={`/projects/${p.id}`} className="font-medium text-brand-700 hover:underline">{p.name}</Link>
              <div className="text-xs text-slate-500">{p.enterpriseName}</div>
              {p.major && (
                <div className="mt-1">
                  <MajorBadge />
                </div>
              )}
            </Td>
            <Td className="min-w-20 max-w-28">{p.chainName ?? '—'}</Td>
            <Td className="whitespace-nowrap tabular-nums">
              <time dateTime={p.signedOn}>{p.signedOn}</time>
            </Td>
            <Td className="min-w-24 max-w-28">{p.occasion || '—'}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{formatWanNumber(p.contractedInvestment, locale)}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{formatWanNumber(p.fundsInPlace, locale)}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{percent.format(fundsRatio(p.fundsInPlace, p.contractedInvestment))}</Td>
            <Td className="whitespace-nowrap">
              <ProjectStatusBadge status={p.status} />
            </Td>
            <Td className="text-xs whitespace-nowrap">
              <DueLabel dueOn={p.nextDueOn} kind={p.nextKind} today={today} />
              {p.nextDueOn && <div className="text-slate-500 tabular-nums">{p.nextDueOn}</div>}
            </Td>
            <Td className="min-w-20 max-w-28">{p.teamName}</Td>
            <Td className="whitespace-nowrap">{p.ownerName}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
