'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/action';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { LeadStage } from '@/db/schema/leads';
import { EXITS, PIPELINE, type GateField } from '@/lib/lead-stages';
import { moveLead } from '../actions';
import { StaleNotice } from '@/components/forms/stale-notice';

interface Props {
  lead: { id: string; version: number; stage: LeadStage; stageReason: string; gates: Partial<Record<LeadStage, GateField[]>> };
  /** Officers of the lead's team and admins; leaders watch. */
  canMove: boolean;
}

/**
 * The pipeline as steps and the stage move. What each stage still needs (its gate) is listed before the
 * user tries; a target whose gate is unmet cannot be submitted. 搁置 and 终止 ask for a reason. The server
 * checks all of it again.
 */
export function StagePanel({ lead, canMove }: Props) {
  const t = useTranslations();
  const router = useRouter();
  // Navigate from inside the action: the move refreshes the page, which replaces this panel (keyed by version).
  const move = useCallback(
    async (prev: ActionResult<{ id: string }> | null, data: FormData) => {
      const result = await moveLead(prev, data);
      if (result.ok) router.replace(`/leads/${lead.id}?moved=1`, { scroll: false });
      return result;
    },
    [lead.id, router],
  );
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(move);
  const current = PIPELINE.indexOf(lead.stage);
  const nextStage = current >= 0 ? PIPELINE[current + 1] : undefined;
  const [target, setTarget] = useState<LeadStage | ''>(nextStage ?? '');

  const list = (fields: GateField[]) => fields.map((g) => t(`lead.gate.${g}`)).join(t('leadDetail.listSeparator'));
  const gateText = (stage: LeadStage) => t('leadDetail.gateMissing', { stage: t(`lead.stage.${stage}`), fields: list(lead.gates[stage] ?? []) });
  const blocked = (stage: LeadStage) => (lead.gates[stage]?.length ?? 0) > 0;
  // Gates ahead of the lead (or all of them when it is held or dropped and may be reopened anywhere).
  const ahead = PIPELINE.filter((s, i) => i > current && blocked(s));
  const targets = [...PIPELINE, ...EXITS].filter((s) => s !== lead.stage);
  const targetBlocked = target !== '' && PIPELINE.includes(target) && blocked(target);
  const needsReason = target !== '' && EXITS.includes(target);
  const stale = state && !state.ok && state.error === 'conflict';
  const gateRefused = state && !state.ok && state.error === 'gateFieldsRequired';

  return (
    <div className="space-y-4">
      <ol aria-label={t('leadDetail.pipeline')} className="grid grid-cols-5 gap-1" data-testid="pipeline">
        {[...PIPELINE, 'signed' as const].map((stage, i) => {
          const done = current >= 0 && i < current;
          const here = stage === lead.stage;
          return (
            <li key={stage} aria-current={here ? 'step' : undefined} className="flex min-w-0 flex-col items-center gap-1 text-center">
              <span
                className={cn(
                  'relative flex size-7 items-center justify-center rounded-full text-xs font-semibold tabular-nums',
                  here ? 'bg-brand-600 text-white' : done ? 'bg-brand-100 text-brand-700' : 'bg-slate-100 text-slate-500',
                )}
                aria-hidden="true"
              >
                {done ? '✓' : i + 1}
                {!here && !done && PIPELINE.includes(stage) && blocked(stage) && <span className="absolute -top-0.5 -right-0.5 size-2.5 rounded-full bg-amber-400 ring-2 ring-white" />}
              </span>
              <span className={cn('text-xs leading-tight break-words', here ? 'font-semibold text-brand-700' : done ? 'text-slate-700' : 'text-slate-500')}>
                {t(`lead.stage.${stage}`)}
                {here && <span className="sr-only"> · {t('leadDetail.current')}</span>}
              </span>
            </li>
          );
        })}
      </ol>

      {EXITS.includes(lead.stage) && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <span className="font-medium">{t(`lead.stage.${lead.stage}`)}</span>
          {lead.stageReason && <> · {t('leadDetail.reasonText', { reason: lead.stageReason })}</>}
          {canMove && <span className="mt-0.5 block text-xs">{t('leadDetail.reopenHint')}</span>}
        </p>
      )}

      {lead.stage === 'signed' ? (
        <p className="text-sm text-slate-500">{t('leadDetail.signedFinal')}</p>
      ) : (
        <>
          {ahead.length > 0 ? (
            <ul className="space-y-1 text-sm text-amber-900" data-testid="gates" aria-label={t('leadDetail.gates')}>
              {ahead.map((s) => (
                <li key={s} className="flex gap-1.5">
                  <span aria-hidden="true" className="mt-1.5 size-2 shrink-0 rounded-full bg-amber-400" />
                  {gateText(s)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-500" data-testid="gates">{t('leadDetail.gatesOpen')}</p>
          )}
          <p className="text-xs text-slate-500">{t('leadDetail.signHint')}</p>
        </>
      )}

      {canMove && lead.stage !== 'signed' && (
        <form onSubmit={onSubmit} className="space-y-3 border-t border-slate-100 pt-4" noValidate>
          {stale ? (
            <StaleNotice testId="stage-stale" />
          ) : gateRefused && target ? (
            <Notice tone="error">{gateText(target)}</Notice>
          ) : (
            formError && <Notice tone="error">{formError}</Notice>
          )}
          <input type="hidden" name="id" value={lead.id} />
          <input type="hidden" name="version" value={lead.version} />
          <div className="flex flex-wrap items-end gap-2">
            <div className="min-w-40 flex-1">
              <SelectField
                label={t('leadDetail.moveTo')}
                name="stage"
                id="stage-target"
                value={target}
                onChange={(e) => setTarget(e.target.value as LeadStage | '')}
                error={fieldError('stage')}
              >
                <option value="" disabled>{t('leadForm.noneSelected')}</option>
                {targets.map((s) => (
                  <option key={s} value={s}>
                    {t(`lead.stage.${s}`)}
                    {PIPELINE.includes(s) && blocked(s) ? ` · ${t('leadDetail.locked')}` : ''}
                  </option>
                ))}
              </SelectField>
            </div>
            <Button type="submit" disabled={pending || !target || targetBlocked} aria-busy={pending || undefined} aria-describedby={targetBlocked ? 'stage-gate' : undefined}>
              {pending ? t('common.working') : t('leadDetail.move')}
            </Button>
          </div>
          {targetBlocked && (
            <p id="stage-gate" className="text-sm text-amber-900" role="status">
              {gateText(target)} {t('leadDetail.fillFirst')}
            </p>
          )}
          {needsReason && (
            <TextAreaField
              label={t('leadDetail.reasonFor', { stage: t(`lead.stage.${target}`) })}
              name="reason"
              id="stage-reason"
              rows={2}
              required
              maxLength={500}
              error={fieldError('reason')}
            />
          )}
        </form>
      )}
    </div>
  );
}
