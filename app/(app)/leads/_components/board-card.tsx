'use client';
import Link from 'next/link';
import { useState, type DragEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import type { LeadCard } from '@/db/queries/leads';
import type { LeadStage } from '@/db/schema/leads';
import { formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { BOARD_STAGES, missingForStage, type GateField } from '@/lib/lead-stages';

/** Why the last move of a card did not happen: a gate seen before sending, or the server's message key. */
export interface MoveProblem {
  to: LeadStage;
  /** `gate` (checked here before sending) or an `errors.*` key from the action. */
  error: string;
  reasonMissing?: boolean;
}

/** What the card still lacks to enter `to` (the server checks the same gates). */
export function gateMissing(card: Pick<LeadCard, 'nodeId' | 'chainAction' | 'intendedInvestment' | 'meetings'>, to: LeadStage): GateField[] {
  return missingForStage(card, to);
}

/** "产业链环节、招商方向、意向投资额" in the UI language. */
export function useGateList() {
  const t = useTranslations('lead.gate');
  const sep = useTranslations('leads.move')('separator');
  return (fields: GateField[]) => fields.map((f) => t(f)).join(sep);
}

interface Props {
  card: LeadCard;
  mayWrite: boolean;
  pending: boolean;
  problem?: MoveProblem;
  onMove: (to: LeadStage) => void;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
  onDismiss: () => void;
  onRefresh: () => void;
}

/**
 * One lead on the board. The body drags (mouse); the "移动到…" select and button below it do the same
 * from the keyboard or a screen reader, and are the only way on a touch screen.
 */
export function BoardCard({ card, mayWrite, pending, problem, onMove, onDragStart, onDragEnd, onDismiss, onRefresh }: Props) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const gateList = useGateList();
  const [target, setTarget] = useState('');
  const titleId = `lead-card-${card.id}`;
  const problemId = `lead-card-${card.id}-problem`;
  const stageName = (s: LeadStage) => t(`lead.stage.${s}`);
  const targets = BOARD_STAGES.filter((s) => s !== card.stage).map((s) => ({ stage: s, missing: gateMissing(card, s) }));

  let problemText: string | undefined;
  if (problem) {
    const missing = gateMissing(card, problem.to);
    const key = problem.error === 'gate' ? 'gateFieldsRequired' : problem.error;
    if (key === 'gateFieldsRequired' && missing.length > 0) {
      problemText = t('leads.move.blocked', { stage: stageName(problem.to), fields: gateList(missing) });
    } else {
      const detail = problem.reasonMissing ? t('leads.move.reasonRequired') : t.has(`errors.${key}`) ? t(`errors.${key}`) : t('errors.unexpected');
      problemText = t('leads.move.failed', { stage: stageName(problem.to), message: detail });
    }
  }

  return (
    <article
      aria-labelledby={titleId}
      aria-busy={pending || undefined}
      className={`rounded-md border bg-white shadow-xs ${card.stalled ? 'border-amber-300' : 'border-slate-200'} ${pending ? 'opacity-60' : ''}`}
    >
      <div
        draggable={mayWrite && !pending}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        className={`space-y-1 p-3 ${mayWrite ? 'cursor-grab active:cursor-grabbing' : ''}`}
      >
        <h3 id={titleId} className="text-sm leading-snug font-medium">
          <Link href={`/leads/${card.id}`} draggable={false} className="text-brand-700 hover:underline">
            {card.projectName}
          </Link>
        </h3>
        <p className="truncate text-xs text-slate-600" title={card.enterpriseName}>{card.enterpriseName}</p>
        <p className="text-sm font-medium text-slate-900 tabular-nums">
          {card.intendedInvestment === null ? <span className="font-normal text-slate-400">{t('leads.card.noAmount')}</span> : t('format.wan', { amount: formatWanNumber(card.intendedInvestment, locale) })}
        </p>
        <p className="truncate text-xs text-slate-500" title={`${card.teamName} · ${card.ownerName}`}>
          {card.teamName} · {card.ownerName}
        </p>
        <div className="flex flex-wrap gap-1 pt-0.5">
          <Badge tone={card.priority === 'high' ? 'brand' : 'neutral'}>{t('leads.card.priority', { priority: t(`lead.priority.${card.priority}`) })}</Badge>
          {card.stalled && (
            <span title={t('leads.card.stalledHint')}>
              <Badge tone="amber">{t('lead.fields.stalled')}</Badge>
            </span>
          )}
          {card.conflict && (
            <span title={t('leads.card.conflictHint')}>
              <Badge tone="red">{t('lead.fields.conflict')}</Badge>
            </span>
          )}
        </div>
      </div>

      {mayWrite && (
        <div className="flex gap-1.5 border-t border-slate-100 px-3 py-2">
          <select
            id={`lead-move-${card.id}`}
            aria-label={t('leads.move.label', { project: card.projectName })}
            aria-describedby={problem ? problemId : undefined}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            className="h-8 min-w-0 flex-1 rounded-md border border-slate-300 bg-white pr-0.5 pl-1.5 text-xs text-slate-800 focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none disabled:bg-slate-100"
          >
            <option value="">{t('leads.move.placeholder')}</option>
            {targets.map(({ stage, missing }) => (
              <option key={stage} value={stage} disabled={missing.length > 0}>
                {missing.length > 0 ? t('leads.move.optionBlocked', { stage: stageName(stage), fields: gateList(missing) }) : stageName(stage)}
              </option>
            ))}
          </select>
          <Button
            variant="secondary"
            className="h-8 px-2 text-xs"
            disabled={pending}
            onClick={() => {
              if (target) onMove(target as LeadStage);
              else document.getElementById(`lead-move-${card.id}`)?.focus();
            }}
          >
            {pending ? t('leads.move.moving') : t('leads.move.button')}
          </Button>
        </div>
      )}

      {problemText && (
        <div id={problemId} className="px-3 pb-3">
          <Notice tone="error" testId="lead-move-error">
            <p>{problemText}</p>
            <div className="mt-1.5 flex flex-wrap items-center gap-2">
              {problem?.error === 'conflict' ? (
                <Button variant="secondary" className="h-7 px-2 text-xs" onClick={onRefresh}>
                  {t('leads.move.refresh')}
                </Button>
              ) : (problem?.error === 'gate' || problem?.error === 'gateFieldsRequired') ? (
                <Link href={`/leads/${card.id}`} className="text-xs font-medium text-red-800 underline">
                  {t('leads.move.complete')}
                </Link>
              ) : null}
              <button type="button" onClick={onDismiss} className="text-xs text-red-800 underline">
                {t('leads.move.dismiss')}
              </button>
            </div>
          </Notice>
        </div>
      )}
    </article>
  );
}
