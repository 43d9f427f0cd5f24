'use server';
import { revalidatePath } from 'next/cache';
import { changeUserRole as saveRole, insertUser, resetUserPassword as resetPassword, setUserDisabled, unlockUser as unlock, updateUser as saveUser } from '@/db/queries/users';
import { defineAction } from '@/lib/action';
import { userCreateSchema, userIdSchema, userPasswordSchema, userRoleSchema, userStatusSchema, userUpdateSchema } from '@/lib/validation/users';

export const createUser = defineAction({ permission: 'users.manage', schema: userCreateSchema }, async (input, viewer) => {
  const user = await insertUser(viewer, input);
  revalidatePath('/admin/users');
  return user;
});

export const updateUser = defineAction({ permission: 'users.manage', schema: userUpdateSchema }, async (input, viewer) => {
  const user = await saveUser(viewer, input);
  revalidatePath('/admin/users');
  return user;
});

export const changeUserRole = defineAction({ permission: 'users.grant', schema: userRoleSchema }, async (input, viewer) => {
  const user = await saveRole(viewer, input);
  revalidatePath('/admin/users');
  return user;
});

export const unlockUser = defineAction({ permission: 'users.unlock', schema: userIdSchema }, async ({ id }, viewer) => unlock(viewer, id));

export const resetUserPassword = defineAction({ permission: 'users.unlock', schema: userPasswordSchema }, async ({ id, password }, viewer) =>
  resetPassword(viewer, id, password),
);

export const setUserStatus = defineAction({ permission: 'users.manage', schema: userStatusSchema }, async ({ id, version, disabled }, viewer) => {
  const user = await setUserDisabled(viewer, id, disabled, version);
  revalidatePath('/admin/users');
  return user;
});
