import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { LeadFlags, StageBadge } from '@/components/leads/lead-badges';
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { LeadList } from '@/db/queries/leads';
import { formatDate, formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import type { LeadFilter } from '@/lib/validation/leads';
import { leadsHref } from './view-switch';


type Sort = NonNullable<LeadFilter['sort']>;

/**
 * A header that sorts by its column. Every order is newest/largest first (keyset paging runs one way),
 * so a header is a link to that order, not a toggle.
 */
function SortHeader({ filter, sort, label, className }: { filter: LeadFilter; sort: Sort; label: string; className?: string }) {
  const t = useTranslations('leads.table');
  const active = (filter.sort ?? 'activity') === sort;
  return (
    <Th aria-sort={active ? 'descending' : undefined} className={className}>
      <Link
        href={leadsHref(filter, { view: 'table', sort: sort === 'activity' ? undefined : sort })}
        title={t('sortBy', { column: label })}
        className={active ? 'inline-flex items-center gap-1 text-ink' : 'inline-flex items-center gap-1 hover:text-brand-700'}
      >
        {label}
        <span aria-hidden="true" className={active ? '' : 'text-slate-300'}>↓</span>
      </Link>
    </Th>
  );
}

/** The lead table: one keyset page in the chosen order; minor columns give way on a phone. */
export function LeadTable({ rows, filter }: { rows: LeadList['rows']; filter: LeadFilter }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  return (
    <Table>
      <caption className="sr-only">{t('leads.table.caption')}</caption>
      <thead>
        <tr>
          <Th>{t('leads.table.project')}</Th>
          <Th>{t('lead.fields.stage')}</Th>
          <SortHeader filter={filter} sort="investment" label={t('lead.fields.intendedInvestment')} className="text-right" />
          <Th className="hidden md:table-cell">{t('lead.fields.team')}</Th>
          <Th className="hidden sm:table-cell">{t('lead.fields.owner')}</Th>
          <SortHeader filter={filter} sort="activity" label={t('lead.fields.lastActivity')} />
          <SortHeader filter={filter} sort="created" label={t('leads.table.created')} className="hidden lg:table-cell" />
          <Th className="hidden sm:table-cell">{t('leads.table.flags')}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((lead) => (
          <tr key={lead.id} className="hover:bg-slate-50">
            <Td className="max-w-44 min-w-36 sm:max-w-none sm:min-w-56">
              <Link href={`/leads/${lead.id}`} className="font-medium text-brand-700 hover:underline">{lead.projectName}</Link>
              <div className="text-xs text-slate-500">{lead.enterpriseName}</div>
              {/* On a phone the flags column gives way; the flags ride along under the name instead. */}
              {(lead.stalled || lead.conflict) && (
                <div className="mt-1 flex gap-1 sm:hidden">
                  <LeadFlags stalled={lead.stalled} conflict={lead.conflict} />
                </div>
              )}
            </Td>
            <Td className="whitespace-nowrap">
              <StageBadge stage={lead.stage} />
            </Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{lead.intendedInvestment === null ? '—' : formatWanNumber(lead.intendedInvestment, locale)}</Td>
            <Td className="hidden whitespace-nowrap md:table-cell">{lead.teamName}</Td>
            <Td className="hidden whitespace-nowrap sm:table-cell">{lead.ownerName}</Td>
            <Td className="whitespace-nowrap tabular-nums">{formatDate(lead.lastActivityAt, locale)}</Td>
            <Td className="hidden whitespace-nowrap tabular-nums lg:table-cell">{formatDate(lead.createdAt, locale)}</Td>
            <Td className="hidden sm:table-cell">
              <div className="flex flex-wrap gap-1">
                {lead.priority === 'high' && <Badge tone="brand">{t('leads.card.priority', { priority: t('lead.priority.high') })}</Badge>}
                <LeadFlags stalled={lead.stalled} conflict={lead.conflict} />
              </div>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
