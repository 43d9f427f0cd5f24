import { requirePermission } from '@/lib/viewer';

// A role that may not sign (a leader) gets a real 403: the lead page's loading boundary is inside (detail)/,
// so it does not wrap this layout. The lead itself (404 for a wrong id or another team's lead) is checked
// by the lead's layout above.
export default async function SignLeadLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('projects.write');
  return children;
}
