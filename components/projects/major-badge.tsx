import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';

/** 重大项目 (≥ 5,000 万元 contracted, derived by the database); the hint says the rule. */
export function MajorBadge() {
  const t = useTranslations('projects.badges');
  return (
    <span title={t('majorHint')}>
      <Badge tone="amber">{t('major')}</Badge>
    </span>
  );
}
