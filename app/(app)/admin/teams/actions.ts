'use server';
import { revalidatePath } from 'next/cache';
import { insertTeam, updateTeam as saveTeam } from '@/db/queries/teams';
import { defineAction } from '@/lib/action';
import { teamCreateSchema, teamUpdateSchema } from '@/lib/validation/teams';

export const createTeam = defineAction({ permission: 'teams.manage', schema: teamCreateSchema }, async (input, viewer) => {
  const team = await insertTeam(viewer, input);
  revalidatePath('/admin/teams');
  return team;
});

export const updateTeam = defineAction({ permission: 'teams.manage', schema: teamUpdateSchema }, async (input, viewer) => {
  const team = await saveTeam(viewer, input);
  revalidatePath('/admin/teams');
  return team;
});
