import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { listChains } from '@/db/queries/chains';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/permissions';
import { requirePermission } from '@/lib/viewer';

export async function generateMetadata() {
  return { title: (await getTranslations('chains'))('title') };
}

export default async function ChainsPage() {
  const viewer = await requirePermission('chains.read');
  const [chains, t] = await Promise.all([listChains(viewer), getTranslations()]);
  return (
    <>
      <PageHeader
        title={t('chains.title')}
        description={t('chains.description')}
        actions={can(viewer, 'chains.manage') && <ButtonLink href="/chains/new">{t('chains.new')}</ButtonLink>}
      />
      {chains.length === 0 ? (
        <EmptyState title={t('chains.empty')}>{t('chains.emptyHint')}</EmptyState>
      ) : (
        <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {chains.map((c) => {
            const pct = c.nodes ? Math.round((c.covered / c.nodes) * 100) : 0;
            return (
              <li key={c.id}>
                <Link href={`/chains/${c.id}`} className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-xs transition hover:border-brand-600 hover:shadow-sm">
                  <div className="flex items-start justify-between gap-3">
                    <h2 className="text-lg font-semibold text-ink">{c.name}</h2>
                    {c.gaps > 0 && <span className="rounded bg-red-50 px-2 py-0.5 text-sm font-medium whitespace-nowrap text-red-700">{t('chains.gaps')} {c.gaps}</span>}
                  </div>
                  <p className="mt-1 line-clamp-2 min-h-10 text-sm text-slate-500">{c.description}</p>
                  <div className="mt-3" aria-hidden="true">
                    <div className="h-2 overflow-hidden rounded-full bg-slate-100">
                      <div className="h-full rounded-full bg-emerald-500" style={{ width: `${pct}%` }} />
                    </div>
                  </div>
                  <p className="mt-2 text-sm text-slate-700">{t('chains.coverage', { covered: c.covered, total: c.nodes })}</p>
                  <p className="mt-1 text-xs text-slate-500">
                    {t('chains.owners', { team: c.teamName ?? t('chains.none'), leader: c.leaderName ?? t('chains.none') })}
                  </p>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
