'use server';
import { changeOwnPassword } from '@/db/queries/account';
import { confirmTwoFactor as confirm, disableTwoFactor as disable, regenerateRecoveryCodes } from '@/db/queries/two-factor';
import { defineAction } from '@/lib/action';
import { passwordChangeSchema, twoFactorConfirmSchema, currentPasswordSchema } from '@/lib/validation/security-policy';

// Also while the user must first change their password or enrol (duringAccountStep): that is what these pages are for.
export const changePassword = defineAction(
  { permission: 'account.manage', schema: passwordChangeSchema, duringAccountStep: true },
  async ({ currentPassword, newPassword }, viewer, { sessionId }) => changeOwnPassword(viewer, sessionId, { currentPassword, newPassword }),
);

/** Returns the recovery codes, shown this once. */
export const confirmTwoFactor = defineAction({ permission: 'account.manage', schema: twoFactorConfirmSchema, duringAccountStep: true }, async ({ code }, viewer) =>
  confirm(viewer, code),
);

export const disableTwoFactor = defineAction({ permission: 'account.manage', schema: currentPasswordSchema }, async ({ currentPassword }, viewer) =>
  disable(viewer, currentPassword),
);

/** Returns the new recovery codes, shown this once. */
export const renewRecoveryCodes = defineAction({ permission: 'account.manage', schema: currentPasswordSchema }, async ({ currentPassword }, viewer) =>
  regenerateRecoveryCodes(viewer, currentPassword),
);
