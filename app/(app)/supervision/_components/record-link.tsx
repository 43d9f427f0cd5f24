import Link from 'next/link';
import { useTranslations } from 'next-intl';

/** The lead or signed project an item is about, with what kind of record it is. */
export function RecordLink({ leadId, projectId, name }: { leadId: string | null; projectId: string | null; name: string }) {
  const t = useTranslations('supervision');
  const href = projectId ? `/projects/${projectId}` : `/leads/${leadId}`;
  return (
    <span>
      <span className="mr-1 text-xs text-slate-500">{projectId ? t('record.project') : t('record.lead')}</span>
      <Link href={href} className="text-brand-700 hover:underline">{name}</Link>
    </span>
  );
}
