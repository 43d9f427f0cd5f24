import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { listContacts } from '@/db/queries/contacts';
import { findDuplicateCandidates, getEnterpriseOrThrow } from '@/db/queries/enterprises';
import { listEnterpriseFollowers } from '@/db/queries/leads';
import { listProjectLinks } from '@/db/queries/projects';
import { listRecordRequests } from '@/db/queries/requests';
import { listTimeline } from '@/db/queries/timeline';
import { ConfirmAction } from '@/components/forms/confirm-action';
import { TagList } from '@/components/enterprises/tag-list';
import { MajorBadge } from '@/components/projects/major-badge';
import { ProjectStatusBadge } from '@/components/projects/status-badge';
import { RecordRequestsCard } from '@/components/requests/record-card';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { AddNoteForm } from '@/components/timeline/add-note-form';
import { Timeline } from '@/components/timeline/timeline';
import { formatDate, formatDateTime, formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { orNotFound } from '@/lib/not-found';
import { can } from '@/lib/permissions';
import { requirePermission } from '@/lib/viewer';
import { deleteEnterprise, mergeEnterprise, restoreEnterprise } from '../actions';
import { ContactsPanel } from '../_components/contacts-panel';
import { LeaderEnterpriseToggle } from '../_components/leader-enterprise-toggle';
import { FactList } from '@/components/ui/fact-list';

export async function generateMetadata() {
  return { title: (await getTranslations('enterprises'))('profile') };
}

export default async function EnterprisePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; saved?: string; meeting?: string }> }) {
  const viewer = await requirePermission('enterprises.read');
  const { id } = await params;
  const flags = await searchParams;
  const e = await orNotFound(getEnterpriseOrThrow(viewer, id));
  const mayMerge = can(viewer, 'enterprises.merge') && !e.deleted;
  const [contacts, duplicates, followers, timeline, projects, requests, t, locale] = await Promise.all([
    listContacts(viewer, id),
    mayMerge ? findDuplicateCandidates(viewer, { name: e.name, uscc: e.uscc ?? '', excludeId: e.id }) : [],
    can(viewer, 'leads.read') ? listEnterpriseFollowers(viewer, id) : null,
    can(viewer, 'meetings.read') ? listTimeline(viewer, { enterpriseId: id }) : null,
    can(viewer, 'projects.read') ? listProjectLinks(viewer, { enterpriseId: id }) : null,
    listRecordRequests(viewer, { enterpriseId: id }),
    getTranslations(),
    getLocale(),
  ]);
  // Another team's leads show only as "followed by team (owner)": one line per team and owner.
  const shownFollowers = followers?.filter((f, i) => f.leadId || followers.findIndex((g) => !g.leadId && g.teamName === f.teamName && g.ownerName === f.ownerName) === i);
  // An officer raises requests for enterprises their team keeps or has signed (db/queries/requests.ts findTarget).
  const mayRaise = can(viewer, 'requests.raise') && !e.deleted && (viewer.role === 'admin' ? e.teamId !== null : e.canEdit || (projects?.length ?? 0) > 0);
  const dash = (v: string | null | undefined) => v || '—';
  const rows: [string, React.ReactNode][] = [
    [t('enterprises.uscc'), <span key="u" className="font-mono">{dash(e.uscc)}</span>],
    [t('enterprises.region'), dash([e.province, e.city].filter(Boolean).join(' · '))],
    [t('enterprises.industry'), dash(e.industry)],
    [t('enterprises.chain'), e.chainId ? <Link key="c" href={`/chains/${e.chainId}`} className="text-brand-700 hover:underline">{e.chainName}</Link> : '—'],
    [t('enterprises.node'), dash(e.nodeName)],
    [t('enterprises.action'), e.chainAction ? t(`chain.action.${e.chainAction}`) : '—'],
    [t('enterprises.capital'), e.registeredCapital === null ? '—' : formatWanNumber(e.registeredCapital, locale as Locale)],
    [t('enterprises.scale'), e.scale ? t(`chain.scale.${e.scale}`) : '—'],
    [t('enterprises.website'), e.website ? <a key="w" href={e.website} className="text-brand-700 hover:underline" rel="noreferrer">{e.website}</a> : '—'],
    [t('enterprises.address'), dash(e.address)],
    [t('enterprises.source'), dash(e.source)],
    [t('enterprises.team'), e.teamName ?? t('enterprises.noTeam')],
  ];

  return (
    <>
      <PageHeader
        title={e.name}
        actions={
          e.canEdit && (
            <>
              <ButtonLink href={`/enterprises/${e.id}/edit`} variant="secondary">{t('common.edit')}</ButtonLink>
              <ConfirmAction
                action={deleteEnterprise}
                fields={{ id: e.id, version: e.version }}
                label={t('enterprises.delete')}
                title={t('enterprises.deleteTitle', { name: e.name })}
                message={t('enterprises.deleteMessage')}
                redirectTo="/enterprises"
              />
            </>
          )
        }
      />
      <div className="mb-4 space-y-2">
        {flags.created && <Notice tone="success">{t('enterprises.created')}</Notice>}
        {flags.saved && <Notice tone="success">{t('enterprises.saved')}</Notice>}
        {flags.meeting && <Notice tone="success">{t('meetings.logged')}</Notice>}
        {e.deleted && (
          <Notice tone="info">
            {t('enterprises.deleted')}
            {e.mergedIntoId && (
              <> · {t('enterprises.mergedInto')} <Link href={`/enterprises/${e.mergedIntoId}`} className="underline">{e.mergedIntoId.slice(0, 8)}</Link></>
            )}
          </Notice>
        )}
        {!e.canEdit && !e.deleted && can(viewer, 'enterprises.write') && <Notice tone="info">{t('enterprises.readOnly', { team: e.teamName ?? t('enterprises.noTeam') })}</Notice>}
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
        <div className="space-y-4">
          <Card title={t('enterprises.profile')}>
            <TagList tags={e.tags} />
            <FactList rows={rows} className="mt-3 grid-cols-1 gap-x-6 sm:grid-cols-[8rem_minmax(0,1fr)]" />
            {e.intro && <p className="mt-4 border-t border-slate-100 pt-3 text-sm leading-relaxed text-slate-700">{e.intro}</p>}
            <p className="mt-4 text-xs text-slate-400">{t('enterprises.updatedAt', { at: formatDateTime(e.updatedAt, locale as Locale) })}</p>
          </Card>
          <Card title={t('enterprises.contacts')}>
            <ContactsPanel enterpriseId={e.id} contacts={contacts} canEdit={e.canEdit} />
          </Card>
          {shownFollowers && (
            <Card
              title={t('leadDetail.followersTitle')}
              actions={can(viewer, 'leads.write') && !e.deleted && <ButtonLink href={`/leads/new?enterpriseId=${e.id}`} variant="secondary" className="h-8">{t('leadDetail.newLead')}</ButtonLink>}
            >
              {shownFollowers.length === 0 ? (
                <p className="text-sm text-slate-500">{t('leadDetail.noFollowers')}</p>
              ) : (
                <ul className="divide-y divide-slate-100 text-sm" data-testid="followers">
                  {shownFollowers.map((f, i) =>
                    f.leadId ? (
                      <li key={f.leadId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                        <Link href={`/leads/${f.leadId}`} className="font-medium text-brand-700 hover:underline">{f.projectName}</Link>
                        <span className="flex items-center gap-2 text-xs text-slate-500">
                          {f.stage && <Badge tone="brand">{t(`lead.stage.${f.stage}`)}</Badge>}
                          {f.teamName} · {f.ownerName}
                        </span>
                      </li>
                    ) : (
                      <li key={`other-${i}`} className="py-2 text-slate-700">{t('leadDetail.followedBy', { team: f.teamName, owner: f.ownerName })}</li>
                    ),
                  )}
                </ul>
              )}
            </Card>
          )}
          {projects && (
            <Card title={t('project.links.title')}>
              {projects.length === 0 ? (
                <p className="text-sm text-slate-500">{t('project.links.empty')}</p>
              ) : (
                <ul className="divide-y divide-slate-100 text-sm" data-testid="enterprise-projects">
                  {projects.map((p) => (
                    <li key={p.id} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 py-2">
                      <span className="flex min-w-0 flex-wrap items-center gap-1.5">
                        <Link href={`/projects/${p.id}`} className="font-medium text-brand-700 hover:underline">{p.name}</Link>
                        {p.major && <MajorBadge />}
                        <ProjectStatusBadge status={p.status} />
                      </span>
                      <span className="text-xs text-slate-500 tabular-nums">
                        {t('project.links.meta', { date: formatDate(p.signedOn, locale as Locale), amount: formatWanNumber(p.contractedInvestment, locale as Locale) })}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          )}
          {timeline && (
            <Card
              title={t('timeline.title')}
              actions={
                <span className="flex gap-2">
                  <ButtonLink href={`/meetings?enterpriseId=${e.id}`} variant="ghost" className="h-8">{t('timeline.allMeetings')}</ButtonLink>
                  {can(viewer, 'meetings.write') && !e.deleted && <ButtonLink href={`/meetings/new?enterpriseId=${e.id}`} variant="secondary" className="h-8">{t('meetings.new')}</ButtonLink>}
                </span>
              }
            >
              {/* A note without a lead is kept by the writer's team, so only someone in a team writes one here. */}
              {can(viewer, 'meetings.write') && viewer.teamId && !e.deleted && (
                <div className="mb-4">
                  <AddNoteForm enterpriseId={e.id} />
                </div>
              )}
              <Timeline items={timeline} locale={locale as Locale} showLead />
            </Card>
          )}
          <p className="text-sm text-slate-400">{t('timeline.enterpriseLater')}</p>
        </div>
        <div className="space-y-4">
          <RecordRequestsCard items={requests} locale={locale as Locale} raiseHref={mayRaise ? `/requests/new?enterpriseId=${e.id}` : null} />
          {e.deleted && viewer.role === 'admin' && (
            <Card title={t('enterprises.restore')}>
              <ConfirmAction
                action={restoreEnterprise}
                fields={{ id: e.id, version: e.version }}
                variant="secondary"
                label={t('enterprises.restore')}
                title={t('enterprises.restore')}
                message={e.name}
              />
            </Card>
          )}
          {e.chainId && e.chainName && can(viewer, 'chains.manage') && !e.deleted && (
            <Card title={t('chains.leaderEnterprises')}>
              <LeaderEnterpriseToggle chainId={e.chainId} chainName={e.chainName} enterpriseId={e.id} isLeader={e.isChainLeader} />
            </Card>
          )}
          {mayMerge && duplicates.length > 0 && (
            <Card title={t('enterprises.duplicates')}>
              <ul className="space-y-3">
                {duplicates.map((d) => (
                  <li key={d.id} className="space-y-1.5 text-sm">
                    <Link href={`/enterprises/${d.id}`} className="font-medium text-brand-700 hover:underline">{d.name}</Link>
                    <p className="text-xs text-slate-500">{d.teamName ?? t('enterprises.noTeam')}{d.sameUscc ? ` · ${t('enterprises.sameUscc')}` : ''}</p>
                    <ConfirmAction
                      action={mergeEnterprise}
                      fields={{ survivorId: e.id, duplicateId: d.id }}
                      variant="secondary"
                      label={t('enterprises.merge')}
                      title={t('enterprises.mergeTitle', { name: d.name })}
                      message={t('enterprises.mergeMessage')}
                    />
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
