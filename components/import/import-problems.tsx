'use client';
import { useTranslations } from 'next-intl';
import { Table, Td, Th } from '@/components/ui/table';
import type { ImportRowError } from '@/lib/import/import-rows';

/** The bad rows as a table (行号 · 列 · 原因), scrollable when long; the page sends at most a few hundred rows. */
export function ImportProblems({ errors, shownRows, totalRows }: { errors: ImportRowError[]; shownRows: number; totalRows: number }) {
  const t = useTranslations('import');
  const te = useTranslations('errors');
  const reason = (e: ImportRowError) => (te.has(e.message) ? te(e.message, e.params) : te('invalid'));
  return (
    <div className="space-y-2">
      <div role="region" aria-label={t('problemsTitle')} tabIndex={0} className="max-h-[28rem] overflow-y-auto rounded-lg focus-visible:outline-2">
        <Table>
          <caption className="sr-only">{t('problemsTitle')}</caption>
          <thead>
            <tr>
              <Th className="w-14 text-right sm:w-20">{t('rowNumber')}</Th>
              <Th className="sm:w-40">{t('column')}</Th>
              <Th>{t('reason')}</Th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e) => (
              <tr key={`${e.rowNumber}:${e.column}`}>
                <Td className="text-right tabular-nums">{e.rowNumber}</Td>
                <Td className="sm:whitespace-nowrap">{e.column}</Td>
                <Td>{reason(e)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      {shownRows < totalRows && <p className="text-sm text-slate-600">{t('truncated', { shown: shownRows, total: totalRows })}</p>}
    </div>
  );
}
