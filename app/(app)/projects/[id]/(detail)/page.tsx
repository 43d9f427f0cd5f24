import { getLocale, getTranslations } from 'next-intl/server';
import { listEvidence } from '@/db/queries/project-files';
import { listProjectFunds } from '@/db/queries/project-funds';
import { listMilestones } from '@/db/queries/project-milestones';
import { listRecordRequests } from '@/db/queries/requests';
import { listRecordSupervision } from '@/db/queries/supervision';
import { DueLabel } from '@/components/projects/due-label';
import { MajorBadge } from '@/components/projects/major-badge';
import { ProjectStatusBadge } from '@/components/projects/status-badge';
import { RecordRequestsCard } from '@/components/requests/record-card';
import { RecordSupervisionCard } from '@/components/supervision/record-card';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import type { Locale } from '@/lib/i18n/locales';
import { orNotFound } from '@/lib/not-found';
import { can } from '@/lib/permissions';
import { zoneToday } from '@/lib/project-status';
import { requirePermission } from '@/lib/viewer';
import { EvidencePanel } from '../_components/evidence-panel';
import { FundsPanel } from '../_components/funds-panel';
import { MilestonesPanel } from '../_components/milestones-panel';
import { ProjectFacts } from '../_components/project-facts';
import { loadProject } from '../load-project';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations('project');
  return { title: `${t('title')} · ${(await params).id.slice(0, 8)}` };
}

export default async function ProjectPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ signed?: string; saved?: string }> }) {
  const viewer = await requirePermission('projects.read');
  const { id } = await params;
  const flags = await searchParams;
  // Another team's project (for an officer) is "not found", exactly like a wrong id.
  const project = await orNotFound(loadProject(viewer, id));
  const [funds, milestones, evidence, supervision, requests, t, locale] = await Promise.all([
    listProjectFunds(viewer, id),
    listMilestones(viewer, id),
    listEvidence(viewer, id),
    can(viewer, 'supervision.read') ? listRecordSupervision(viewer, { projectId: id }) : [],
    listRecordRequests(viewer, { projectId: id }),
    getTranslations(),
    getLocale() as Promise<Locale>,
  ]);
  const canEdit = project.canEdit && can(viewer, 'projects.write');
  const canVerify = project.canVerify && can(viewer, 'projects.verify');
  // One "today" for the whole page, so the late flags and the countdown agree.
  const today = zoneToday();
  const due = milestones.find((m) => !m.actualOn && m.plannedOn === project.nextDueOn);

  return (
    <>
      <PageHeader
        title={project.name}
        description={t('project.subtitle', { enterprise: project.enterpriseName, team: project.teamName, owner: project.ownerName })}
        actions={
          <>
            {canEdit && <ButtonLink href={`/projects/${project.id}/edit`} variant="secondary">{t('project.edit.action')}</ButtonLink>}
            <ButtonLink href={`/leads/${project.leadId}`} variant="secondary">{t('project.toLead')}</ButtonLink>
            <ButtonLink href={`/enterprises/${project.enterpriseId}`} variant="secondary">{t('project.toEnterprise')}</ButtonLink>
            <ButtonLink href={`/meetings?enterpriseId=${project.enterpriseId}`} variant="secondary">{t('project.toMeetings')}</ButtonLink>
            {can(viewer, 'supervision.assign') && <ButtonLink href={`/supervision/new?projectId=${project.id}`} variant="secondary">{t('supervision.action')}</ButtonLink>}
          </>
        }
      />
      <div className="-mt-3 mb-4 flex flex-wrap items-center gap-1.5" data-testid="project-badges">
        {project.major && <MajorBadge />}
        <ProjectStatusBadge status={project.status} />
        <DueLabel dueOn={project.nextDueOn} kind={due?.kind ?? null} today={today} className="ml-1 text-xs" />
      </div>
      <div className="mb-4 space-y-2">
        {flags.signed && <Notice tone="success">{t('project.signed')}</Notice>}
        {flags.saved && <Notice tone="success">{t('project.edit.saved')}</Notice>}
      </div>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
        <div className="min-w-0 space-y-4">
          <Card title={t('project.funds.title')}>
            <FundsPanel
              projectId={project.id}
              contracted={project.contractedInvestment}
              fundsInPlace={project.fundsInPlace}
              rows={funds}
              canEdit={canEdit}
              today={today}
            />
          </Card>
          <Card title={t('project.milestones.title')}>
            <MilestonesPanel milestones={milestones} evidence={evidence} canEdit={canEdit} canVerify={canVerify} today={today} />
          </Card>
          <Card title={t('project.evidence.title')}>
            <EvidencePanel projectId={project.id} files={evidence} milestones={milestones} canEdit={canEdit} />
          </Card>
        </div>
        <div className="min-w-0 space-y-4">
          <RecordSupervisionCard items={supervision} locale={locale} />
          <RecordRequestsCard items={requests} locale={locale} raiseHref={can(viewer, 'requests.raise') && project.canEdit ? `/requests/new?projectId=${project.id}` : null} />
          <Card title={t('project.facts')}>
            <ProjectFacts project={project} />
          </Card>
        </div>
      </div>
    </>
  );
}
