import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listDepartmentOptions } from '@/db/queries/departments';
import { getRequestTarget } from '@/db/queries/requests';
import { orNotFound } from '@/lib/not-found';
import { zoneToday } from '@/lib/project-status';
import { requirePermission } from '@/lib/viewer';
import { addDays } from '@/lib/zone-dates';
import { RequestForm } from '../_components/request-form';

export async function generateMetadata() {
  return { title: (await getTranslations('requests'))('new.title') };
}

/** 提出诉求 for the signed project (?projectId=) or enterprise (?enterpriseId=) the officer came from. */
export default async function NewRequestPage({ searchParams }: { searchParams: Promise<{ enterpriseId?: string; projectId?: string }> }) {
  const viewer = await requirePermission('requests.raise');
  const { enterpriseId, projectId } = await searchParams;
  const ref = { enterpriseId: typeof enterpriseId === 'string' ? enterpriseId : null, projectId: typeof projectId === 'string' ? projectId : null };
  const [record, departments, t] = await Promise.all([orNotFound(getRequestTarget(viewer, ref)), listDepartmentOptions(viewer), getTranslations('requests')]);
  const back = record.projectId ? `/projects/${record.projectId}` : `/enterprises/${record.enterpriseId}`;
  // Two weeks is the usual time limit a department is given; the officer can change it.
  const twoWeeks = addDays(zoneToday(), 14);
  return (
    <>
      <PageHeader
        title={t('new.title')}
        description={t(record.projectId ? 'new.onProject' : 'new.onEnterprise', { name: record.name, team: record.teamName })}
        actions={<ButtonLink href={back} variant="secondary">{t('new.back')}</ButtonLink>}
      />
      <Card>
        <RequestForm departments={departments} record={record} defaults={{ deadline: twoWeeks }} />
      </Card>
    </>
  );
}
