'use server';
import { revalidatePath } from 'next/cache';
import { listEnterprises } from '@/db/queries/enterprises';
import { assignLead as assign, findLeadConflicts, insertLead, moveLeadStage, updateLead as saveLead } from '@/db/queries/leads';
import { defineAction } from '@/lib/action';
import { searchText } from '@/lib/validation/fields';
import { conflictCheckSchema, leadAssignSchema, leadCreateSchema, leadStageSchema, leadUpdateSchema } from '@/lib/validation/leads';
import { z } from 'zod';

const touched = (id?: string) => {
  revalidatePath('/leads');
  if (id) revalidatePath(`/leads/${id}`);
};

export const createLead = defineAction({ permission: 'leads.write', schema: leadCreateSchema }, async (input, viewer) => {
  const row = await insertLead(viewer, input);
  touched();
  revalidatePath('/enterprises/[id]', 'page');
  return row;
});

export const updateLead = defineAction({ permission: 'leads.write', schema: leadUpdateSchema }, async (input, viewer) => {
  const row = await saveLead(viewer, input);
  touched(row.id);
  return row;
});

export const moveLead = defineAction({ permission: 'leads.write', schema: leadStageSchema }, async ({ id, version, stage, reason }, viewer) => {
  const row = await moveLeadStage(viewer, id, version, stage, reason);
  touched(id);
  return row;
});

export const assignLead = defineAction({ permission: 'leads.assign', schema: leadAssignSchema }, async ({ id, version, teamId, ownerId }, viewer) => {
  const row = await assign(viewer, id, version, teamId, ownerId);
  touched(id);
  return row;
});

/** Read-only: the 撞单 warning while a lead is being created (other teams working the enterprise). */
export const checkLeadConflicts = defineAction({ permission: 'leads.write', schema: conflictCheckSchema }, async ({ enterpriseId, teamId }, viewer) =>
  findLeadConflicts(viewer, enterpriseId, teamId ?? null),
);

/** Read-only: enterprises matching what is typed in the lead form's enterprise picker. */
// Everyone who may read the library may search it: leaders need it to link an intake item too.
export const searchEnterpriseOptions = defineAction({ permission: 'enterprises.read', schema: z.object({ q: searchText(50).min(2, 'tooShort') }) }, async ({ q }, viewer) => {
  const { rows } = await listEnterprises(viewer, { q });
  return rows.slice(0, 10).map((e) => ({ id: e.id, name: e.name, uscc: e.uscc, teamName: e.teamName }));
});
