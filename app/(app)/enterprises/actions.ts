'use server';
import { revalidatePath } from 'next/cache';
import { archiveContact, insertContact, updateContact as saveContact } from '@/db/queries/contacts';
import {
  archiveEnterprise,
  findDuplicateCandidates,
  insertEnterprise,
  mergeEnterprises,
  restoreEnterprise as restore,
  updateEnterprise as saveEnterprise,
} from '@/db/queries/enterprises';
import { defineAction } from '@/lib/action';
import {
  contactArchiveSchema,
  contactCreateSchema,
  contactUpdateSchema,
  duplicateCheckSchema,
  enterpriseCreateSchema,
  enterpriseMergeSchema,
  enterpriseUpdateSchema,
  enterpriseVersionSchema,
} from '@/lib/validation/enterprises';

const touched = (id?: string) => {
  revalidatePath('/enterprises');
  if (id) revalidatePath(`/enterprises/${id}`);
};

export const createEnterprise = defineAction({ permission: 'enterprises.write', schema: enterpriseCreateSchema }, async (input, viewer) => {
  const row = await insertEnterprise(viewer, input);
  touched();
  return row;
});

export const updateEnterprise = defineAction({ permission: 'enterprises.write', schema: enterpriseUpdateSchema }, async (input, viewer) => {
  const row = await saveEnterprise(viewer, input);
  touched(row.id);
  return row;
});

export const deleteEnterprise = defineAction({ permission: 'enterprises.write', schema: enterpriseVersionSchema }, async ({ id, version }, viewer) => {
  const row = await archiveEnterprise(viewer, id, version);
  touched(id);
  return row;
});

export const restoreEnterprise = defineAction({ permission: 'enterprises.restore', schema: enterpriseVersionSchema }, async ({ id, version }, viewer) => {
  const row = await restore(viewer, id, version);
  touched(id);
  return row;
});

export const mergeEnterprise = defineAction({ permission: 'enterprises.merge', schema: enterpriseMergeSchema }, async ({ survivorId, duplicateId }, viewer) => {
  const row = await mergeEnterprises(viewer, survivorId, duplicateId);
  touched(survivorId);
  return row;
});

/** Read-only: what the enterprise form shows as "possible duplicates" while the user types. */
export const checkEnterpriseDuplicates = defineAction({ permission: 'enterprises.read', schema: duplicateCheckSchema }, async (input, viewer) =>
  findDuplicateCandidates(viewer, input),
);

export const createContact = defineAction({ permission: 'enterprises.write', schema: contactCreateSchema }, async (input, viewer) => {
  const row = await insertContact(viewer, input);
  touched(input.enterpriseId);
  return row;
});

export const updateContact = defineAction({ permission: 'enterprises.write', schema: contactUpdateSchema }, async (input, viewer) => {
  const row = await saveContact(viewer, input);
  revalidatePath('/enterprises/[id]', 'page');
  return row;
});

export const deleteContact = defineAction({ permission: 'enterprises.write', schema: contactArchiveSchema }, async ({ id, version }, viewer) => {
  const row = await archiveContact(viewer, id, version);
  revalidatePath('/enterprises/[id]', 'page');
  return row;
});
