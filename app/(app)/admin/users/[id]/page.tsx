import { getLocale, getTranslations } from 'next-intl/server';
import { listDepartmentOptions } from '@/db/queries/departments';
import { listTeamOptions } from '@/db/queries/teams';
import { getUserOrThrow } from '@/db/queries/users';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { ROLES } from '@/db/schema/users';
import { can } from '@/lib/permissions';
import { formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { orNotFound } from '@/lib/not-found';
import { requirePermission } from '@/lib/viewer';
import { PasswordForm } from '../_components/password-form';
import { RoleForm } from '../_components/role-form';
import { StatusForm } from '../_components/status-form';
import { UnlockForm } from '../_components/unlock-form';
import { UserForm } from '../_components/user-form';

export async function generateMetadata() {
  return { title: (await getTranslations('admin'))('editUser') };
}

export default async function EditUserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const viewer = await requirePermission('users.manage', 'users.grant', 'users.unlock');
  const { id } = await params;
  const { created } = await searchParams;
  const user = await orNotFound(getUserOrThrow(viewer, id));
  const mayGrant = can(viewer, 'users.grant');
  const [teams, departments, t, locale] = await Promise.all([listTeamOptions(viewer), listDepartmentOptions(viewer), getTranslations('admin'), getLocale()]);
  return (
    <div className="grid grid-cols-1 max-w-5xl gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div className="space-y-4">
        {created && <Notice tone="success">{t('created')}</Notice>}
        <Card title={`${t('profile')} · ${user.displayName}`}>
          {/* Under 三员分立 the system administrator keeps the profile and the security administrator the role. */}
          {can(viewer, 'users.manage') ? (
            <UserForm teams={teams} departments={departments} roles={mayGrant ? ROLES : []} user={user} />
          ) : (
            <RoleForm user={user} roles={ROLES} teams={teams} departments={departments} />
          )}
          <p className="mt-4 border-t border-slate-100 pt-3 text-xs text-slate-500">
            {t('updatedAt', { at: formatDateTime(user.updatedAt, locale as Locale) })}
          </p>
        </Card>
      </div>
      <div className="space-y-4">
        {can(viewer, 'users.unlock') && (
          <>
            <Card title={t('resetPassword')}>
              <PasswordForm userId={user.id} />
            </Card>
            <Card title={t('unlock')}>
              <UnlockForm user={user} />
            </Card>
          </>
        )}
        {can(viewer, 'users.manage') && (
          <Card title={t('access')}>
            <StatusForm user={user} />
          </Card>
        )}
      </div>
    </div>
  );
}
