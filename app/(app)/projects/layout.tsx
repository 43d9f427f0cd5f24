import { requirePermission } from '@/lib/viewer';

// Outside every page's loading boundary, so a role without projects (liaison) gets a real 403 on /projects/**.
export default async function ProjectsLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('projects.read');
  return children;
}
