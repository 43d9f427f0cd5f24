import { requirePermission } from '@/lib/viewer';

// Outside any loading boundary, so a liaison gets a real 403.
export default async function ReportsLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('reports.view');
  return children;
}
