import { getTranslations } from 'next-intl/server';
import { getTeamOrThrow } from '@/db/queries/teams';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { orNotFound } from '@/lib/not-found';
import { requirePermission } from '@/lib/viewer';
import { TeamForm } from '../_components/team-form';

export async function generateMetadata() {
  return { title: (await getTranslations('admin'))('editTeam') };
}

export default async function EditTeamPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('teams.manage');
  const { id } = await params;
  const team = await orNotFound(getTeamOrThrow(viewer, id));
  const t = await getTranslations();
  return (
    <Card title={`${t('admin.editTeam')} · ${team.name}`} className="max-w-xl" actions={<ButtonLink href="/admin/teams" variant="ghost">{t('common.back')}</ButtonLink>}>
      <TeamForm team={team} />
    </Card>
  );
}
