import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { listChainOptions } from '@/db/queries/chains';
import { listAssignableUsers } from '@/db/queries/leads';
import { listProjectLinks } from '@/db/queries/projects';
import { listRecordSupervision } from '@/db/queries/supervision';
import { listTimeline } from '@/db/queries/timeline';
import { listTeamOptions } from '@/db/queries/teams';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { RecordSupervisionCard } from '@/components/supervision/record-card';
import { AddNoteForm } from '@/components/timeline/add-note-form';
import { Timeline } from '@/components/timeline/timeline';
import { formatDate, formatDateTime, formatWanNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { orNotFound } from '@/lib/not-found';
import { can } from '@/lib/permissions';
import { requirePermission } from '@/lib/viewer';
import { AssignPanel } from '../../_components/assign-panel';
import { LeadFlags, StageBadge } from '@/components/leads/lead-badges';
import { LeadForm } from '../../_components/lead-form';
import { StagePanel } from '../../_components/stage-panel';
import { loadLead } from '../load-lead';
import { FactList } from '@/components/ui/fact-list';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations('leadDetail');
  return { title: `${t('title')} · ${(await params).id.slice(0, 8)}` };
}

/** "2026-05" → "2026年5月" / "May 2026". */
function formatMonth(month: string, locale: Locale): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
}

