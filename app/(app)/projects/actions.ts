'use server';
import { revalidatePath } from 'next/cache';
import { addEvidence, deleteEvidence } from '@/db/queries/project-files';
import { addProjectFunds, deleteProjectFunds, updateProjectFunds } from '@/db/queries/project-funds';
import { updateMilestone as saveMilestone, verifyMilestone as verify } from '@/db/queries/project-milestones';
import { signLead as sign, updateProject as saveProject } from '@/db/queries/projects';
import { defineAction } from '@/lib/action';
import {
  evidenceDeleteSchema,
  evidenceUploadSchema,
  fundsCreateSchema,
  fundsDeleteSchema,
  fundsUpdateSchema,
  milestoneUpdateSchema,
  milestoneVerifySchema,
  projectUpdateSchema,
  signSchema,
} from '@/lib/validation/projects';

// The project page, the wall chart and the pages that show a project's numbers.
const touched = () => {
  revalidatePath('/projects', 'layout');
  revalidatePath('/leads/[id]', 'page');
  revalidatePath('/enterprises/[id]', 'page');
};

export const signLead = defineAction({ permission: 'projects.write', schema: signSchema }, async (input, viewer) => {
  const row = await sign(viewer, input);
  touched();
  revalidatePath('/leads');
  return row;
});

export const updateProject = defineAction({ permission: 'projects.write', schema: projectUpdateSchema }, async (input, viewer) => {
  const row = await saveProject(viewer, input);
  touched();
  return row;
});

export const addFunds = defineAction({ permission: 'projects.write', schema: fundsCreateSchema }, async (input, viewer) => {
  const row = await addProjectFunds(viewer, input);
  touched();
  return row;
});

export const updateFunds = defineAction({ permission: 'projects.write', schema: fundsUpdateSchema }, async (input, viewer) => {
  const row = await updateProjectFunds(viewer, input);
  touched();
  return row;
});

export const deleteFunds = defineAction({ permission: 'projects.write', schema: fundsDeleteSchema }, async ({ id, version }, viewer) => {
  const row = await deleteProjectFunds(viewer, id, version);
  touched();
  return row;
});

export const updateMilestone = defineAction({ permission: 'projects.write', schema: milestoneUpdateSchema }, async (input, viewer) => {
  const row = await saveMilestone(viewer, input);
  touched();
  return row;
});

export const verifyMilestone = defineAction({ permission: 'projects.verify', schema: milestoneVerifySchema }, async ({ id, version }, viewer) => {
  const row = await verify(viewer, id, version);
  touched();
  return row;
});

export const uploadEvidence = defineAction({ permission: 'projects.write', schema: evidenceUploadSchema }, async ({ file, ...input }, viewer) => {
  const row = await addEvidence(viewer, { ...input, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  touched();
  return row;
});

export const deleteEvidenceFile = defineAction({ permission: 'projects.write', schema: evidenceDeleteSchema }, async ({ projectId, id }, viewer) => {
  const row = await deleteEvidence(viewer, projectId, id);
  touched();
  return row;
});
