import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { listOccasions } from '@/db/queries/project-list';
import { listProjectLinks } from '@/db/queries/projects';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { orNotFound } from '@/lib/not-found';
import { zoneToday } from '@/lib/project-status';
import { requirePermission } from '@/lib/viewer';
import { loadLead } from '../load-lead';
import { SignForm } from './_components/sign-form';

export async function generateMetadata() {
  return { title: (await getTranslations('sign'))('title') };
}

/** 登记签约: the agreement's facts for a lead in 深度洽谈; saving creates the project and moves the lead to 签约. */
export default async function SignLeadPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('projects.write');
  const { id } = await params;
  const lead = await orNotFound(loadLead(viewer, id));
  // An officer signs their own team's leads only (the data layer refuses the rest too).
  if (!lead.canEdit) forbidden();
  const negotiating = lead.stage === 'negotiating';
  const [occasions, links, t] = await Promise.all([
    negotiating ? listOccasions(viewer) : [],
    lead.stage === 'signed' ? listProjectLinks(viewer, { leadId: lead.id }) : [],
    getTranslations(),
  ]);

  return (
    <>
      <PageHeader
        title={t('sign.title')}
        description={negotiating ? t('sign.description', { project: lead.projectName, enterprise: lead.enterpriseName }) : `${lead.projectName} · ${lead.enterpriseName}`}
        actions={<ButtonLink href={`/leads/${lead.id}`} variant="secondary">{t('sign.backToLead')}</ButtonLink>}
      />
      {negotiating ? (
        <Card className="max-w-5xl">
          <SignForm
            lead={{ id: lead.id, version: lead.version, projectName: lead.projectName, intendedInvestment: lead.intendedInvestment, landArea: lead.landArea, expectedJobs: lead.expectedJobs }}
            occasions={occasions}
            today={zoneToday()}
          />
        </Card>
      ) : (
        <div className="max-w-3xl space-y-3" data-testid="sign-unavailable">
          <Notice tone="info">{lead.stage === 'signed' ? t('sign.alreadySigned') : t('sign.notNegotiating', { stage: t(`lead.stage.${lead.stage}`) })}</Notice>
          {links.length > 0 && (
            <div className="flex flex-wrap gap-2">
              {links.map((p) => (
                <ButtonLink key={p.id} href={`/projects/${p.id}`}>{links.length > 1 ? p.name : t('sign.toProject')}</ButtonLink>
              ))}
            </div>
          )}
        </div>
      )}
    </>
  );
}
