import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { listOccasions } from '@/db/queries/project-list';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { orNotFound } from '@/lib/not-found';
import { requirePermission } from '@/lib/viewer';
import { loadProject } from '../load-project';
import { ProjectEditForm } from './_components/project-edit-form';

export async function generateMetadata() {
  return { title: (await getTranslations('project.edit'))('title') };
}

/** 编辑项目信息: corrects what the agreement says; the milestones, funds and files have their own panels. */
export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('projects.write');
  const { id } = await params;
  const project = await orNotFound(loadProject(viewer, id));
  // The project's layout already answers 404 out of scope; this is the same rule for a form to fill in vain.
  if (!project.canEdit) notFound();
  const [occasions, t] = await Promise.all([listOccasions(viewer), getTranslations('project')]);
  const { version, agreementName, signedOn, occasion, kind, contractedInvestment, fixedAssetInvestment, landArea, expectedJobs, expectedOutput } = project;

  return (
    <>
      <PageHeader
        title={t('edit.title')}
        description={`${project.name} · ${project.enterpriseName}`}
        actions={<ButtonLink href={`/projects/${project.id}`} variant="secondary">{t('edit.backToProject')}</ButtonLink>}
      />
      <Card className="max-w-5xl">
        <ProjectEditForm
          key={version}
          project={{ id: project.id, version, agreementName, signedOn, occasion, kind, contractedInvestment, fixedAssetInvestment, landArea, expectedJobs, expectedOutput }}
          occasions={occasions}
        />
      </Card>
    </>
  );
}
