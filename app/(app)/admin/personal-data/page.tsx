import { getTranslations } from 'next-intl/server';
import { searchPeople } from '@/db/queries/personal-data';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { TextField } from '@/components/ui/field';
import { Pager } from '@/components/ui/pager';
import { personFilterSchema } from '@/lib/validation/personal-data';
import { requirePermission } from '@/lib/viewer';
import { PeopleTable } from './_components/people-table';

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
        <PeopleTable rows={rows} label={t('personalData.results')} href={(r) => `/admin/personal-data/${r.id}`} />
      )}

      <Pager params={filter} after={filter.after} next={next} label={t('personalData.pager')} />
    </div>
  );
}
