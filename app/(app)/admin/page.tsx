import { forbidden, redirect } from 'next/navigation';
import { can } from '@/lib/permissions';
import { requirePermission } from '@/lib/viewer';
import { ADMIN_TABS } from './_components/admin-tabs';

/** The first tab this administrator may open: under 三员分立 the audit administrator lands on the log. */
export default async function AdminHome() {
  const viewer = await requirePermission('admin.open');
  const tab = ADMIN_TABS.find((t) => t.permissions.some((p) => can(viewer, p)));
  if (!tab) forbidden();
  redirect(tab.href);
}
