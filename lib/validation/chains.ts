import { z } from 'zod';
import { NODE_POSITIONS, NODE_STATUSES } from '@/db/schema/chains';
import { optionalText, optionalUuid, requiredText, versionField } from './fields';

const chain = {
  name: requiredText(50),
  description: optionalText(500),
  leaderId: optionalUuid,
  teamId: optionalUuid,
  sortOrder: z.coerce.number('invalidNumber').int().min(0).max(9999).default(0),
};

export const chainCreateSchema = z.object(chain);
export type ChainCreateInput = z.output<typeof chainCreateSchema>;
export const chainUpdateSchema = z.object({ id: z.uuid('notFound'), version: versionField, ...chain });
export type ChainUpdateInput = z.output<typeof chainUpdateSchema>;

const node = {
  name: requiredText(50),
  position: z.enum(NODE_POSITIONS, 'invalidChoice'),
  status: z.enum(NODE_STATUSES, 'invalidChoice'),
  keyProducts: optionalText(500),
  sortOrder: z.coerce.number('invalidNumber').int().min(0).max(9999).default(0),
};

export const nodeCreateSchema = z.object({ chainId: z.uuid('notFound'), ...node });
export type NodeCreateInput = z.output<typeof nodeCreateSchema>;
export const nodeUpdateSchema = z.object({ id: z.uuid('notFound'), version: versionField, ...node });
export type NodeUpdateInput = z.output<typeof nodeUpdateSchema>;
export const nodeArchiveSchema = z.object({ id: z.uuid('notFound'), version: versionField });

export const chainLeaderSchema = z.object({ chainId: z.uuid('notFound'), enterpriseId: z.uuid('notFound'), add: z.enum(['true', 'false']).transform((v) => v === 'true') });
