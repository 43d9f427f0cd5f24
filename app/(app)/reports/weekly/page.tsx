import { getTranslations } from 'next-intl/server';
import { ReportView } from '../_components/report-view';

export async function generateMetadata() {
  return { title: (await getTranslations('reports'))('weeklyTitle') };
}

/** 周报: `?week=2026-W48` (ISO week, Monday to Sunday, Asia/Shanghai); this week by default. */
export default async function WeeklyReportPage({ searchParams }: { searchParams: Promise<{ week?: string }> }) {
  return <ReportView kind="weekly" value={(await searchParams).week} />;
}
