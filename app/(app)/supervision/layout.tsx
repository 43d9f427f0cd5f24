import { requirePermission } from '@/lib/viewer';

// Outside every page's loading boundary, so a liaison gets a real 403 on /supervision/**.
export default async function SupervisionLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('supervision.read');
  return children;
}
