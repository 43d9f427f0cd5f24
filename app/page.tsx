import { forbidden, redirect } from 'next/navigation';
import { NAV_ITEMS } from '@/components/shell/nav-items';
import { can } from '@/lib/permissions';
import { requireViewer } from '@/lib/viewer';

/** Home is the first section the viewer may open: the dashboard for staff, the admin area for the security and audit administrators. */
export default async function Home() {
  const viewer = await requireViewer();
  const item = NAV_ITEMS.find((i) => can(viewer, i.permission));
  if (!item) forbidden();
  redirect(item.href);
}
