'use client';
import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Table, Td, Th } from '@/components/ui/table';
import type { TargetRow } from '@/db/queries/targets';
import type { Locale } from '@/lib/i18n/locales';
import { TARGET_MEASURES } from '@/lib/validation/targets';
import { TargetForm } from './target-form';

/**
 * A year's targets: the zone, then each team. "编辑" opens that row's form under the table, where it has
 * the page's width on a phone too (inside the table it would scroll sideways with it).
 */
export function TargetTable({ year, rows }: { year: number; rows: TargetRow[] }) {
  const t = useTranslations('targets');
  const tc = useTranslations('common');
  const locale = useLocale() as Locale;
  const [editing, setEditing] = useState<string | null>(null);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const keyOf = (row: TargetRow) => row.teamId ?? 'zone';
  const nameOf = (row: TargetRow) => row.teamName ?? t('zone');
  const open = rows.find((row) => keyOf(row) === editing);
  return (
    <div className="space-y-4">
      <Table>
        <caption className="sr-only">{t('caption', { year })}</caption>
        <thead>
          <tr>
            <Th>{t('scope')}</Th>
            {TARGET_MEASURES.map((m) => (
              <Th key={m} className="text-right">{t(`measures.${m}`)}</Th>
            ))}
            <Th><span className="sr-only">{tc('actions')}</span></Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={keyOf(row)} className={row.teamId ? 'hover:bg-slate-50' : 'bg-slate-50'}>
              <Th scope="row" className="bg-transparent text-sm font-medium text-slate-900">{nameOf(row)}</Th>
              {TARGET_MEASURES.map((m) => (
                <Td key={m} className="text-right whitespace-nowrap tabular-nums">{row.values[m] === null ? '—' : number.format(row.values[m])}</Td>
              ))}
              <Td className="text-right">
                <Button
                  variant="ghost"
                  className="h-7 px-2 text-brand-700"
                  aria-expanded={editing === keyOf(row)}
                  aria-label={t('editRow', { name: nameOf(row) })}
                  onClick={() => setEditing(editing === keyOf(row) ? null : keyOf(row))}
                >
                  {tc('edit')}
                </Button>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {open && (
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-3 text-sm font-semibold text-slate-900">{t('editRow', { name: nameOf(open) })}</h2>
          <TargetForm key={`${keyOf(open)}-${open.version}`} year={year} row={open} name={nameOf(open)} onDone={() => setEditing(null)} />
        </div>
      )}
    </div>
  );
}
