import { useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';
import type { MilestoneKind } from '@/db/schema/projects';
import { daysUntil, zoneToday } from '@/lib/project-status';

interface Props {
  /** The earliest planned date among milestones not yet reached ('YYYY-MM-DD'), or null. */
  dueOn: string | null;
  /** Which milestone that date belongs to; null words it as "下一节点". */
  kind: MilestoneKind | null;
  /** Today in the zone's calendar; pass one value for a whole page so every card counts from the same day. */
  today?: string;
  className?: string;
}

/**
 * The countdown to a project's next planned milestone: "还有 12 天开工", "开工今天到期" or, in red once the
 * planned date has passed without an actual date, "开工逾期 5 天". The words carry the state, not only the colour.
 */
export function DueLabel({ dueOn, kind, today = zoneToday(), className }: Props) {
  const t = useTranslations('projects.due');
  const tk = useTranslations('milestoneKind');
  if (!dueOn) return <span className={cn('text-slate-400', className)}>{t('none')}</span>;
  const milestone = kind ? tk(kind) : t('milestone');
  const days = daysUntil(dueOn, today);
  const text = days > 0 ? t('ahead', { days, milestone }) : days === 0 ? t('today', { milestone }) : t('late', { days: -days, milestone });
  return (
    <time
      dateTime={dueOn}
      title={t('plannedOn', { date: dueOn })}
      className={cn('tabular-nums', days < 0 ? 'font-medium text-red-700' : days === 0 ? 'font-medium text-amber-800' : 'text-slate-600', className)}
    >
      {text}
    </time>
  );
}
