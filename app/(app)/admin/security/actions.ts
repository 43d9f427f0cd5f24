'use server';
import { revalidatePath } from 'next/cache';
import { updateSecurityPolicy } from '@/db/queries/security-policy';
import { resetUserTwoFactor } from '@/db/queries/two-factor';
import { defineAction } from '@/lib/action';
import { securityPolicySchema, twoFactorResetSchema } from '@/lib/validation/security-policy';

export const saveSecurityPolicy = defineAction({ permission: 'security.manage', schema: securityPolicySchema }, async (input, viewer) => {
  const saved = await updateSecurityPolicy(viewer, input);
  revalidatePath('/admin/security');
  return saved;
});

export const resetTwoFactor = defineAction({ permission: 'security.manage', schema: twoFactorResetSchema }, async ({ id }, viewer) => {
  const reset = await resetUserTwoFactor(viewer, id);
  revalidatePath('/admin/security');
  return reset;
});
