'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Notice } from '@/components/ui/notice';
import type { Role } from '@/db/schema/users';
import type { UserRow } from '@/db/queries/users';
import { changeUserRole } from '../actions';
import { PlacementFields } from './placement-fields';

/** The security administrator's form under 三员分立: a login's role (and the team or department it needs), nothing else. */
export function RoleForm({ user, roles, teams, departments }: { user: UserRow; roles: readonly Role[]; teams: { id: string; name: string }[]; departments: { id: string; name: string }[] }) {
  const t = useTranslations();
  const router = useRouter();
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(changeUserRole);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {formError && <Notice tone="error" testId="form-error">{formError}</Notice>}
      {state?.ok && <Notice tone="success">{t('common.saved')}</Notice>}
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <PlacementFields roles={roles} teams={teams} departments={departments} value={user} fieldError={fieldError} />
      </div>
      <SubmitButton pending={pending}>{t('admin.changeRole')}</SubmitButton>
    </form>
  );
}
