import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { StageBadge } from '@/components/leads/lead-badges';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { globalSearch, SEARCH_GROUP_SIZE } from '@/db/queries/search';
import { buttonClass } from '@/components/ui/button';
import { requirePermission } from '@/lib/viewer';

export async function generateMetadata() {
  return { title: (await getTranslations('search'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The header box's results in full: every group with links, as a page a search can be shared by (?q=). */
export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requirePermission('enterprises.read');
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? '';
  const [results, t] = await Promise.all([q ? globalSearch(viewer, q) : null, getTranslations()]);
  const total = results ? results.enterprises.length + results.contacts.length + results.leads.length : 0;
  const seeAll = (href: string, count: number) =>
    count >= SEARCH_GROUP_SIZE ? (
      <Link href={href} className="text-sm text-brand-700 hover:underline">
        {t('search.seeAll')}
      </Link>
    ) : undefined;

  return (
    <>
      <PageHeader title={q ? t('search.resultsFor', { q }) : t('search.title')} description={t('search.description')} />
      <form action="/search" className="mb-5 flex max-w-xl gap-2" role="search">
        <label htmlFor="search-page-q" className="sr-only">
          {t('search.label')}
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={100}
          placeholder={t('search.pagePlaceholder')}
          className="block h-9 w-full rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 placeholder:text-slate-400 focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none"
        />
        <button type="submit" className={buttonClass('primary')}>
          {t('search.submit')}
        </button>
      </form>
      {!results ? (
        <EmptyState title={t('search.prompt')}>{t('search.emptyHint')}</EmptyState>
      ) : results.tooShort ? (
        <Notice tone="info">{t('search.tooShort')}</Notice>
      ) : total === 0 ? (
        <EmptyState title={t('search.empty')}>{t('search.emptyHint')}</EmptyState>
      ) : (
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
          {results.enterprises.length > 0 && (
            <Card title={t('search.enterprises')} actions={seeAll(`/enterprises?q=${encodeURIComponent(q)}`, results.enterprises.length)}>
              <ul className="divide-y divide-slate-100">
                {results.enterprises.map((e) => (
                  <li key={e.id} className="py-2">
                    <Link href={`/enterprises/${e.id}`} className="font-medium text-brand-700 hover:underline">
                      {e.name}
                    </Link>
                    <div className="text-xs text-slate-500">{[e.uscc, e.city].filter(Boolean).join(' · ')}</div>
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {results.contacts.length > 0 && (
            <Card title={t('search.contacts')}>
              <ul className="divide-y divide-slate-100">
                {results.contacts.map((c) => (
                  <li key={c.id} className="py-2">
                    <Link href={`/enterprises/${c.enterpriseId}`} className="font-medium text-brand-700 hover:underline">
                      {c.name}
                    </Link>
                    {c.title && <span className="ml-2 text-sm text-slate-600">{c.title}</span>}
                    <div className="text-xs text-slate-500">{[c.enterpriseName, c.mobile].filter(Boolean).join(' · ')}</div>
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {results.leads.length > 0 && (
            <Card title={t('search.leads')} actions={seeAll(`/leads?q=${encodeURIComponent(q)}`, results.leads.length)}>
              <ul className="divide-y divide-slate-100">
                {results.leads.map((l) => (
                  <li key={l.id} className="flex items-start justify-between gap-2 py-2">
                    <div className="min-w-0">
                      <Link href={`/leads/${l.id}`} className="font-medium text-brand-700 hover:underline">
                        {l.projectName}
                      </Link>
                      <div className="truncate text-xs text-slate-500">{l.enterpriseName}</div>
                    </div>
                    <StageBadge stage={l.stage} />
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </div>
      )}
    </>
  );
}
