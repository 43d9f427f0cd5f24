'use server';
import { revalidatePath } from 'next/cache';
import { insertDepartment, updateDepartment as saveDepartment } from '@/db/queries/departments';
import { defineAction } from '@/lib/action';
import { departmentCreateSchema, departmentUpdateSchema } from '@/lib/validation/departments';

export const createDepartment = defineAction({ permission: 'departments.manage', schema: departmentCreateSchema }, async (input, viewer) => {
  const department = await insertDepartment(viewer, input);
  revalidatePath('/admin/departments');
  return department;
});

export const updateDepartment = defineAction({ permission: 'departments.manage', schema: departmentUpdateSchema }, async (input, viewer) => {
  const department = await saveDepartment(viewer, input);
  revalidatePath('/admin/departments');
  return department;
});
