import { orNotFound } from '@/lib/not-found';
import { requirePermission } from '@/lib/viewer';
import { loadLead } from './load-lead';

// In the layout, outside the page's loading boundary, so a role without leads.read gets a real 403 and
// another team's lead (or a wrong id) a real 404, exactly alike.
export default async function LeadLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('leads.read');
  await orNotFound(loadLead(viewer, (await params).id));
  return children;
}
