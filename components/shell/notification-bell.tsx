'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { markNotificationsRead } from '@/app/(app)/dashboard/actions';
import { cn } from '@/components/ui/cn';

export interface BellFollowUp {
  id: string;
  title: string;
  bucket: 'overdue' | 'today';
  enterpriseName: string;
  href: string;
}

export interface BellNotification {
  id: number;
  kind: string;
  data: Record<string, string>;
  link: string;
  /** Already formatted on the server, in the zone's time. */
  time: string;
  read: boolean;
}

/**
 * The header bell: follow-ups due today or overdue (live, not stored) and the viewer's stored notifications.
 * A non-modal popover: Escape or a click outside closes it and focus returns to the bell.
 */
export function NotificationBell({ followUps, notifications, unread }: { followUps: BellFollowUp[]; notifications: BellNotification[]; unread: number }) {
  const t = useTranslations('bell');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const headingId = useId();
  const count = unread + followUps.length;

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const markRead = (ids: number[] | 'all') =>
    startTransition(async () => {
      await markNotificationsRead(null, { ids });
      router.refresh();
    });

  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-label={t('button', { count })}
        aria-expanded={open}
        aria-controls={panelId}
        aria-haspopup="dialog"
        onClick={() => setOpen(!open)}
        className="relative inline-flex size-9 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100"
      >
        <svg viewBox="0 0 20 20" className="size-5" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
          <path d="M10 2.75a4.75 4.75 0 0 0-4.75 4.75v2.6L3.9 13.1c-.3.6.13 1.15.8 1.15h10.6c.67 0 1.1-.55.8-1.15l-1.35-3V7.5A4.75 4.75 0 0 0 10 2.75Z" strokeLinejoin="round" />
          <path d="M8 16.25a2 2 0 0 0 4 0" strokeLinecap="round" />
        </svg>
        {count > 0 && (
          <span aria-hidden="true" className="absolute -top-0.5 -right-0.5 min-w-[1.125rem] rounded-full bg-red-600 px-1 text-center text-[0.6875rem] leading-[1.125rem] font-semibold text-white">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </button>
      {open && (
        <div
          ref={panel}
          id={panelId}
          role="dialog"
          aria-labelledby={headingId}
          tabIndex={-1}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close(true);
            }
          }}
          className="fixed inset-x-2 top-14 z-30 max-h-[calc(100dvh-4.5rem)] overflow-y-auto rounded-lg border border-slate-200 bg-white shadow-lg outline-none sm:absolute sm:inset-x-auto sm:top-11 sm:right-0 sm:w-96"
        >
          <div className="flex items-center justify-between gap-3 border-b border-slate-100 px-4 py-2.5">
            <h2 id={headingId} className="text-sm font-semibold text-slate-900">{t('title')}</h2>
            {unread > 0 && (
              <button type="button" disabled={pending} onClick={() => markRead('all')} className="text-xs font-medium text-brand-700 hover:underline disabled:text-slate-400">
                {t('markAllRead')}
              </button>
            )}
          </div>
          {followUps.length > 0 && (
            <section aria-labelledby={`${headingId}-due`} className="border-b border-slate-100 px-4 py-2.5">
              <h3 id={`${headingId}-due`} className="mb-1 text-xs font-semibold text-slate-500">{t('dueFollowUps')}</h3>
              {/* Scrolls on its own: a busy officer's dozens must not push the notifications out of view. */}
              <ul className="max-h-56 space-y-1 overflow-y-auto">
                {followUps.map((f) => (
                  <li key={f.id}>
                    <Link href={f.href} onClick={() => close(false)} className="block rounded px-1 py-1 text-sm hover:bg-slate-50">
                      <span className={cn('mr-1.5 text-xs font-medium', f.bucket === 'overdue' ? 'text-red-700' : 'text-amber-700')}>
                        {t(f.bucket === 'overdue' ? 'overdue' : 'dueToday')}
                      </span>
                      <span className="text-slate-900">{f.title}</span>
                      <span className="block text-xs text-slate-500">{f.enterpriseName}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {notifications.length === 0 && followUps.length === 0 ? (
            <p className="px-4 py-6 text-center text-sm text-slate-500">{t('empty')}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {notifications.map((n) => (
                <li key={n.id}>
                  <Link
                    href={n.link || '/dashboard'}
                    onClick={() => {
                      close(false);
                      if (!n.read) markRead([n.id]);
                    }}
                    className="block px-4 py-2.5 hover:bg-slate-50"
                  >
                    <span className={cn('block text-sm', n.read ? 'text-slate-600' : 'font-semibold text-slate-900')}>
                      {!n.read && <span className="sr-only">{t('unread')}</span>}
                      {t.has(`kinds.${n.kind}`) ? t(`kinds.${n.kind}`, n.data) : n.kind}
                    </span>
                    <span className="mt-0.5 block text-xs text-slate-500">{n.time}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
