import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getSupervisionTarget, listSupervisionAssignees } from '@/db/queries/supervision';
import { listTeamOptions } from '@/db/queries/teams';
import { orNotFound } from '@/lib/not-found';
import { zoneToday } from '@/lib/project-status';
import { requirePermission } from '@/lib/viewer';
import { SupervisionForm } from '../_components/supervision-form';

export async function generateMetadata() {
  return { title: (await getTranslations('supervision'))('new.title') };
}

/** 交办督办事项 on the lead (?leadId=) or signed project (?projectId=) the leader came from. */
export default async function NewSupervisionPage({ searchParams }: { searchParams: Promise<{ leadId?: string; projectId?: string }> }) {
  const viewer = await requirePermission('supervision.assign');
  const { leadId, projectId } = await searchParams;
  const record = await orNotFound(getSupervisionTarget(viewer, { leadId: typeof leadId === 'string' ? leadId : null, projectId: typeof projectId === 'string' ? projectId : null }));
  const [teams, officers, t] = await Promise.all([listTeamOptions(viewer), listSupervisionAssignees(viewer), getTranslations('supervision')]);
  const back = record.projectId ? `/projects/${record.projectId}` : `/leads/${record.leadId}`;
  return (
    <>
      <PageHeader
        title={t('new.title')}
        description={t(record.projectId ? 'new.onProject' : 'new.onLead', { name: record.name, team: record.teamName })}
        actions={<ButtonLink href={back} variant="secondary">{t('new.back')}</ButtonLink>}
      />
      <Card>
        <SupervisionForm record={record} teams={teams} officers={officers} today={zoneToday()} />
      </Card>
    </>
  );
}
