import { z } from 'zod';
import { optionalText, requiredText, versionField } from './fields';

const team = { name: requiredText(50), chainFocus: optionalText(200) };

export const teamCreateSchema = z.object(team);
export type TeamCreateInput = z.output<typeof teamCreateSchema>;

export const teamUpdateSchema = z.object({ id: z.uuid('notFound'), version: versionField, ...team });
export type TeamUpdateInput = z.output<typeof teamUpdateSchema>;
