import { getTranslations } from 'next-intl/server';
import { getPersonOrThrow } from '@/db/queries/personal-data';
import { ConfirmAction } from '@/components/forms/confirm-action';
import { buttonClass, ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { orNotFound } from '@/lib/not-found';
import { requirePermission } from '@/lib/viewer';
import { erasePersonalData } from '../actions';
import { PeopleTable } from '../_components/people-table';

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
  const name = records[0].erased ? t('contacts.erasedName') : records[0].name;
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
        <PeopleTable rows={records} href={(r) => (r.deleted || r.erased ? null : `/enterprises/${r.enterpriseId}/contacts/${r.id}`)} />
      </Card>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 lg:items-start">
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
