import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { listTargets } from '@/db/queries/targets';
import { zoneToday } from '@/lib/project-status';
import { targetYear } from '@/lib/validation/targets';
import { requirePermission } from '@/lib/viewer';
import { TargetTable } from './_components/target-table';
import { YearSwitch } from './_components/year-switch';

export async function generateMetadata() {
  return { title: (await getTranslations('targets'))('title') };
}

export default async function TargetsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const viewer = await requirePermission('targets.manage');
  const thisYear = Number(zoneToday().slice(0, 4));
  const parsed = targetYear.safeParse((await searchParams).year);
  const year = parsed.success ? parsed.data : thisYear;
  const [rows, t] = await Promise.all([listTargets(viewer, year), getTranslations('targets')]);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={<YearSwitch year={year} years={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2]} />} />
      <TargetTable year={year} rows={rows} />
    </>
  );
}
