import { orNotFound } from '@/lib/not-found';
import { requirePermission } from '@/lib/viewer';
import { loadProject } from './load-project';

// Another team's project (for an officer) or a wrong id is "not found", exactly alike.
export default async function ProjectLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('projects.read');
  await orNotFound(loadProject(viewer, (await params).id));
  return children;
}
