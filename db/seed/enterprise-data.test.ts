import { describe, expect, it } from 'vitest';
import { ENTERPRISE_TAGS } from '@/db/schema/enterprises';
import { nameKey } from '@/lib/enterprise-name';
import { contactCreateSchema, enterpriseCreateSchema } from '@/lib/validation/enterprises';
import { DEMO_CHAINS } from './chain-data';
import { DEMO_ENTERPRISE_PROFILES, demoEnterprises } from './enterprise-data';

const list = demoEnterprises();

describe('demo chains', () => {
  it('has the seven chains, each with ≥6 nodes in all three positions and a missing and a weak node', () => {
    expect(DEMO_CHAINS).toHaveLength(7);
    for (const chain of DEMO_CHAINS) {
      expect(chain.nodes.length, chain.name).toBeGreaterThanOrEqual(6);
      expect(chain.nodes.length, chain.name).toBeLessThanOrEqual(10);
      expect(new Set(chain.nodes.map((n) => n.position)), chain.name).toEqual(new Set(['upstream', 'midstream', 'downstream']));
      expect(chain.nodes.some((n) => n.status === 'missing'), chain.name).toBe(true);
      expect(chain.nodes.some((n) => n.status === 'weak'), chain.name).toBe(true);
      expect(new Set(chain.nodes.map((n) => n.name)).size, chain.name).toBe(chain.nodes.length);
    }
  });

  it('is mirrored exactly by the enterprise profiles (names and statuses)', () => {
    const mirror = DEMO_ENTERPRISE_PROFILES.map((c) => ({ chain: c.chain, nodes: c.nodes.map((n) => [n.node, n.status]) }));
    expect(mirror).toEqual(DEMO_CHAINS.map((c) => ({ chain: c.name, nodes: c.nodes.map((n) => [n.name, n.status]) })));
  });
});

describe('demo enterprises', () => {
  it('is deterministic and has 300 entries by default', () => {
    expect(list).toHaveLength(300);
    expect(demoEnterprises()).toEqual(list);
    expect(demoEnterprises(40)).toEqual(demoEnterprises(40));
  });

  it('has unique names, and exactly the three documented near-duplicate pairs (the last six) share a name key', () => {
    expect(new Set(list.map((e) => e.name)).size).toBe(list.length);
    const byKey = new Map<string, string[]>();
    for (const e of list) byKey.set(nameKey(e.name), [...(byKey.get(nameKey(e.name)) ?? []), e.name]);
    const shared = [...byKey.values()].filter((names) => names.length > 1);
    const tail = list.slice(-6).map((e) => e.name);
    expect(shared).toEqual([tail.slice(0, 2), tail.slice(2, 4), tail.slice(4, 6)]);
  });

  it('places every enterprise on a node of its own chain (or none)', () => {
    const nodes = new Map(DEMO_CHAINS.map((c) => [c.name, new Set(c.nodes.map((n) => n.name))]));
    for (const e of list) {
      expect(nodes.has(e.chainName), e.name).toBe(true);
      if (e.nodeName !== null) expect(nodes.get(e.chainName)?.has(e.nodeName), `${e.name} ${e.nodeName}`).toBe(true);
    }
  });

  it('leaves at least one missing node per chain with only 1–3 enterprises', () => {
    for (const chain of DEMO_CHAINS) {
      const counts = chain.nodes.filter((n) => n.status === 'missing').map((n) => list.filter((e) => e.chainName === chain.name && e.nodeName === n.name).length);
      expect(counts.some((k) => k >= 1 && k <= 3), chain.name).toBe(true);
    }
  });

  it('has unique valid mobiles and exactly one primary contact per enterprise', () => {
    const mobiles = list.flatMap((e) => e.contacts.map((c) => c.mobile));
    expect(new Set(mobiles).size).toBe(mobiles.length);
    for (const mobile of mobiles) expect(mobile).toMatch(/^1[3-9]\d{9}$/);
    for (const e of list) {
      expect(e.contacts.length, e.name).toBeGreaterThanOrEqual(1);
      expect(e.contacts.length, e.name).toBeLessThanOrEqual(3);
      expect(e.contacts.filter((c) => c.isPrimary), e.name).toHaveLength(1);
    }
  });

  it('passes the app\'s own enterprise and contact validation', () => {
    const tags: readonly string[] = ENTERPRISE_TAGS;
    for (const e of list) {
      expect(e.tags.every((t) => tags.includes(t)), e.name).toBe(true);
      expect(enterpriseCreateSchema.safeParse({ ...e, uscc: null, chainId: null, nodeId: null, teamId: null }).success, e.name).toBe(true);
      for (const c of e.contacts) {
        expect(contactCreateSchema.safeParse({ ...c, enterpriseId: '00000000-0000-4000-8000-000000000000' }).success, `${e.name} ${c.name}`).toBe(true);
      }
    }
  });
});
