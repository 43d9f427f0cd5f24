import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { getChainMap } from '@/db/queries/chains';
import { NODE_POSITIONS } from '@/db/schema/chains';
import { TagList } from '@/components/enterprises/tag-list';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { orNotFound } from '@/lib/not-found';
import { can } from '@/lib/permissions';
import { requirePermission } from '@/lib/viewer';
import { NodeCard } from '../_components/node-card';

export async function generateMetadata() {
  return { title: (await getTranslations('chains'))('map') };
}

export default async function ChainMapPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('chains.read');
  const { id } = await params;
  const map = await orNotFound(getChainMap(viewer, id));
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const wan = (n: number) => t('format.wan', { amount: formatWanNumber(n, locale as Locale) });
  const gaps = map.nodes.filter((n) => n.gap);
  const mayCreateLead = can(viewer, 'leads.write');

  return (
    <>
      <PageHeader
        title={`${map.chain.name} · ${t('chains.map')}`}
        description={t('chains.owners', { team: map.chain.teamName ?? t('chains.none'), leader: map.chain.leaderName ?? t('chains.none') })}
        actions={can(viewer, 'chains.manage') && <ButtonLink href={`/chains/${id}/manage`} variant="secondary">{t('chains.manage')}</ButtonLink>}
      />
      {map.chain.description && <p className="-mt-2 mb-4 max-w-4xl text-sm text-slate-600">{map.chain.description}</p>}

      {map.nodes.length === 0 ? (
        <EmptyState title={t('chains.noNodes')} />
      ) : (
        <div className="grid grid-cols-1 gap-4 md:grid-cols-3" role="list" aria-label={t('chains.map')}>
          {NODE_POSITIONS.map((position, i) => (
            <section key={position} role="listitem" aria-labelledby={`col-${position}`} className="rounded-xl bg-white/60 p-3 ring-1 ring-slate-200">
              <h2 id={`col-${position}`} className="mb-3 flex items-center gap-2 text-lg font-semibold text-ink">
                {t(`chain.position.${position}`)}
                {i < NODE_POSITIONS.length - 1 && <span aria-hidden="true" className="hidden text-slate-400 md:inline">→</span>}
              </h2>
              <div className="space-y-3">
                {map.nodes
                  .filter((n) => n.position === position)
                  .map((n) => (
                    <NodeCard key={n.id} node={n} chainId={id} fundsLabel={wan(n.fundsInPlace)} />
                  ))}
              </div>
            </section>
          ))}
        </div>
      )}

      <div className="mt-6 grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
        <Card title={`${t('chains.targeting')} · ${t('chains.gaps')} ${gaps.length}`}>
          <p className="mb-3 text-sm text-slate-500">{t('chains.targetingHint')}</p>
          <div className="space-y-4">
            {gaps.map((gap) => {
              const suggestions = map.suggestions.filter((s) => s.nodeId === gap.id);
              return (
                <section key={gap.id} aria-labelledby={`gap-${gap.id}`}>
                  <h3 id={`gap-${gap.id}`} className="text-sm font-semibold text-ink">
                    {gap.name} <span className="font-normal text-slate-500">· {t(`chain.status.${gap.status}`)}</span>
                  </h3>
                  {suggestions.length === 0 ? (
                    <p className="mt-1 text-sm text-slate-500">{t('chains.noSuggestions')}</p>
                  ) : (
                    <ol className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200">
                      {suggestions.map((s) => (
                        <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
                          <div className="min-w-0">
                            <Link href={`/enterprises/${s.id}`} className="font-medium text-brand-700 hover:underline">{s.name}</Link>
                            <span className="ml-2 text-xs text-slate-500">{[s.province, s.city].filter(Boolean).join(' · ')}</span>
                          </div>
                          <div className="flex items-center gap-2">
                            <TagList tags={s.tags} />
                            {s.registeredCapital !== null && <span className="text-xs whitespace-nowrap text-slate-500 tabular-nums">{wan(s.registeredCapital)}</span>}
                            {mayCreateLead && (
                              <Link href={`/leads/new?enterpriseId=${s.id}`} aria-label={t('leadForm.quickCreateFor', { name: s.name })} className="rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50">
                                {t('leadForm.quickCreate')}
                              </Link>
                            )}
                          </div>
                        </li>
                      ))}
                    </ol>
                  )}
                </section>
              );
            })}
          </div>
        </Card>
        <Card title={t('chains.leaderEnterprises')}>
          {map.leaderEnterprises.length === 0 ? (
            <p className="text-sm text-slate-500">{t('chains.noLeaderEnterprises')}</p>
          ) : (
            <ul className="space-y-1.5 text-sm">
              {map.leaderEnterprises.map((e) => (
                <li key={e.id}>
                  <Link href={`/enterprises/${e.id}`} className="text-brand-700 hover:underline">{e.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
