import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { DueLabel } from '@/components/projects/due-label';
import { MajorBadge } from '@/components/projects/major-badge';
import { cn } from '@/components/ui/cn';
import type { ProjectCard as Card } from '@/db/queries/project-list';
import { formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';

/** One project on the wall chart: what was signed, who carries it, and how far off (or late) its next milestone is. */
export function ProjectCard({ card, today }: { card: Card; today: string }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const titleId = `project-card-${card.id}`;
  const late = card.nextDueOn !== null && card.nextDueOn < today;
  return (
    <article aria-labelledby={titleId} className={cn('space-y-1 rounded-md border bg-white p-3 shadow-xs', late ? 'border-red-200' : 'border-slate-200')}>
      <h3 id={titleId} className="text-sm leading-snug font-medium">
        <Link href={`/projects/${card.id}`} className="text-brand-700 hover:underline">
          {card.name}
        </Link>
      </h3>
      <p className="truncate text-xs text-slate-600" title={card.enterpriseName}>{card.enterpriseName}</p>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="text-sm font-medium text-slate-900 tabular-nums">{t('format.wan', { amount: formatWanNumber(card.contractedInvestment, locale) })}</span>
        {card.major && <MajorBadge />}
      </div>
      <p className="truncate text-xs text-slate-500" title={`${card.chainName ?? t('projects.card.noChain')} · ${card.teamName} · ${card.ownerName}`}>
        {card.chainName ?? t('projects.card.noChain')} · {card.teamName} · {card.ownerName}
      </p>
      <p className="text-xs">
        <DueLabel dueOn={card.nextDueOn} kind={card.nextKind} today={today} />
      </p>
    </article>
  );
}
