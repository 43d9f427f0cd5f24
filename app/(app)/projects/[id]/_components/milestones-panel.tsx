import { useLocale, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import type { EvidenceRow } from '@/db/queries/project-files';
import type { MilestoneRow } from '@/db/queries/project-milestones';
import { formatDate, formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { daysUntil, isLate } from '@/lib/project-status';
import { MilestoneForm } from './milestone-form';
import { ProgressBar } from '@/components/ui/progress-bar';
import { VerifyButton } from './verify-button';

export type MilestoneState = 'verified' | 'pending' | 'late' | 'inProgress' | 'notStarted';

/**
 * 已核验 counts in statistics; 待核验 has an actual date no leader has checked yet; 逾期 is a planned date
 * passed without an actual date.
 */
export function milestoneState(m: MilestoneRow, today: string): MilestoneState {
  if (m.verifiedAt) return 'verified';
  if (m.actualOn) return 'pending';
  if (isLate(m, today)) return 'late';
  return m.progress > 0 ? 'inProgress' : 'notStarted';
}

const STATE_TONES: Record<MilestoneState, 'green' | 'amber' | 'red' | 'brand' | 'neutral'> = {
  verified: 'green',
  pending: 'amber',
  late: 'red',
  inProgress: 'brand',
  notStarted: 'neutral',
};

interface Props {
  milestones: MilestoneRow[];
  evidence: EvidenceRow[];
  canEdit: boolean;
  canVerify: boolean;
  today: string;
}

/** 注册落地, 供地, 开工, 投产: dates, progress and state of each, its evidence, and the edit and 核验 controls. */
export function MilestonesPanel({ milestones, evidence, canEdit, canVerify, today }: Props) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const date = (d: string | null) => (d ? <time dateTime={d}>{formatDate(d, locale)}</time> : '—');
  return (
    <ol className="divide-y divide-slate-100" data-testid="milestones">
      {milestones.map((m) => {
        const state = milestoneState(m, today);
        const kind = t(`milestoneKind.${m.kind}`);
        const files = evidence.filter((e) => e.milestoneId === m.id);
        return (
          <li key={m.id} className="py-4 first:pt-0 last:pb-0" data-testid={`milestone-${m.kind}`} aria-labelledby={`milestone-${m.kind}-title`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 id={`milestone-${m.kind}-title`} className="flex items-center gap-2 text-sm font-semibold text-slate-900">
                {kind}
                <Badge tone={STATE_TONES[state]}>{t(`project.milestones.state.${state}`)}</Badge>
              </h3>
              {canVerify && m.actualOn && !m.verifiedAt && (
                <VerifyButton id={m.id} version={m.version} kind={kind} actualOn={formatDate(m.actualOn, locale)} />
              )}
            </div>
            <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_10rem_minmax(0,1fr)]">
              <div>
                <dt className="text-xs text-slate-500">{t('project.milestones.plannedOn')}</dt>
                <dd className={cn('tabular-nums', state === 'late' ? 'font-medium text-red-700' : 'text-slate-900')}>
                  {date(m.plannedOn)}
                  {state === 'late' && m.plannedOn && <span className="block text-xs">{t('project.milestones.lateBy', { days: -daysUntil(m.plannedOn, today) })}</span>}
                </dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">{t('project.milestones.actualOn')}</dt>
                <dd className="text-slate-900 tabular-nums">{date(m.actualOn)}</dd>
              </div>
              <div className="col-span-2 sm:col-span-1">
                <dt className="text-xs text-slate-500">{t('project.milestones.progress')}</dt>
                <dd className="flex items-center gap-2">
                  <ProgressBar value={m.progress / 100} label={t('project.milestones.progress')} tone={m.progress >= 100 ? 'green' : 'brand'} className="max-w-56" />
                  <span className="text-xs text-slate-700 tabular-nums">{m.progress}%</span>
                </dd>
              </div>
            </dl>
            {state === 'verified' && m.verifiedAt && (
              <p className="mt-2 text-xs text-emerald-700">{t('project.milestones.verifiedBy', { name: m.verifiedByName ?? '—', at: formatDateTime(m.verifiedAt, locale) })}</p>
            )}
            {state === 'pending' && <p className="mt-2 text-xs text-amber-800">{t('project.milestones.pendingHint')}</p>}
            {m.notes && <p className="mt-2 text-sm leading-relaxed whitespace-pre-line text-slate-700">{m.notes}</p>}
            <div className="mt-2 text-xs">
              <span className="whitespace-pre text-slate-500">{t('project.milestones.evidence')}</span>
              {files.length === 0 ? (
                <span className="text-slate-400">{t('project.milestones.noEvidence')}</span>
              ) : (
                <ul className="inline">
                  {files.map((file, i) => (
                    <li key={file.id} className="inline">
                      {i > 0 && <span className="text-slate-300"> · </span>}
                      <a href={`/api/projects/files/${file.id}`} className="text-brand-700 hover:underline wrap-anywhere">{file.fileName}</a>
                      <span className="whitespace-pre text-slate-500">{t('project.milestones.fileKind', { kind: t(`project.evidence.kinds.${file.kind}`) })}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            {canEdit && <MilestoneForm milestone={m} kind={kind} />}
          </li>
        );
      })}
    </ol>
  );
}
