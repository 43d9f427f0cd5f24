import { useTranslations } from 'next-intl';
import { listHref, ViewSwitch } from '@/components/ui/view-switch';
import type { ProjectFilter } from '@/lib/validation/projects';

export type ProjectPageFilter = ProjectFilter & { view?: 'board' | 'table' };

export const projectsHref = (filter: ProjectPageFilter, patch: Partial<Record<keyof ProjectPageFilter, string | undefined>> = {}) => listHref('/projects', filter, patch);

export function ProjectViewSwitch({ filter }: { filter: ProjectPageFilter }) {
  const t = useTranslations('projects.view');
  return <ViewSwitch path="/projects" filter={filter} label={t('label')} names={{ board: t('board'), table: t('table') }} />;
}
