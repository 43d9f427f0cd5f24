import { getTranslations } from 'next-intl/server';
import { listTeamOptions } from '@/db/queries/teams';
import { getUserOrThrow } from '@/db/queries/users';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { orNotFound } from '@/lib/not-found';
import { requirePermission } from '@/lib/viewer';
import { PasswordForm } from '../_components/password-form';
import { StatusForm } from '../_components/status-form';
import { UserForm } from '../_components/user-form';

export async function generateMetadata() {
  return { title: (await getTranslations('admin'))('editUser') };
}

export default async function EditUserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const viewer = await requirePermission('users.manage');
  const { id } = await params;
  const { created } = await searchParams;
  const user = await orNotFound(getUserOrThrow(viewer, id));
  const [teams, t] = await Promise.all([listTeamOptions(viewer), getTranslations('admin')]);
  return (
    <div className="grid max-w-5xl gap-4 lg:grid-cols-[2fr_1fr]">
      <div className="space-y-4">
        {created && <Notice tone="success">{t('created')}</Notice>}
        <Card title={`${t('profile')} · ${user.displayName}`}>
          <UserForm teams={teams} user={user} />
        </Card>
      </div>
      <div className="space-y-4">
        <Card title={t('resetPassword')}>
          <PasswordForm userId={user.id} />
        </Card>
        <Card title={t('access')}>
          <StatusForm user={user} />
        </Card>
      </div>
    </div>
  );
}
