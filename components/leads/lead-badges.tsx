import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { LeadStage } from '@/db/schema/leads';

const STAGE_TONES: Record<LeadStage, 'neutral' | 'brand' | 'green' | 'amber' | 'red'> = {
  lead: 'neutral',
  contacted: 'brand',
  site_visit: 'brand',
  negotiating: 'brand',
  signed: 'green',
  on_hold: 'amber',
  dropped: 'neutral',
};

/** A lead's stage; the side exits and 签约 stand apart from the pipeline's blue. */
export function StageBadge({ stage }: { stage: LeadStage }) {
  const t = useTranslations('lead.stage');
  return <Badge tone={STAGE_TONES[stage]}>{t(stage)}</Badge>;
}

/** 停滞 (no activity for 30 days) and 撞单 (another team works the same enterprise). */
export function LeadFlags({ stalled, conflict }: { stalled: boolean; conflict: boolean }) {
  const t = useTranslations('lead.fields');
  return (
    <>
      {stalled && <Badge tone="amber">{t('stalled')}</Badge>}
      {conflict && <Badge tone="red">{t('conflict')}</Badge>}
    </>
  );
}
