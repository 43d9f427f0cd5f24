'use client';
import { Fragment, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Table, Td, Th } from '@/components/ui/table';
import type { TargetRow } from '@/db/queries/targets';
import type { Locale } from '@/lib/i18n/locales';
import { TARGET_MEASURES } from '@/lib/validation/targets';
import { TargetForm } from './target-form';

/** A year's targets: the zone, then each team; a row opens its form in place. */
export function TargetTable({ year, rows }: { year: number; rows: TargetRow[] }) {
  const t = useTranslations('targets');
  const tc = useTranslations('common');
  const locale = useLocale() as Locale;
  const [editing, setEditing] = useState<string | null>(null);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const keyOf = (row: TargetRow) => row.teamId ?? 'zone';
  return (
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
        {rows.map((row) => {
          const name = row.teamName ?? t('zone');
          return (
            <Fragment key={keyOf(row)}>
              <tr className={row.teamId ? 'hover:bg-slate-50' : 'bg-slate-50 font-medium'}>
                <Th scope="row" className="text-left font-medium text-slate-900">{name}</Th>
                {TARGET_MEASURES.map((m) => (
                  <Td key={m} className="text-right whitespace-nowrap tabular-nums">{row.values[m] === null ? '—' : number.format(row.values[m])}</Td>
                ))}
                <Td className="text-right">
                  <Button variant="ghost" className="h-7 px-2 text-brand-700" aria-expanded={editing === keyOf(row)} aria-label={t('editRow', { name })} onClick={() => setEditing(editing === keyOf(row) ? null : keyOf(row))}>
                    {tc('edit')}
                  </Button>
                </Td>
              </tr>
              {editing === keyOf(row) && (
                <tr className="bg-slate-50">
                  <Td colSpan={TARGET_MEASURES.length + 2} className="py-3">
                    <TargetForm key={row.version} year={year} row={row} name={name} onDone={() => setEditing(null)} />
                  </Td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </Table>
  );
}
