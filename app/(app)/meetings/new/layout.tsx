import { requirePermission } from '@/lib/viewer';

// In the layout, outside the page's loading boundary, so a role that may not log meetings (leader) gets a real 403.
export default async function NewMeetingLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('meetings.write');
  return children;
}
