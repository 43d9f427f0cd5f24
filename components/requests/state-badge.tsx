import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { RequestState } from '@/db/schema/requests';

const TONE = { pending: 'neutral', in_progress: 'brand', resolved: 'amber', confirmed: 'green' } as const;

/** 待分派 / 办理中 / 已办结 / 已确认, and 已逾期 in red beside it: overdue is said in words as well as in colour. */
export function RequestStateBadge({ state, overdue }: { state: RequestState; overdue: boolean }) {
  const t = useTranslations('requests');
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={TONE[state]}>{t(`state.${state}`)}</Badge>
      {overdue && <Badge tone="red">{t('overdue')}</Badge>}
    </span>
  );
}
