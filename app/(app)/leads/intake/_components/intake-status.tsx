import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { IntakeStatus, LeadStage } from '@/db/schema/leads';

const TONES = { pending: 'amber', accepted: 'green', declined: 'neutral' } as const;

/** What became of a submission: its status, then the lead's stage once accepted or the reason once declined. */
export function IntakeStatusCell({ status, stage, reason }: { status: IntakeStatus; stage: LeadStage | null; reason: string }) {
  const t = useTranslations();
  return (
    <div className="space-y-1">
      <Badge tone={TONES[status]}>{t(`intake.statuses.${status}`)}</Badge>
      {status === 'accepted' && stage && (
        <p className="text-xs text-slate-600">{t.rich('intake.stageNow', { stage: t(`lead.stage.${stage}`), b: (chunks) => <span className="font-medium text-slate-900">{chunks}</span> })}</p>
      )}
      {status === 'declined' && reason && (
        <p className="text-xs whitespace-pre-line text-slate-600">{t('intake.reasonIs', { reason })}</p>
      )}
    </div>
  );
}
