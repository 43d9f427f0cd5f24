import { requirePermission } from '@/lib/viewer';

// Only leaders and admins assign: an officer opening the form's address gets a real 403.
export default async function NewSupervisionLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('supervision.assign');
  return children;
}