export default async function LeadPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; saved?: string; moved?: string; assigned?: string; meeting?: string }> }) {
  const viewer = await requirePermission('leads.read');
  const { id } = await params;
  const flags = await searchParams;
  // Another team's lead (for an officer) is "not found", exactly like a wrong id.
  const lead = await orNotFound(loadLead(viewer, id));
  const mayEdit = lead.canEdit && can(viewer, 'leads.write');
  const mayLog = lead.canEdit && can(viewer, 'meetings.write');
  const maySign = lead.stage === 'negotiating' && lead.canEdit && can(viewer, 'projects.write');
  const [timeline, chains, teams, users, projects, supervision, t, locale] = await Promise.all([
    listTimeline(viewer, { leadId: id }),
    mayEdit ? listChainOptions(viewer) : [],
    listTeamOptions(viewer),
    can(viewer, 'leads.assign') ? listAssignableUsers(viewer) : [],
    lead.stage === 'signed' && can(viewer, 'projects.read') ? listProjectLinks(viewer, { leadId: id }) : [],
    can(viewer, 'supervision.read') ? listRecordSupervision(viewer, { leadId: id }) : [],
    getTranslations(),
    getLocale() as Promise<Locale>,
  ]);
  // Officers reassign within their own team only; leaders and admins across teams.
  const assignTeams = viewer.role === 'officer' ? null : teams;

  const dash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '—' : String(v));
  const num = (v: number | null) => (v === null ? '—' : formatWanNumber(v, locale));
  const rows: [string, React.ReactNode][] = [
    [t('lead.fields.enterprise'), <Link key="e" href={`/enterprises/${lead.enterpriseId}`} className="text-brand-700 hover:underline">{lead.enterpriseName}</Link>],
    [t('lead.fields.chain'), lead.chainId ? <Link key="c" href={`/chains/${lead.chainId}`} className="text-brand-700 hover:underline">{lead.chainName}</Link> : '—'],
    [t('lead.fields.node'), dash(lead.nodeName)],
    [t('lead.fields.chainAction'), lead.chainAction ? t(`chain.action.${lead.chainAction}`) : '—'],
    [t('lead.fields.intendedInvestment'), <span key="i" className="tabular-nums">{num(lead.intendedInvestment)}</span>],
    [t('lead.fields.landArea'), <span key="l" className="tabular-nums">{num(lead.landArea)}</span>],
    [t('lead.fields.expectedJobs'), <span key="j" className="tabular-nums">{num(lead.expectedJobs)}</span>],
    [t('lead.fields.sourceMethod'), lead.sourceMethod ? t(`lead.method.${lead.sourceMethod}`) : '—'],
    [t('lead.fields.sourceDetail'), dash(lead.sourceDetail)],
    [t('lead.fields.priority'), t(`lead.priority.${lead.priority}`)],
    [t('lead.fields.expectedSigningMonth'), lead.expectedSigningMonth ? formatMonth(lead.expectedSigningMonth, locale) : '—'],
    [t('lead.fields.team'), lead.teamName],
    [t('lead.fields.owner'), lead.ownerName],
  ];

  return (
    <>
      <PageHeader
        title={lead.projectName}
        description={t('leadDetail.subtitle', { enterprise: lead.enterpriseName, team: lead.teamName, owner: lead.ownerName })}
        actions={
          <>
            {can(viewer, 'supervision.assign') && <ButtonLink href={`/supervision/new?leadId=${lead.id}`} variant="secondary">{t('supervision.action')}</ButtonLink>}
            <ButtonLink href={`/enterprises/${lead.enterpriseId}`} variant="secondary">{t('leadDetail.toEnterprise')}</ButtonLink>
          </>
        }
      />
      <div className="-mt-3 mb-4 flex flex-wrap items-center gap-1.5" data-testid="lead-badges">
        <StageBadge stage={lead.stage} />
        <LeadFlags stalled={lead.stalled} conflict={lead.conflict} />
        <span className="text-xs text-slate-500">
          {t('leadDetail.stageSince', { at: formatDate(lead.stageChangedAt, locale) })} · {t('leadDetail.lastActivity', { at: formatDateTime(lead.lastActivityAt, locale) })}
        </span>
      </div>
      <div className="mb-4 space-y-2">
        {flags.created && <Notice tone="success">{t('leadDetail.created')}</Notice>}
        {flags.meeting && <Notice tone="success">{t('meetings.logged')}</Notice>}
        {lead.conflict && (
          <Notice tone="info">
            {t('leadDetail.conflictNotice')}
            {lead.conflictNote && <> {t('leadDetail.resolvedNote', { note: lead.conflictNote })}</>}
          </Notice>
        )}
        {lead.stalled && <Notice tone="info">{t('leadDetail.stalledNotice')}</Notice>}
      </div>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
        <div className="min-w-0 space-y-4">
          <Card
            title={t('leadDetail.stagePanel')}
            actions={
              maySign ? (
                <ButtonLink href={`/leads/${lead.id}/sign`} className="h-8">{t('sign.action')}</ButtonLink>
              ) : (
                projects[0] && <ButtonLink href={`/projects/${projects[0].id}`} variant="secondary" className="h-8">{t('sign.toProject')}</ButtonLink>
              )
            }
          >
            {flags.moved && <div className="mb-4"><Notice tone="success">{t('leadDetail.moved', { stage: t(`lead.stage.${lead.stage}`) })}</Notice></div>}
            {/* Keyed by version: after a reload the panel starts from what is saved now. */}
            <StagePanel key={lead.version} lead={{ id: lead.id, version: lead.version, stage: lead.stage, stageReason: lead.stageReason, gates: lead.gates }} canMove={mayEdit} />
          </Card>
          <Card title={t('leadDetail.details')}>
            {lead.content && <p className="mb-4 text-sm leading-relaxed whitespace-pre-line text-slate-700">{lead.content}</p>}
            <FactList rows={rows} className="grid-cols-[6.5rem_minmax(0,1fr)] sm:grid-cols-[9rem_minmax(0,1fr)] sm:gap-x-6" />
            <p className="mt-4 text-xs text-slate-400">{t('leadDetail.createdAt', { at: formatDateTime(lead.createdAt, locale) })}</p>
          </Card>
          {mayEdit && (
            <Card title={t('leadDetail.edit')}>
              {flags.saved && <div className="mb-3"><Notice tone="success">{t('leadDetail.saved')}</Notice></div>}
              <details className="group">
                <summary className="cursor-pointer text-sm font-medium text-brand-700 select-none">
                  <span className="group-open:hidden">{t('leadDetail.openEdit')}</span>
                  <span className="hidden group-open:inline">{t('leadDetail.closeEdit')}</span>
                </summary>
                <div className="mt-4">
                  <LeadForm key={lead.version} chains={chains} lead={lead} />
                </div>
              </details>
            </Card>
          )}
          <Card title={t('timeline.title')} actions={mayLog && <ButtonLink href={`/meetings/new?leadId=${lead.id}`} className="h-8">{t('meetings.new')}</ButtonLink>}>
            {mayLog && <div className="mb-5"><AddNoteForm enterpriseId={lead.enterpriseId} leadId={lead.id} /></div>}
            <Timeline items={timeline} locale={locale} />
          </Card>
        </div>
        <div className="min-w-0 space-y-4">
          <RecordSupervisionCard items={supervision} locale={locale} />
          {lead.canAssign && can(viewer, 'leads.assign') && (
            <Card title={t('leadDetail.assignPanel')}>
              {flags.assigned && <div className="mb-3"><Notice tone="success">{t('leadDetail.assigned', { team: lead.teamName, owner: lead.ownerName })}</Notice></div>}
              <AssignPanel
                key={lead.version}
                lead={{ id: lead.id, version: lead.version, teamId: lead.teamId, teamName: lead.teamName, ownerId: lead.ownerId, ownerName: lead.ownerName }}
                teams={assignTeams}
                users={users}
              />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
