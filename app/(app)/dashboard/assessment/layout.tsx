import { requirePermission } from '@/lib/viewer';

// Outside any loading boundary, so an officer or a liaison gets a real 403.
export default async function AssessmentLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('assessment.view');
  return children;
}
