'use client';
import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/ui/field';
import type { Role } from '@/db/schema/users';

interface Props {
  /** The roles the viewer may give; with `roleLocked` the current role is kept and shown only. */
  roles: readonly Role[];
  roleLocked?: boolean;
  teams: { id: string; name: string }[];
  departments: { id: string; name: string }[];
  value?: { role: Role; teamId: string | null; departmentId: string | null };
  fieldError: (name: string) => string | undefined;
}

/** Role, team and department: what a login may do and over which records, chosen together because each role needs its own. */
export function PlacementFields({ roles, roleLocked, teams, departments, value, fieldError }: Props) {
  const t = useTranslations();
  return (
    <>
      <SelectField label={t('admin.role')} name="role" defaultValue={value?.role ?? 'officer'} required disabled={roleLocked} error={fieldError('role')} hint={roleLocked ? t('admin.roleLockedHint') : undefined}>
        {(roleLocked && value ? [value.role] : roles).map((r) => (
          <option key={r} value={r}>{t(`roles.${r}`)}</option>
        ))}
      </SelectField>
      {/* A disabled select is not submitted: the unchanged role still travels with the form. */}
      {roleLocked && value && <input type="hidden" name="role" value={value.role} />}
      <SelectField label={t('admin.team')} name="teamId" defaultValue={value?.teamId ?? ''} error={fieldError('teamId')}>
        <option value="">{t('admin.noTeam')}</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>{team.name}</option>
        ))}
      </SelectField>
      <SelectField label={t('admin.department')} name="departmentId" defaultValue={value?.departmentId ?? ''} error={fieldError('departmentId')} hint={t('admin.departmentHint')}>
        <option value="">{t('admin.noDepartment')}</option>
        {departments.map((department) => (
          <option key={department.id} value={department.id}>{department.name}</option>
        ))}
      </SelectField>
    </>
  );
}
