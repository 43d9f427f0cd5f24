import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { listConflicts } from '@/db/queries/lead-conflicts';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/viewer';
import { ResolveConflictForm } from './_components/resolve-conflict-form';

export async function generateMetadata() {
  return { title: (await getTranslations('conflicts'))('title') };
}

/**
 * 撞单: enterprises two or more teams are courting at once. A leader either reassigns on the lead's own
 * page (after which the remaining flag is cleared here) or keeps both teams on it with a note.
 */
export default async function ConflictsPage({ searchParams }: { searchParams: Promise<{ resolved?: string }> }) {
  const viewer = await requirePermission('leads.conflicts');
  const [groups, t, flags] = await Promise.all([listConflicts(viewer), getTranslations(), searchParams]);

  return (
    <>
      <PageHeader title={t('conflicts.title')} description={t('conflicts.description')} />
      {flags.resolved && (
        <div className="mb-4" aria-live="polite">
          <Notice tone="success">{t('conflicts.resolved')}</Notice>
        </div>
      )}
      {groups.length === 0 ? (
        <EmptyState title={t('conflicts.empty')}>{t('conflicts.emptyHint')}</EmptyState>
      ) : (
        <div className="space-y-4">
          <p className="text-sm text-slate-500">{t('conflicts.count', { count: groups.length })}</p>
          {groups.map((group) => {
            const headingId = `conflict-${group.enterpriseId}`;
            const teamCount = new Set(group.leads.map((l) => l.teamId)).size;
            return (
              <section key={group.enterpriseId} aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white shadow-xs">
                <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 px-4 py-3">
                  <h2 id={headingId} className="text-sm font-semibold">
                    <Link href={`/enterprises/${group.enterpriseId}`} className="text-brand-700 hover:underline">{group.enterpriseName}</Link>
                  </h2>
                  <Badge tone="amber">{t('conflicts.teams', { count: teamCount })}</Badge>
                </header>
                <div className="space-y-4 p-4">
                  {/* Named by aria-label, not an sr-only caption: an absolutely placed caption escapes the
                      wrapper's sideways scroll and widens the whole page on a phone. */}
                  <Table aria-label={t('conflicts.leadsOf', { name: group.enterpriseName })}>
                    <thead>
                      <tr>
                        <Th>{t('lead.fields.projectName')}</Th>
                        <Th className="hidden sm:table-cell">{t('lead.fields.team')}</Th>
                        <Th className="hidden sm:table-cell">{t('lead.fields.owner')}</Th>
                        <Th className="hidden sm:table-cell">{t('lead.fields.stage')}</Th>
                        <Th><span className="sr-only">{t('common.actions')}</span></Th>
                      </tr>
                    </thead>
                    <tbody>
                      {group.leads.map((lead) => (
                        <tr key={lead.id}>
                          {/* Long names may break inside a word (the app keeps Chinese words whole) so a phone needs no sideways scroll. */}
                          <Td className="min-w-36 wrap-anywhere">
                            <Link href={`/leads/${lead.id}`} className="font-medium text-brand-700 hover:underline">{lead.projectName}</Link>
                            {/* On a phone team, owner and stage fold in under the project. */}
                            <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600 sm:hidden">
                              <span>{lead.teamName}</span>
                              <span aria-hidden="true">·</span>
                              <span>{lead.ownerName}</span>
                              <Badge>{t(`lead.stage.${lead.stage}`)}</Badge>
                            </p>
                          </Td>
                          <Td className="hidden whitespace-nowrap sm:table-cell">{lead.teamName}</Td>
                          <Td className="hidden whitespace-nowrap sm:table-cell">{lead.ownerName}</Td>
                          <Td className="hidden sm:table-cell"><Badge>{t(`lead.stage.${lead.stage}`)}</Badge></Td>
                          <Td className="text-right align-top whitespace-nowrap sm:align-middle">
                            <Link href={`/leads/${lead.id}`} className="text-sm text-brand-700 hover:underline" aria-label={t('conflicts.reassignFor', { project: lead.projectName })}>
                              {t('conflicts.reassign')}
                            </Link>
                          </Td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                  <p className="text-xs text-slate-500">{t('conflicts.reassignHint')}</p>
                  <ResolveConflictForm enterpriseId={group.enterpriseId} enterpriseName={group.enterpriseName} />
                </div>
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}
