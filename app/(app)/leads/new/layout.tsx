import { requirePermission } from '@/lib/viewer';

// In the layout, outside the page's loading boundary, so a role that may not create leads gets a real 403.
export default async function NewLeadLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('leads.write');
  return children;
}
