import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { SupervisionState } from '@/db/schema/supervision';

/** 办理中 / 已逾期 / 已办结: overdue is said in words as well as in red. */
export function SupervisionStateBadge({ state, overdue }: { state: SupervisionState; overdue: boolean }) {
  const t = useTranslations('supervision');
  if (overdue) return <Badge tone="red">{t('state.overdue')}</Badge>;
  return <Badge tone={state === 'open' ? 'amber' : 'green'}>{t(`state.${state}`)}</Badge>;
}
