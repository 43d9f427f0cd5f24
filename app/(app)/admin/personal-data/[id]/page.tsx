import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getPersonOrThrow } from '@/db/queries/personal-data';
import { ConfirmAction } from '@/components/forms/confirm-action';
import { buttonClass, ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { Table, Td, Th } from '@/components/ui/table';
import { orNotFound } from '@/lib/not-found';
import { requirePermission } from '@/lib/viewer';
import { erasePersonalData } from '../actions';
import { RecordStatus } from '../_components/record-status';

export async function generateMetadata() {
  return { title: (await getTranslations('personalData'))('title') };
}

/**
 * One person: the record the admin found and every record sharing its mobile or email (masked, as in any
 * list), with the export of all of it in full and the erasure of all of it. Admins only.
 */
export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('personalData.manage');
  const { id } = await params;
  const [records, t] = await Promise.all([orNotFound(getPersonOrThrow(viewer, id)), getTranslations()]);
  const nameOf = (r: (typeof records)[number]) => (r.erased ? t('contacts.erasedName') : r.name);
  const name = nameOf(records[0]);
  const erasable = records.filter((r) => !r.erased);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold text-ink">{t('personalData.personTitle', { name })}</h2>
        <ButtonLink href="/admin/personal-data" variant="ghost">{t('personalData.back')}</ButtonLink>
      </div>
      {erasable.length === 0 && <Notice tone="success">{t('personalData.erasedDone')}</Notice>}

      <Card title={t('personalData.records')}>
        <p className="mb-3 text-xs text-slate-500">{t('personalData.recordsHint')}</p>
        <Table>
          <thead>
            <tr>
              <Th>{t('personalData.columns.name')}</Th>
              <Th>{t('personalData.columns.mobile')}</Th>
              <Th className="hidden sm:table-cell">{t('personalData.columns.email')}</Th>
              <Th>{t('personalData.columns.enterprise')}</Th>
              <Th>{t('personalData.columns.status')}</Th>
              <Th className="text-right">{t('personalData.columns.meetings')}</Th>
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.id}>
                <Td className="font-medium whitespace-nowrap">
                  {/* The contact's own page shows it in full (audited); a deleted or erased one has none. */}
                  {r.deleted || r.erased ? nameOf(r) : <Link href={`/enterprises/${r.enterpriseId}/contacts/${r.id}`} prefetch={false} className="text-brand-700 hover:underline">{nameOf(r)}</Link>}
                  {r.title && <span className="ml-2 text-xs font-normal text-slate-500">{r.title}</span>}
                </Td>
                <Td className="whitespace-nowrap tabular-nums">{r.mobile || '—'}</Td>
                <Td className="hidden sm:table-cell">{r.email || '—'}</Td>
                <Td className="min-w-40">
                  <Link href={`/enterprises/${r.enterpriseId}`} className="text-brand-700 hover:underline">{r.enterpriseName}</Link>
                </Td>
                <Td><RecordStatus deleted={r.deleted} erased={r.erased} /></Td>
                <Td className="text-right tabular-nums">{r.meetings}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>

      <div className="grid gap-4 lg:grid-cols-2 lg:items-start">
        <Card title={t('personalData.exportTitle')}>
          <p className="mb-3 text-sm text-slate-600">{t('personalData.exportHint')}</p>
          {/* A file download, not a page: a plain link, never prefetched. */}
          <a href={`/api/personal-data/export?contactId=${records[0].id}`} download className={buttonClass('secondary')}>{t('personalData.export')}</a>
        </Card>
        <Card title={t('personalData.eraseCard')}>
          {erasable.length === 0 ? (
            <p className="text-sm text-slate-600">{t('personalData.nothingToErase')}</p>
          ) : (
            <>
              <p className="mb-3 text-sm text-slate-600">{t('personalData.eraseHint')}</p>
              <ConfirmAction
                action={erasePersonalData}
                fields={{ contacts: erasable.map((r) => `${r.id}:${r.version}`) }}
                label={t('personalData.erase')}
                title={t('personalData.eraseTitle', { name, count: erasable.length })}
                message={t('personalData.eraseMessage')}
              />
            </>
          )}
        </Card>
      </div>
    </div>
  );
}
