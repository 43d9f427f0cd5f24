import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { searchPeople } from '@/db/queries/personal-data';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { TextField } from '@/components/ui/field';
import { Pager } from '@/components/ui/pager';
import { Table, Td, Th } from '@/components/ui/table';
import { personFilterSchema } from '@/lib/validation/personal-data';
import { requirePermission } from '@/lib/viewer';
import { RecordStatus } from './_components/record-status';

export async function generateMetadata() {
  return { title: (await getTranslations('personalData'))('title') };
}

/** 个人信息: find the contact records of a person who asked to see or erase their data. Admins only. */
export default async function PersonalDataPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission('personalData.manage');
  const filter = personFilterSchema.parse(await searchParams);
  const [{ rows, next, problem }, t] = await Promise.all([searchPeople(viewer, filter), getTranslations()]);
  return (
    <div className="space-y-4">
      <form method="get" role="search" className="flex flex-wrap items-start gap-3 rounded-lg border border-slate-200 bg-white p-3">
        <div className="min-w-0 flex-1 basis-64">
          <TextField
            label={t('personalData.searchLabel')}
            name="q"
            type="search"
            defaultValue={filter.q}
            autoComplete="off"
            hint={t('personalData.searchHint')}
            error={problem ? t(`personalData.${problem}`) : undefined}
          />
        </div>
        {/* Level with the input whatever the hint below it wraps to: below the label's line. */}
        <Button type="submit" className="sm:mt-[1.625rem]">{t('common.search')}</Button>
      </form>

      {!filter.q ? (
        <EmptyState title={t('personalData.start')}>{t('personalData.startHint')}</EmptyState>
      ) : problem ? null : rows.length === 0 ? (
        <EmptyState title={t('personalData.empty')}>{t('personalData.emptyHint')}</EmptyState>
      ) : (
        <Table aria-label={t('personalData.results')}>
          <thead>
            <tr>
              <Th>{t('personalData.columns.name')}</Th>
              <Th>{t('personalData.columns.mobile')}</Th>
              <Th className="hidden sm:table-cell">{t('personalData.columns.email')}</Th>
              <Th>{t('personalData.columns.enterprise')}</Th>
              <Th>{t('personalData.columns.status')}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="hover:bg-slate-50">
                <Td className="font-medium whitespace-nowrap">
                  <Link href={`/admin/personal-data/${r.id}`} className="text-brand-700 hover:underline">{r.name}</Link>
                  {r.title && <span className="ml-2 text-xs font-normal text-slate-500">{r.title}</span>}
                </Td>
                <Td className="whitespace-nowrap tabular-nums">{r.mobile || '—'}</Td>
                <Td className="hidden sm:table-cell">{r.email || '—'}</Td>
                <Td className="min-w-40">{r.enterpriseName}</Td>
                <Td><RecordStatus deleted={r.deleted} erased={r.erased} /></Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      <Pager params={filter} after={filter.after} next={next} label={t('personalData.pager')} />
    </div>
  );
}
