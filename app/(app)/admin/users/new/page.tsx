import { getTranslations } from 'next-intl/server';
import { listDepartmentOptions } from '@/db/queries/departments';
import { listTeamOptions } from '@/db/queries/teams';
import { Card } from '@/components/ui/card';
import { ROLES, STAFF_ROLES } from '@/db/schema/users';
import { can } from '@/lib/permissions';
import { requirePermission } from '@/lib/viewer';
import { UserForm } from '../_components/user-form';

export async function generateMetadata() {
  return { title: (await getTranslations('admin'))('newUser') };
}

export default async function NewUserPage() {
  const viewer = await requirePermission('users.manage');
  const [teams, departments, t] = await Promise.all([listTeamOptions(viewer), listDepartmentOptions(viewer), getTranslations('admin')]);
  return (
    <Card title={t('newUser')} className="max-w-3xl">
      <UserForm teams={teams} departments={departments} roles={can(viewer, 'users.grant') ? ROLES : STAFF_ROLES} />
    </Card>
  );
}
