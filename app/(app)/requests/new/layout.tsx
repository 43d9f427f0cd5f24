import { requirePermission } from '@/lib/viewer';

// Only officers (and admins) raise requests: a leader or liaison opening the form's address gets a real 403.
export default async function NewRequestLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('requests.raise');
  return children;
}
