'use client';
import { Fragment, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { ConfirmAction } from '@/components/forms/confirm-action';
import { Button } from '@/components/ui/button';
import { Table, Td, Th } from '@/components/ui/table';
import type { FundsRow } from '@/db/queries/project-funds';
import { formatDate, formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { fundsRatio } from '@/lib/project-status';
import { deleteFunds } from '../../actions';
import { FundsForm } from './funds-form';
import { ProgressBar } from '@/components/ui/progress-bar';

interface Props {
  projectId: string;
  contracted: number;
  /** The project's total, as the wall chart shows it. */
  fundsInPlace: number;
  rows: FundsRow[];
  canEdit: boolean;
  today: string;
}

/** 到位资金: the share of the contracted amount in place, the entries with their running total, and the forms. */
export function FundsPanel({ projectId, contracted, fundsInPlace, rows, canEdit, today }: Props) {
  const t = useTranslations('project.funds');
  const tc = useTranslations('common');
  const locale = useLocale() as Locale;
  const [editing, setEditing] = useState<string | null>(null);
  const ratio = fundsRatio(fundsInPlace, contracted);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
  const wan = (v: number) => formatWanNumber(v, locale);
  const columns = canEdit ? 7 : 6;

  return (
    <div className="space-y-4">
      <div className="space-y-2" data-testid="funds-ratio">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <p className="text-sm text-slate-600">
            {t('ratio')} <span className="ml-1 text-2xl font-semibold text-ink tabular-nums">{percent}</span>
          </p>
          <p className="text-sm text-slate-600 tabular-nums">{t('summary', { funds: wan(fundsInPlace), contracted: wan(contracted) })}</p>
        </div>
        <ProgressBar value={ratio} label={t('ratio')} tone={ratio >= 1 ? 'green' : 'brand'} />
      </div>

      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t('empty')}</p>
      ) : (
        <Table data-testid="funds-table">
          <caption className="sr-only">{t('caption')}</caption>
          <thead>
            <tr>
              <Th>{t('receivedOn')}</Th>
              <Th className="text-right">{t('amount')}</Th>
              <Th className="hidden sm:table-cell">{t('source')}</Th>
              <Th className="hidden md:table-cell">{t('note')}</Th>
              <Th className="hidden sm:table-cell">{t('createdBy')}</Th>
              <Th className="hidden text-right sm:table-cell">{t('runningTotal')}</Th>
              {canEdit && <Th><span className="sr-only">{tc('actions')}</span></Th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <Fragment key={r.id}>
                <tr className="hover:bg-slate-50">
                  <Td className="whitespace-nowrap tabular-nums">
                    <time dateTime={r.receivedOn}>{formatDate(r.receivedOn, locale)}</time>
                    {/* On a phone the source rides under the date and the running total under the amount: no sideways scrolling. */}
                    <div className="text-xs text-slate-500 sm:hidden">{t(`sourceKind.${r.source}`)}</div>
                  </Td>
                  <Td className="text-right tabular-nums">
                    {wan(r.amount)}
                    <div className="text-xs text-slate-500 sm:hidden">{t('runningShort', { total: wan(r.runningTotal) })}</div>
                  </Td>
                  <Td className="hidden whitespace-nowrap sm:table-cell">{t(`sourceKind.${r.source}`)}</Td>
                  <Td className="hidden max-w-64 text-slate-600 md:table-cell">{r.note || '—'}</Td>
                  <Td className="hidden whitespace-nowrap text-slate-600 sm:table-cell">{r.createdByName ?? '—'}</Td>
                  <Td className="hidden text-right font-medium tabular-nums sm:table-cell">{wan(r.runningTotal)}</Td>
                  {canEdit && (
                    <Td className="text-right">
                      <Button
                        variant="ghost"
                        className="h-7 px-1.5 text-brand-700 sm:px-2"
                        aria-expanded={editing === r.id}
                        aria-label={t('editRow', { date: formatDate(r.receivedOn, locale) })}
                        onClick={() => setEditing(editing === r.id ? null : r.id)}
                      >
                        {t('edit')}
                      </Button>
                    </Td>
                  )}
                </tr>
                {canEdit && editing === r.id && (
                  <tr className="bg-slate-50">
                    <Td colSpan={columns} className="py-3">
                      {/* Delete sits apart from save, at the row's end: its own form, and it asks first. */}
                      <div className="flex flex-wrap items-end justify-between gap-3">
                        <div className="min-w-0 flex-1 basis-full sm:basis-0">
                          <FundsForm key={r.version} entry={r} today={today} onDone={() => setEditing(null)} />
                        </div>
                        <ConfirmAction
                          action={deleteFunds}
                          fields={{ id: r.id, version: r.version }}
                          label={t('delete')}
                          title={t('deleteTitle')}
                          message={t('deleteMessage', { date: formatDate(r.receivedOn, locale), amount: wan(r.amount) })}
                        />
                      </div>
                    </Td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </Table>
      )}

      {canEdit && (
        <div className="border-t border-slate-100 pt-4">
          <h3 className="mb-3 text-sm font-medium text-slate-700">{t('add')}</h3>
          <FundsForm projectId={projectId} today={today} />
        </div>
      )}
    </div>
  );
}
