import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { ProjectStatus } from '@/db/schema/projects';

const STATUS_TONES: Record<ProjectStatus, 'neutral' | 'brand' | 'green'> = {
  signed: 'neutral',
  building: 'brand',
  producing: 'green',
};

/** 已签约未开工 / 在建 / 已投产: the wall-chart column a project stands in. */
export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const t = useTranslations('projectStatus');
  return <Badge tone={STATUS_TONES[status]}>{t(status)}</Badge>;
}
