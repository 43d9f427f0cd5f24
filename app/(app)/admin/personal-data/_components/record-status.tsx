import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';

/** A contact record's state for the personal-data tools: in use, deleted (details still held) or anonymised. */
export function RecordStatus({ deleted, erased }: { deleted: boolean; erased: boolean }) {
  const t = useTranslations('personalData.status');
  if (erased) return <Badge>{t('erased')}</Badge>;
  return deleted ? <Badge tone="amber">{t('deleted')}</Badge> : <Badge tone="green">{t('live')}</Badge>;
}
