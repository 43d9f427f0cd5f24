import { getLocale, getTranslations } from 'next-intl/server';
import { listDepartmentOptions } from '@/db/queries/departments';
import { listTeamOptions } from '@/db/queries/teams';
import { getUserOrThrow } from '@/db/queries/users';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
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
  const [teams, departments, t, locale] = await Promise.all([listTeamOptions(viewer), listDepartmentOptions(viewer), getTranslations('admin'), getLocale()]);
  return (
    <div className="grid max-w-5xl gap-4 lg:grid-cols-[2fr_1fr]">
      <div className="space-y-4">
        {created && <Notice tone="success">{t('created')}</Notice>}
        <Card title={`${t('profile')} · ${user.displayName}`}>
          <UserForm teams={teams} departments={departments} user={user} />
          <p className="mt-4 border-t border-slate-100 pt-3 text-xs text-slate-500">
            {t('updatedAt', { at: formatDateTime(user.updatedAt, locale as Locale) })}
          </p>
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
