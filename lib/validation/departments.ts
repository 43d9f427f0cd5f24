import { z } from 'zod';
import { phone, requiredText, versionField } from './fields';

const department = {
  name: requiredText(50),
  phone,
};

export const departmentCreateSchema = z.object(department);
export type DepartmentCreateInput = z.output<typeof departmentCreateSchema>;

export const departmentUpdateSchema = z.object({ id: z.uuid('notFound'), version: versionField, ...department });
export type DepartmentUpdateInput = z.output<typeof departmentUpdateSchema>;
