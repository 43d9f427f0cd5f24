import { requirePermission } from '@/lib/viewer';

// Outside every page's loading boundary, so a role without requests gets a real 403 on /requests/**.
export default async function RequestsLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('requests.read');
  return children;
}
