import { useTranslations } from 'next-intl';
import { listHref, ViewSwitch as Switch } from '@/components/ui/view-switch';
import type { LeadFilter } from '@/lib/validation/leads';

export const leadsHref = (filter: LeadFilter, patch: Partial<Record<keyof LeadFilter, string | undefined>> = {}) => listHref('/leads', filter, patch);

export function ViewSwitch({ filter }: { filter: LeadFilter }) {
  const t = useTranslations('leads.view');
  return <Switch path="/leads" filter={filter} label={t('label')} names={{ board: t('board'), table: t('table') }} />;
}
