import { requirePermission } from '@/lib/viewer';

// Outside the page's loading boundary, so an officer or a liaison gets a real 403.
export default async function TargetsLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('targets.manage');
  return children;
}
