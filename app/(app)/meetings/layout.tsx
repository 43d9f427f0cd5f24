import { requirePermission } from '@/lib/viewer';

// Outside every page's loading boundary, so a role without meetings (liaison) gets a real 403 on /meetings/**.
export default async function MeetingsLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('meetings.read');
  return children;
}
