import { getTranslations } from 'next-intl/server';
import { ReportView } from '../_components/report-view';

export async function generateMetadata() {
  return { title: (await getTranslations('reports'))('monthlyTitle') };
}

/** 月报: `?month=2026-11`; this month by default. */
export default async function MonthlyReportPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  return <ReportView kind="monthly" value={(await searchParams).month} />;
}
