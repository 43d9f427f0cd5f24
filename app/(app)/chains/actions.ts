'use server';
import { revalidatePath } from 'next/cache';
import { archiveNode, insertChain, insertNode, setChainLeaderEnterprise, updateChain as saveChain, updateNode as saveNode } from '@/db/queries/chains';
import { defineAction } from '@/lib/action';
import { chainCreateSchema, chainLeaderSchema, chainUpdateSchema, nodeArchiveSchema, nodeCreateSchema, nodeUpdateSchema } from '@/lib/validation/chains';

// Chain maps are read on every chain page; any change to a chain or node refreshes them all.
const touched = () => revalidatePath('/chains', 'layout');

export const createChain = defineAction({ permission: 'chains.manage', schema: chainCreateSchema }, async (input, viewer) => {
  const row = await insertChain(viewer, input);
  touched();
  return row;
});

export const updateChain = defineAction({ permission: 'chains.manage', schema: chainUpdateSchema }, async (input, viewer) => {
  const row = await saveChain(viewer, input);
  touched();
  return row;
});

export const createNode = defineAction({ permission: 'chains.manage', schema: nodeCreateSchema }, async (input, viewer) => {
  const row = await insertNode(viewer, input);
  touched();
  return row;
});

export const updateNode = defineAction({ permission: 'chains.manage', schema: nodeUpdateSchema }, async (input, viewer) => {
  const row = await saveNode(viewer, input);
  touched();
  return row;
});

export const deleteNode = defineAction({ permission: 'chains.manage', schema: nodeArchiveSchema }, async ({ id, version }, viewer) => {
  const row = await archiveNode(viewer, id, version);
  touched();
  return row;
});

export const setLeaderEnterprise = defineAction({ permission: 'chains.manage', schema: chainLeaderSchema }, async ({ chainId, enterpriseId, add }, viewer) => {
  const row = await setChainLeaderEnterprise(viewer, chainId, enterpriseId, add);
  touched();
  revalidatePath(`/enterprises/${enterpriseId}`);
  return row;
});
