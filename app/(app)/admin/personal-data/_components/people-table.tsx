import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Table, Td, Th } from '@/components/ui/table';
import type { PersonRecord, PersonRow } from '@/db/queries/personal-data';
import { RecordStatus } from './record-status';

/**
 * Contact records as the personal-data tools list them, details masked: the search's results (each opening
 * its person) or one person's records (each opening the contact's own page, with its meetings counted).
 */
export function PeopleTable({ rows, label, href }: { rows: (PersonRow | PersonRecord)[]; label?: string; href: (row: PersonRow) => string | null }) {
  const t = useTranslations();
  const counted = rows.some((r) => 'meetings' in r);
  return (
    <Table aria-label={label}>
      <thead>
        <tr>
          <Th>{t('personalData.columns.name')}</Th>
          <Th>{t('personalData.columns.mobile')}</Th>
          <Th className="hidden sm:table-cell">{t('personalData.columns.email')}</Th>
          <Th>{t('personalData.columns.enterprise')}</Th>
          <Th>{t('personalData.columns.status')}</Th>
          {counted && <Th className="text-right">{t('personalData.columns.meetings')}</Th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const name = r.erased ? t('contacts.erasedName') : r.name;
          const to = href(r);
          return (
            <tr key={r.id} className="hover:bg-slate-50">
              <Td className="font-medium whitespace-nowrap">
                {/* A contact's own page may show it in full, which is audited: never on a prefetch. */}
                {to ? <Link href={to} prefetch={false} className="text-brand-700 hover:underline">{name}</Link> : name}
                {r.title && <span className="ml-2 text-xs font-normal text-slate-500">{r.title}</span>}
              </Td>
              <Td className="whitespace-nowrap tabular-nums">{r.mobile || '—'}</Td>
              <Td className="hidden sm:table-cell">{r.email || '—'}</Td>
              <Td className="min-w-40">{r.enterpriseName}</Td>
              <Td><RecordStatus deleted={r.deleted} erased={r.erased} /></Td>
              {counted && <Td className="text-right tabular-nums">{'meetings' in r ? r.meetings : ''}</Td>}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
