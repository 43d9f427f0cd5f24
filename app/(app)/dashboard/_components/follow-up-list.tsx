'use client';
import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import type { FollowUpRow } from '@/db/queries/follow-ups';
import { setFollowUpDone } from '../actions';

type Item = Pick<FollowUpRow, 'id' | 'title' | 'dueDate' | 'enterpriseId' | 'enterpriseName' | 'leadId' | 'leadName' | 'version' | 'bucket'> & { dueLabel: string };

const BUCKETS = ['overdue', 'today', 'week'] as const;
// A busy officer has dozens: the first few of each group show, the rest fold away.
const SHOWN = 6;

/**
 * 我的跟进事项 grouped 已逾期 / 今天 / 本周. A row marked done stays in place (with 撤销) until the page is left,
 * although the refreshed server list no longer has it.
 */
export function FollowUpList({ rows, canWrite, canLogMeeting }: { rows: Item[]; canWrite: boolean; canLogMeeting: boolean }) {
  const t = useTranslations('followUps');
  const [kept, setKept] = useState<Item[]>([]);
  const ids = new Set(rows.map((r) => r.id));
  const all = [...rows, ...kept.filter((k) => !ids.has(k.id))]
    // A total order, so a row marked done keeps its place (and its 撤销) when the refreshed list drops it.
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
  const keep = (row: Item) => setKept((prev) => (prev.some((p) => p.id === row.id) ? prev : [...prev, row]));

  if (all.length === 0) return <p className="text-sm text-slate-500">{t('empty')}</p>;
  return (
    <div className="space-y-4">
      {BUCKETS.map((bucket) => {
        const items = all.filter((r) => r.bucket === bucket);
        if (items.length === 0) return null;
        const headingId = `follow-ups-${bucket}`;
        return (
          <section key={bucket} aria-labelledby={headingId}>
            <h3 id={headingId} className={cn('mb-1.5 text-xs font-semibold', bucket === 'overdue' ? 'text-red-700' : 'text-slate-600')}>
              {t(`buckets.${bucket}`)}（{items.length}）
            </h3>
            <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
              {items.slice(0, SHOWN).map((row) => (
                <FollowUpItem key={row.id} row={row} canWrite={canWrite} canLogMeeting={canLogMeeting} onDone={() => keep(row)} />
              ))}
            </ul>
            {items.length > SHOWN && (
              <details className="group mt-1">
                <summary className="cursor-pointer py-1 text-xs font-medium text-brand-700 hover:underline">
                  <span className="group-open:hidden">{t('showMore', { count: items.length - SHOWN })}</span>
                  <span className="hidden group-open:inline">{t('showLess')}</span>
                </summary>
                <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
                  {items.slice(SHOWN).map((row) => (
                    <FollowUpItem key={row.id} row={row} canWrite={canWrite} canLogMeeting={canLogMeeting} onDone={() => keep(row)} />
                  ))}
                </ul>
              </details>
            )}
          </section>
        );
      })}
    </div>
  );
}

function FollowUpItem({ row, canWrite, canLogMeeting, onDone }: { row: Item; canWrite: boolean; canLogMeeting: boolean; onDone: () => void }) {
  const t = useTranslations('followUps');
  const { state, onSubmit, pending, formError } = useActionForm(setFollowUpDone);
  // The last successful answer says whether it is done now and at which version; before any, the row's own.
  const current = state?.ok ? state.data : { version: row.version, done: false };
  const overdue = row.bucket === 'overdue';
  // The meeting form closes this follow-up when it is saved.
  const meetingHref = `${row.leadId ? `/meetings/new?leadId=${row.leadId}` : `/meetings/new?enterpriseId=${row.enterpriseId}`}&followUpId=${row.id}`;
  return (
    <li className={cn('flex flex-wrap items-center gap-x-3 gap-y-1.5 px-3 py-2.5 text-sm', overdue && !current.done && 'bg-red-50/60')}>
      <div className="min-w-0 flex-1 basis-56">
        <p className={cn('font-medium text-slate-900', current.done && 'text-slate-400 line-through')}>{row.title}</p>
        <p className="mt-0.5 text-xs text-slate-500">
          {row.leadId ? (
            <Link href={`/leads/${row.leadId}`} className="text-brand-700 hover:underline">{row.leadName}</Link>
          ) : null}
          {row.leadId ? ' · ' : null}
          <Link href={`/enterprises/${row.enterpriseId}`} className="text-brand-700 hover:underline">{row.enterpriseName}</Link>
          {' · '}
          <span className={cn(overdue && 'font-medium text-red-700')}>{t('due', { date: row.dueLabel })}</span>
        </p>
        {formError && <p role="alert" className="mt-1 text-xs text-red-700">{formError}</p>}
      </div>
      {canWrite && (
        <div className="flex items-center gap-2">
          {current.done ? (
            <form onSubmit={onSubmit} className="flex items-center gap-2">
              <span role="status" className="text-xs text-emerald-700">{t('doneNotice')}</span>
              <input type="hidden" name="id" value={row.id} />
              <input type="hidden" name="version" value={current.version} />
              <input type="hidden" name="done" value="false" />
              <button type="submit" disabled={pending} className="text-xs font-medium text-brand-700 underline-offset-2 hover:underline disabled:text-slate-400" aria-label={t('undoLabel', { title: row.title })}>
                {t('undo')}
              </button>
            </form>
          ) : (
            <>
              {canLogMeeting && <Link href={meetingHref} className="text-xs font-medium text-brand-700 hover:underline">{t('logMeeting')}</Link>}
              <form
                onSubmit={(e) => {
                  onDone();
                  onSubmit(e);
                }}
              >
                <input type="hidden" name="id" value={row.id} />
                <input type="hidden" name="version" value={current.version} />
                <input type="hidden" name="done" value="true" />
                <Button type="submit" variant="secondary" className="h-7 px-2.5 text-xs" disabled={pending} aria-label={t('doneLabel', { title: row.title })}>
                  {t('done')}
                </Button>
              </form>
            </>
          )}
        </div>
      )}
    </li>
  );
}
