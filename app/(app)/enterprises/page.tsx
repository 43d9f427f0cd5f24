import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { listChainOptions } from '@/db/queries/chains';
import { listEnterprises } from '@/db/queries/enterprises';
import { listTeamOptions } from '@/db/queries/teams';
import { TagList } from '@/components/enterprises/tag-list';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { Table, Td, Th } from '@/components/ui/table';
import { formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { can } from '@/lib/permissions';
import { enterpriseFilterSchema } from '@/lib/validation/enterprises';
import { requirePermission } from '@/lib/viewer';
import { EnterpriseFilters } from './_components/enterprise-filters';

export async function generateMetadata() {
  return { title: (await getTranslations('enterprises'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function EnterprisesPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requirePermission('enterprises.read');
  const filter = enterpriseFilterSchema.parse(await searchParams);
  const [list, chains, teams, t, locale] = await Promise.all([
    listEnterprises(viewer, filter),
    listChainOptions(viewer),
    listTeamOptions(viewer),
    getTranslations(),
    getLocale(),
  ]);
  const mayWrite = can(viewer, 'enterprises.write');
  const total = list.totalCapped ? t('enterprises.totalCapped', { count: list.total }) : t('enterprises.total', { count: list.total });

  return (
    <>
      <PageHeader
        title={filter.deleted ? t('enterprises.deletedView') : t('enterprises.title')}
        description={t('enterprises.description')}
        actions={
          <>
            {viewer.role === 'admin' && (
              <ButtonLink href={filter.deleted ? '/enterprises' : '/enterprises?deleted=1'} variant="ghost">
                {filter.deleted ? t('enterprises.liveView') : t('enterprises.deletedView')}
              </ButtonLink>
            )}
            {can(viewer, 'enterprises.import') && <ButtonLink href="/enterprises/import" variant="secondary">{t('enterprises.import')}</ButtonLink>}
            {mayWrite && <ButtonLink href="/enterprises/new">{t('enterprises.new')}</ButtonLink>}
          </>
        }
      />
      <div className="space-y-4">
        <EnterpriseFilters filter={filter} chains={chains} teams={teams} />
        {list.queryTooShort && <Notice tone="info">{t('enterprises.queryTooShort')}</Notice>}
        <p className="text-sm text-slate-500" aria-live="polite">{total}</p>
        {list.rows.length === 0 ? (
          <EmptyState title={t('enterprises.empty')}>{t('enterprises.emptyHint')}</EmptyState>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t('enterprises.name')}</Th>
                <Th>{t('enterprises.region')}</Th>
                <Th>{t('enterprises.chain')} / {t('enterprises.node')}</Th>
                <Th className="hidden md:table-cell">{t('enterprises.action')}</Th>
                <Th className="hidden md:table-cell">{t('enterprises.tags')}</Th>
                <Th className="text-right">{t('enterprises.capital')}</Th>
                <Th className="hidden lg:table-cell">{t('enterprises.team')}</Th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((e) => (
                <tr key={e.id} className="hover:bg-slate-50">
                  <Td className="min-w-40 sm:min-w-56">
                    <Link href={`/enterprises/${e.id}`} className="font-medium text-brand-700 hover:underline">{e.name}</Link>
                    {e.uscc && <div className="font-mono text-xs text-slate-500">{e.uscc}</div>}
                  </Td>
                  <Td className="whitespace-nowrap">{[e.province, e.city].filter(Boolean).join(' · ') || '—'}</Td>
                  <Td className="whitespace-nowrap">
                    {e.chainName ?? '—'}
                    {e.nodeName && <div className="text-xs text-slate-500">{e.nodeName}</div>}
                  </Td>
                  <Td className="hidden whitespace-nowrap md:table-cell">{e.chainAction ? t(`chain.action.${e.chainAction}`) : '—'}</Td>
                  <Td className="hidden min-w-40 md:table-cell"><TagList tags={e.tags} /></Td>
                  <Td className="text-right whitespace-nowrap tabular-nums">{e.registeredCapital === null ? '—' : formatWanNumber(e.registeredCapital, locale as Locale)}</Td>
                  <Td className="hidden whitespace-nowrap lg:table-cell">{e.teamName ?? '—'}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pager params={filter} after={filter.after} next={list.next} label={t('enterprises.title')} />
      </div>
    </>
  );
}
