'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { ButtonLink } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { Role } from '@/db/schema/users';
import type { UserRow } from '@/db/queries/users';
import { createUser, updateUser } from '../actions';
import { PlacementFields } from './placement-fields';

interface Props {
  teams: { id: string; name: string }[];
  departments: { id: string; name: string }[];
  /** The roles this administrator may give; none when roles are another's duty (三员分立). */
  roles: readonly Role[];
  /** Absent when creating a user. */
  user?: UserRow;
}

/** Create or edit a login's profile. The version field turns a concurrent edit into a clear conflict. */
export function UserForm({ teams, departments, roles, user }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(user ? updateUser : createUser);

  useEffect(() => {
    if (state?.ok && !user) router.push(`/admin/users/${state.data.id}?created=1`);
    else if (state?.ok) router.refresh();
  }, [state, user, router]);

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {formError && <Notice tone="error" testId="form-error">{formError}</Notice>}
      {state?.ok && user && <Notice tone="success">{t('common.saved')}</Notice>}
      {user && (
        <>
          <input type="hidden" name="id" value={user.id} />
          <input type="hidden" name="version" value={user.version} />
        </>
      )}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {user ? (
          <TextField label={t('admin.username')} name="username" defaultValue={user.username} disabled />
        ) : (
          <TextField label={t('admin.username')} name="username" autoComplete="off" autoCapitalize="none" required error={fieldError('username')} hint={t('errors.usernameFormat')} />
        )}
        <TextField label={t('admin.displayName')} name="displayName" defaultValue={user?.displayName} required error={fieldError('displayName')} />
        <PlacementFields roles={roles} roleLocked={!!user && !roles.includes(user.role)} teams={teams} departments={departments} value={user} fieldError={fieldError} />
        <TextField label={t('admin.phone')} name="phone" type="tel" defaultValue={user?.phone} error={fieldError('phone')} />
        {!user && <TextField label={t('admin.password')} name="password" type="password" autoComplete="new-password" required error={fieldError('password')} hint={t('admin.passwordHint')} />}
      </div>
      <div className="flex gap-2">
        <SubmitButton pending={pending}>{user ? t('common.save') : t('common.create')}</SubmitButton>
        <ButtonLink href="/admin/users" variant="ghost">{t('common.back')}</ButtonLink>
      </div>
    </form>
  );
}
