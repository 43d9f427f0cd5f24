'use client';
import { useId, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

/**
 * A destructive submit that asks first. Place it inside the form: the dialog's confirm button
 * submits that form.
 */
export function ConfirmSubmit({ label, title, message, variant = 'danger' }: { label: string; title: string; message: string; variant?: 'danger' | 'secondary' }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const t = useTranslations('common');
  return (
    <>
      <Button variant={variant} onClick={() => dialog.current?.showModal()}>
        {label}
      </Button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl">
        <div className="space-y-3 p-5">
          <h2 id={titleId} className="text-base font-semibold text-ink">{title}</h2>
          <p className="text-sm text-slate-600">{message}</p>
        </div>
        <div className="flex justify-end gap-2 border-t border-slate-100 bg-slate-50 px-5 py-3">
          <Button variant="secondary" onClick={() => dialog.current?.close()}>
            {t('cancel')}
          </Button>
          <Button type="submit" variant={variant} onClick={() => dialog.current?.close()}>
            {t('confirm')}
          </Button>
        </div>
      </dialog>
    </>
  );
}
