'use client';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import type { LeadStage } from '@/db/schema/leads';

export interface ReasonRequest {
  id: string;
  projectName: string;
  to: LeadStage;
}

/**
 * 搁置 and 终止 need a reason, which goes into the lead's history: a modal dialog asks for it before the
 * move is sent. Escape or 取消 leaves the card where it was.
 */
export function BoardReasonDialog({ request, onCancel, onConfirm }: { request: ReasonRequest | null; onCancel: () => void; onConfirm: (reason: string) => void }) {
  const t = useTranslations();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (request && !el.open) el.showModal();
    if (!request && el.open) el.close();
  }, [request]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    if (!reason) {
      setMissing(true);
      return;
    }
    setMissing(false);
    onConfirm(reason);
  };

  const stage = request ? t(`lead.stage.${request.to}`) : '';
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onClose={() => {
        setMissing(false);
        onCancel();
      }}
      className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      {request && (
        // Keyed by the request so every opening starts with an empty reason.
        <form key={`${request.id}:${request.to}`} onSubmit={onSubmit} noValidate>
          <div className="space-y-3 p-5">
            <h2 id={titleId} className="text-base font-semibold text-ink">{t('leads.move.reasonTitle', { stage })}</h2>
            <p id={descriptionId} className="text-sm text-slate-600">{t('leads.move.reasonHint', { project: request.projectName, stage })}</p>
            <TextAreaField
              label={t('lead.fields.reason')}
              name="reason"
              id="lead-move-reason"
              required
              maxLength={500}
              autoFocus
              error={missing ? t('leads.move.reasonRequired') : undefined}
            />
          </div>
          <div className="flex justify-end gap-2 border-t border-slate-100 bg-slate-50 px-5 py-3">
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" variant={request.to === 'dropped' ? 'danger' : 'primary'}>
              {t('leads.move.confirm', { stage })}
            </Button>
          </div>
        </form>
      )}
    </dialog>
  );
}
