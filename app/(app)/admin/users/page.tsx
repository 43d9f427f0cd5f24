import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { listDepartmentOptions } from '@/db/queries/departments';
import { listTeamOptions } from '@/db/queries/teams';
import { listUsers } from '@/db/queries/users';
import { ROLES } from '@/db/schema/users';
import { ChoiceFilter } from '@/components/forms/choice-filter';
import { Badge } from '@/components/ui/badge';
import { Button, ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Pager } from '@/components/ui/pager';
import { SelectField, TextField } from '@/components/ui/field';
import { Table, Td, Th } from '@/components/ui/table';
import { userFilterSchema } from '@/lib/validation/users';
import { can } from '@/lib/permissions';
import { requirePermission } from '@/lib/viewer';

export async function generateMetadata() {
  return { title: (await getTranslations('admin'))('users') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requirePermission('users.manage', 'users.grant', 'users.unlock');
  const filter = userFilterSchema.parse(await searchParams);
  const [{ rows, next }, teams, departments] = await Promise.all([listUsers(viewer, filter), listTeamOptions(viewer), listDepartmentOptions(viewer)]);
  const t = await getTranslations();

  return (
    <div className="space-y-4">
      {/* Filters live in the URL (a GET form), so a reload or a shared link keeps them. */}
      <form method="get" className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_minmax(0,1fr)_minmax(0,1fr)_auto] md:items-end">
        <div className="col-span-2 md:col-span-1">
          <TextField label={t('admin.searchUsers')} name="q" type="search" defaultValue={filter.q} />
        </div>
        <SelectField label={t('admin.role')} name="role" defaultValue={filter.role ?? ''}>
          <option value="">{t('admin.anyRole')}</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>{t(`roles.${r}`)}</option>
          ))}
        </SelectField>
        <ChoiceFilter label={t('admin.team')} name="teamId" value={filter.teamId} anyLabel={t('admin.anyTeam')} options={teams} />
        <ChoiceFilter label={t('admin.department')} name="departmentId" value={filter.departmentId} anyLabel={t('admin.anyDepartment')} options={departments} />
        <SelectField label={t('common.status')} name="status" defaultValue={filter.status ?? ''}>
          <option value="">{t('admin.anyStatus')}</option>
          <option value="active">{t('common.active')}</option>
          <option value="disabled">{t('common.disabled')}</option>
        </SelectField>
        <div className="col-span-2 flex gap-2 md:col-span-1">
          <Button type="submit">{t('common.filter')}</Button>
          <ButtonLink href="/admin/users" variant="ghost">{t('common.reset')}</ButtonLink>
        </div>
      </form>

      {can(viewer, 'users.manage') && (
        <div className="flex justify-end">
          <ButtonLink href="/admin/users/new">{t('admin.newUser')}</ButtonLink>
        </div>
      )}

      {rows.length === 0 ? (
        <EmptyState title={t('admin.usersEmpty')}>{t('admin.usersEmptyHint')}</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t('admin.displayName')}</Th>
              <Th>{t('admin.username')}</Th>
              <Th>{t('admin.role')}</Th>
              <Th>{t('admin.teamOrDepartment')}</Th>
              <Th className="hidden sm:table-cell">{t('admin.phone')}</Th>
              <Th>{t('common.status')}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((user) => (
              <tr key={user.id} className="hover:bg-slate-50">
                <Td className="font-medium whitespace-nowrap">
                  <Link href={`/admin/users/${user.id}`} className="text-brand-700 hover:underline">{user.displayName}</Link>
                </Td>
                <Td className="font-mono text-xs">{user.username}</Td>
                <Td className="whitespace-nowrap">{t(`roles.${user.role}`)}</Td>
                {/* A liaison belongs to a department rather than a team: the column shows whichever the user has. */}
                <Td className="whitespace-nowrap">{[user.teamName, user.departmentName].filter(Boolean).join(' · ') || '—'}</Td>
                <Td className="hidden whitespace-nowrap sm:table-cell">{user.phone || '—'}</Td>
                <Td>{user.disabled ? <Badge tone="red">{t('common.disabled')}</Badge> : <Badge tone="green">{t('common.active')}</Badge>}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      <Pager params={filter} after={filter.after} next={next} label={t('admin.users')} />
    </div>
  );
}
