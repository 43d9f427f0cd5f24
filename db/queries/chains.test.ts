import { describe, expect, it } from 'vitest';
import { expectDomainError } from '@/db/test-expect';
import { enterpriseInput, leadInput, makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import type { EnterpriseCreateInput } from '@/lib/validation/enterprises';
import { archiveNode, getChainMap, insertChain, insertNode, listChainOptions, listChains, setChainLeaderEnterprise, updateChain, updateNode } from './chains';
import { archiveEnterprise, insertEnterprise } from './enterprises';
import { insertLead } from './leads';

withTestDb();

let serial = 0;
const enterprise = (name: string, nodeId: string, extra: Partial<EnterpriseCreateInput> = {}) => enterpriseInput(name, { nodeId, chainAction: 'supplement', ...extra });

async function chainWithNodes() {
  const admin = await makeViewer('admin');
  const chain = await insertChain(admin, { name: `氢能${serial++}`, description: '氢能产业链', leaderId: null, teamId: null, sortOrder: 1 });
  const node = (name: string, position: 'upstream' | 'midstream' | 'downstream', status: 'strong' | 'weak' | 'missing') =>
    insertNode(admin, { chainId: chain.id, name, position, status, keyProducts: '', sortOrder: 0 });
  const strong = await node('制氢', 'upstream', 'strong');
  const weak = await node('储运', 'midstream', 'weak');
  const missing = await node('燃料电池', 'downstream', 'missing');
  return { admin, chain, strong, weak, missing };
}

describe('chain map', () => {
  it('counts enterprises per node, flags weak and missing nodes as gaps, and ranks targets by tags then size', async () => {
    const { admin, chain, strong, weak, missing } = await chainWithNodes();
    const officer = await makeViewer('officer', await makeTeam());
    await insertEnterprise(officer, enterprise('制氢甲', strong.id));
    const small = await insertEnterprise(officer, enterprise('电池小', missing.id, { registeredCapital: 100 }));
    const big = await insertEnterprise(officer, enterprise('电池大', missing.id, { registeredCapital: 90000 }));
    const tagged = await insertEnterprise(officer, enterprise('电池专精', missing.id, { registeredCapital: 500, tags: ['专精特新'] }));
    const gone = await insertEnterprise(officer, enterprise('电池已删', missing.id, { tags: ['世界500强'] }));
    await archiveEnterprise(officer, gone.id, 1);

    const map = await getChainMap(officer, chain.id);
    const byName = Object.fromEntries(map.nodes.map((n) => [n.name, n]));
    expect(byName['制氢']).toMatchObject({ enterprises: 1, gap: false, activeLeads: 0 });
    expect(byName['储运']).toMatchObject({ enterprises: 0, gap: true });
    expect(byName['燃料电池']).toMatchObject({ enterprises: 3, gap: true });
    expect(map.suggestions.filter((s) => s.nodeId === missing.id).map((s) => s.id)).toEqual([tagged.id, big.id, small.id]);
    expect(map.suggestions.filter((s) => s.nodeId === weak.id)).toEqual([]);

    const summary = (await listChains(officer)).find((c) => c.id === chain.id);
    expect(summary).toMatchObject({ nodes: 3, covered: 1, gaps: 2 });
    expect((await listChainOptions(officer)).find((c) => c.id === chain.id)?.nodes.map((n) => n.name)).toEqual(['制氢', '储运', '燃料电池']);

    await setChainLeaderEnterprise(admin, chain.id, big.id, true);
    expect((await getChainMap(officer, chain.id)).leaderEnterprises.map((e) => e.id)).toEqual([big.id]);
    await setChainLeaderEnterprise(admin, chain.id, big.id, false);
    expect((await getChainMap(officer, chain.id)).leaderEnterprises).toEqual([]);
  });

  it('edits chains and nodes with versions; a deleted node leaves the map', async () => {
    const { admin, chain, weak } = await chainWithNodes();
    await updateChain(admin, { id: chain.id, version: 1, name: '氢能源改', description: '', leaderId: null, teamId: null, sortOrder: 2 });
    await expectDomainError(updateChain(admin, { id: chain.id, version: 1, name: '冲突', description: '', leaderId: null, teamId: null, sortOrder: 2 }), 'conflict');
    await updateNode(admin, { id: weak.id, version: 1, name: '储运', position: 'midstream', status: 'strong', keyProducts: '液氢', sortOrder: 1 });
    await archiveNode(admin, weak.id, 2);
    const map = await getChainMap(admin, chain.id);
    expect(map.chain.name).toBe('氢能源改');
    expect(map.nodes.map((n) => n.name)).toEqual(['制氢', '燃料电池']);
  });

  it('refuses a second chain with the same name at the name field', async () => {
    const admin = await makeViewer('admin');
    await insertChain(admin, { name: '同名链', description: '', leaderId: null, teamId: null, sortOrder: 0 });
    await expectDomainError(insertChain(admin, { name: '同名链', description: '', leaderId: null, teamId: null, sortOrder: 0 }), 'chainNameTaken', 'name');
  });
});

describe('chain map with leads', () => {
  it('counts active leads per node, covers a gap that has one, and suggests only firms no team follows', async () => {
    const { chain, missing, weak } = await chainWithNodes();
    const officer = await makeViewer('officer', await makeTeam());
    const followed = await insertEnterprise(officer, enterprise('已跟进电池', missing.id, { tags: ['世界500强'] }));
    const free = await insertEnterprise(officer, enterprise('未跟进电池', missing.id));
    await insertLead(officer, leadInput(followed.id, { projectName: '电池项目' }));
    const map = await getChainMap(officer, chain.id);
    const node = map.nodes.find((n) => n.id === missing.id)!;
    expect(node).toMatchObject({ activeLeads: 1, gap: false });
    expect(map.nodes.find((n) => n.id === weak.id)?.gap).toBe(true);
    expect((await listChains(officer)).find((c) => c.id === chain.id)).toMatchObject({ covered: 2, gaps: 1 });
    // The node is covered now, so it has no suggestions; the followed firm would never be one.
    expect(map.suggestions.map((s) => s.id)).not.toContain(followed.id);
    expect(free.id).toBeTruthy();
  });
});

describe('who may do what with chains', () => {
  it('officers read maps but do not manage; liaisons see no chains', async () => {
    const { chain, weak } = await chainWithNodes();
    const officer = await makeViewer('officer', await makeTeam());
    const liaison = await makeViewer('liaison');
    const leader = await makeViewer('leader');
    await expectDomainError(insertChain(officer, { name: '专员链', description: '', leaderId: null, teamId: null, sortOrder: 0 }), 'forbidden');
    await expectDomainError(updateNode(officer, { id: weak.id, version: 1, name: 'x', position: 'upstream', status: 'strong', keyProducts: '', sortOrder: 0 }), 'forbidden');
    await expectDomainError(archiveNode(officer, weak.id, 1), 'forbidden');
    await expectDomainError(getChainMap(liaison, chain.id), 'forbidden');
    await expectDomainError(listChains(liaison), 'forbidden');
    const created = await insertChain(leader, { name: '领导建的链', description: '', leaderId: leader.id, teamId: null, sortOrder: 0 });
    expect((await getChainMap(officer, created.id)).chain.leaderName).toBe(leader.displayName);
    await expectDomainError(getChainMap(officer, '00000000-0000-4000-8000-000000000000'), 'notFound');
  });
});
