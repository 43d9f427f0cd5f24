import { requirePermission } from '@/lib/viewer';

// Outside the segment's loading boundary: a refused visitor gets a real 403 status (see enterprises/layout.tsx).
export default async function ChainsLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('chains.read');
  return children;
}
