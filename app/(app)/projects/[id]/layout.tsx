import { orNotFound } from '@/lib/not-found';
import { requirePermission } from '@/lib/viewer';
import { loadProject } from './load-project';

// Outside the page's loading boundary (in (detail)/, so it does not wrap edit/): another team's project
// (for an officer) or a wrong id is a real 404, exactly alike.
export default async function ProjectLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('projects.read');
  await orNotFound(loadProject(viewer, (await params).id));
  return children;
}
