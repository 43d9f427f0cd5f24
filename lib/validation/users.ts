import { z } from 'zod';
import { ROLES } from '@/db/schema/users';
import { optionalText, optionalUuid, password, phone, requiredText, versionField } from './fields';

const username = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'usernameFormat')
  .max(32, 'usernameFormat')
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'usernameFormat');

const profile = {
  displayName: requiredText(50),
  role: z.enum(ROLES, 'invalidChoice'),
  teamId: optionalUuid,
  departmentId: optionalUuid,
  phone,
};

export const userCreateSchema = z.object({ username, ...profile, password });
export type UserCreateInput = z.output<typeof userCreateSchema>;

export const userUpdateSchema = z.object({ id: z.uuid('notFound'), version: versionField, ...profile });
export type UserUpdateInput = z.output<typeof userUpdateSchema>;

export const userRoleSchema = z.object({ id: z.uuid('notFound'), version: versionField, role: profile.role, teamId: optionalUuid, departmentId: optionalUuid });
export type UserRoleInput = z.output<typeof userRoleSchema>;

export const userIdSchema = z.object({ id: z.uuid('notFound') });

export const userPasswordSchema = z.object({ id: z.uuid('notFound'), password });

export const userStatusSchema = z.object({
  id: z.uuid('notFound'),
  version: versionField,
  disabled: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

export const userFilterSchema = z.object({
  q: optionalText(50),
  role: z.enum(ROLES).optional().catch(undefined),
  teamId: z.uuid().optional().catch(undefined),
  departmentId: z.uuid().optional().catch(undefined),
  status: z.enum(['active', 'disabled']).optional().catch(undefined),
  after: z.string().max(64).optional().catch(undefined),
});
export type UserFilter = z.output<typeof userFilterSchema>;
