'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useOptimistic, useRef, useState, useTransition, type DragEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';
import type { BoardColumn } from '@/db/queries/leads';
import type { LeadStage } from '@/db/schema/leads';
import { formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { EXITS } from '@/lib/lead-stages';
import { moveLead } from '../actions';
import { BoardCard, gateMissing, useGateList, type MoveProblem } from './board-card';
import { BoardReasonDialog, type ReasonRequest } from './board-reason-dialog';

type Card = BoardColumn['cards'][number];
type OptimisticMove = { id: string; to: LeadStage };

/** The board as it looks while a move is on its way: the card already in its new column, totals adjusted. */
function applyMove(columns: BoardColumn[], { id, to }: OptimisticMove): BoardColumn[] {
  const card = columns.flatMap((c) => c.cards).find((c) => c.id === id);
  if (!card || card.stage === to) return columns;
  const amount = card.intendedInvestment ?? 0;
  return columns.map((c) => {
    if (c.stage === card.stage) return { ...c, count: c.count - 1, amount: c.amount - amount, cards: c.cards.filter((x) => x.id !== id) };
    if (c.stage === to) return { ...c, count: c.count + 1, amount: c.amount + amount, cards: [{ ...card, stage: to, stalled: false }, ...c.cards] };
    return c;
  });
}

/**
 * The kanban: one column per stage with its count and 万元 total. Cards move by drag and drop or, from the
 * keyboard, with each card's "移动到…" control; either way through the `moveLead` action with the card's
 * version, so a card someone else changed meanwhile is refused rather than overwritten.
 */
export function Board({ columns, mayWrite }: { columns: BoardColumn[]; mayWrite: boolean }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const router = useRouter();
  const gateList = useGateList();
  const [, startTransition] = useTransition();
  const [board, addMove] = useOptimistic(columns, applyMove);
  const [pending, setPending] = useState<Record<string, true>>({});
  const [problems, setProblems] = useState<Record<string, MoveProblem>>({});
  const [dragging, setDragging] = useState<Card | null>(null);
  const [over, setOver] = useState<LeadStage | null>(null);
  const [asking, setAsking] = useState<(ReasonRequest & { card: Card; keyboard: boolean }) | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // A keyboard move re-mounts the card in its new column; focus follows it there instead of falling to <body>.
  const followFocus = useRef<string | null>(null);

  useEffect(() => {
    const id = followFocus.current;
    if (!id) return;
    const control = document.getElementById(`lead-move-${id}`);
    const active = document.activeElement;
    if (active && active !== document.body) {
      // The user has moved on: stop following.
      if (active !== control) followFocus.current = null;
      return;
    }
    control?.focus();
  });

  const stageName = (s: LeadStage) => t(`lead.stage.${s}`);
  const setProblem = (id: string, problem: MoveProblem | null) =>
    setProblems((all) => {
      const next = { ...all };
      if (problem) next[id] = problem;
      else delete next[id];
      return next;
    });

  function move(card: Card, to: LeadStage, opts: { reason?: string; keyboard: boolean }) {
    if (card.stage === to || pending[card.id]) return;
    // Shown before trying: the server would refuse the same move with gateFieldsRequired.
    if (gateMissing(card, to).length > 0) {
      setProblem(card.id, { to, error: 'gate' });
      return;
    }
    const reason = opts.reason ?? '';
    if (EXITS.includes(to) && !reason) {
      setAsking({ id: card.id, projectName: card.projectName, to, card, keyboard: opts.keyboard });
      return;
    }
    setProblem(card.id, null);
    if (opts.keyboard) followFocus.current = card.id;
    setPending((p) => ({ ...p, [card.id]: true }));
    startTransition(async () => {
      addMove({ id: card.id, to });
      const result = await moveLead(null, { id: card.id, version: card.version, stage: to, reason });
      setPending((p) => {
        const next = { ...p };
        delete next[card.id];
        return next;
      });
      if (result.ok) {
        setAnnouncement(t('leads.move.moved', { project: card.projectName, stage: stageName(to) }));
        router.refresh();
      } else {
        setProblem(card.id, { to, error: result.error, reasonMissing: Boolean(result.fieldErrors?.reason) });
        setAnnouncement('');
      }
    });
  }

  const onDragOver = (stage: LeadStage) => (event: DragEvent<HTMLElement>) => {
    if (!dragging || dragging.stage === stage) return;
    // Dropping on a gated column is allowed so the card can say what is missing; the column warns first.
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (over !== stage) setOver(stage);
  };

  const onDrop = (stage: LeadStage) => (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    const card = dragging;
    setDragging(null);
    setOver(null);
    if (card) move(card, stage, { keyboard: false });
  };

  return (
    <>
      {mayWrite && <p className="text-xs text-slate-500">{t('leads.board.hint')}</p>}
      <div
        role="group"
        aria-label={t('leads.board.label')}
        className="-mx-4 flex snap-x snap-mandatory gap-3 overflow-x-auto px-4 pb-3 lg:mx-0 lg:px-0 xl:snap-none"
      >
        {board.map((column) => {
          const headingId = `lead-column-${column.stage}`;
          const blocked = dragging && dragging.stage !== column.stage ? gateMissing(dragging, column.stage) : [];
          const isTarget = Boolean(dragging) && over === column.stage;
          return (
            <section
              key={column.stage}
              aria-labelledby={headingId}
              onDragOver={mayWrite ? onDragOver(column.stage) : undefined}
              onDragLeave={(e) => {
                if (!e.currentTarget.contains(e.relatedTarget as Node | null) && over === column.stage) setOver(null);
              }}
              onDrop={mayWrite ? onDrop(column.stage) : undefined}
              className={cn(
                'flex w-[82vw] max-w-80 shrink-0 snap-start flex-col rounded-lg border bg-slate-100/70 sm:w-72 xl:w-auto xl:max-w-none xl:min-w-44 xl:flex-1',
                isTarget ? (blocked.length ? 'border-red-300 bg-red-50/60' : 'border-brand-600 bg-brand-50/60') : 'border-slate-200',
              )}
            >
              <header className="space-y-0.5 border-b border-slate-200 px-3 py-2">
                <div className="flex items-baseline justify-between gap-2">
                  <h2 id={headingId} className="text-sm font-semibold text-ink">{stageName(column.stage)}</h2>
                  <span className="text-xs text-slate-600 tabular-nums">{t('leads.column.count', { count: column.count })}</span>
                </div>
                <p className="text-xs text-slate-600 tabular-nums">{t('leads.column.amount', { amount: t('format.wan', { amount: formatWanNumber(column.amount, locale) }) })}</p>
              </header>
              {dragging && blocked.length > 0 && (
                <p className="border-b border-red-200 px-3 py-1.5 text-xs text-red-700">{t('leads.move.needs', { fields: gateList(blocked) })}</p>
              )}
              {column.cards.length === 0 ? (
                <p className="flex-1 px-3 py-8 text-center text-xs text-slate-400">{t('leads.column.empty')}</p>
              ) : (
                <ul className="flex-1 space-y-2 p-2">
                  {column.cards.map((card) => (
                    <li key={card.id}>
                      <BoardCard
                        card={card}
                        mayWrite={mayWrite}
                        pending={Boolean(pending[card.id])}
                        problem={problems[card.id]}
                        onMove={(to) => move(card, to, { keyboard: true })}
                        onDragStart={(event) => {
                          followFocus.current = null;
                          event.dataTransfer.effectAllowed = 'move';
                          // Firefox starts a drag only with data set; the board itself reads `dragging`.
                          event.dataTransfer.setData('text/plain', card.projectName);
                          setDragging(card);
                        }}
                        onDragEnd={() => {
                          setDragging(null);
                          setOver(null);
                        }}
                        onDismiss={() => setProblem(card.id, null)}
                        onRefresh={() => {
                          setProblem(card.id, null);
                          router.refresh();
                        }}
                      />
                    </li>
                  ))}
                </ul>
              )}
              {column.count > column.cards.length && (
                <p className="border-t border-slate-200 px-3 py-2 text-xs text-slate-500">{t('leads.column.more', { count: column.count, shown: column.cards.length })}</p>
              )}
            </section>
          );
        })}
      </div>
      <p role="status" aria-live="polite" className="sr-only">{announcement}</p>
      <BoardReasonDialog
        request={asking}
        onCancel={() => setAsking(null)}
        onConfirm={(reason) => {
          const request = asking;
          setAsking(null);
          if (request) move(request.card, request.to, { reason, keyboard: request.keyboard });
        }}
      />
    </>
  );
}
