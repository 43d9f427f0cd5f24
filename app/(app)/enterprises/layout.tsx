import { requirePermission } from '@/lib/viewer';

// The check sits in the layout, outside this segment's loading boundary, so a refused visitor gets a
// real 403 status before any of the page streams.
export default async function EnterprisesLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('enterprises.read');
  return children;
}
