import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { ProjectDetail } from '@/db/queries/projects';
import { formatDate, formatDateTime, formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { FactList } from '@/components/ui/fact-list';

/** What the agreement says and who keeps the project: label and value pairs. */
export function ProjectFacts({ project: p }: { project: ProjectDetail }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const f = (key: string) => t(`project.fields.${key}`);
  const num = (v: number | null) => <span className="tabular-nums">{v === null ? '—' : formatWanNumber(v, locale)}</span>;
  const rows: [string, React.ReactNode][] = [
    [f('agreementName'), p.agreementName],
    [f('signedOn'), <time key="s" dateTime={p.signedOn}>{formatDate(p.signedOn, locale)}</time>],
    [f('occasion'), p.occasion || '—'],
    [f('kind'), t(`project.kind.${p.kind}`)],
    [f('contractedInvestment'), num(p.contractedInvestment)],
    [f('fixedAssetInvestment'), num(p.fixedAssetInvestment)],
    [f('landArea'), num(p.landArea)],
    [f('expectedJobs'), num(p.expectedJobs)],
    [f('expectedOutput'), num(p.expectedOutput)],
    [f('enterprise'), <Link key="e" href={`/enterprises/${p.enterpriseId}`} className="text-brand-700 hover:underline">{p.enterpriseName}</Link>],
    [f('uscc'), <span key="u" className="font-mono text-xs">{p.uscc || '—'}</span>],
    [f('chain'), p.chainName ?? '—'],
    [f('node'), p.nodeName ?? '—'],
    [f('chainAction'), p.chainAction ? t(`chain.action.${p.chainAction}`) : '—'],
    [f('team'), p.teamName],
    [f('owner'), p.ownerName],
  ];
  return (
    <>
      <FactList rows={rows} className="grid-cols-[7.5rem_minmax(0,1fr)]" />
      <p className="mt-4 text-xs text-slate-400">{t('project.createdAt', { at: formatDateTime(p.createdAt, locale) })}</p>
    </>
  );
}
