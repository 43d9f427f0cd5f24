import { describe, expect, it } from 'vitest';
import { derivedColumns, enterpriseFacets } from './enterprise-derived';

describe('enterpriseFacets', () => {
  it('lists every set filter value and skips the empty ones', () => {
    expect(
      enterpriseFacets({ chainId: 'c1', nodeId: null, chainAction: 'extend', province: '江苏', city: '', teamId: 't1', tags: ['专精特新', '上市公司'] }),
    ).toEqual(['c:c1', 'a:extend', 'p:江苏', 't:t1', 'g:专精特新', 'g:上市公司']);
  });

  it('turns a list filter into the facets a matching enterprise must all have', () => {
    expect(enterpriseFacets({ province: '广东', tags: ['高新技术企业'] })).toEqual(['p:广东', 'g:高新技术企业']);
    expect(enterpriseFacets({})).toEqual([]);
  });
});

describe('derivedColumns', () => {
  it('derives search, duplicate key, target score and facets from one record', () => {
    const d = derivedColumns({ name: '澜垣汽车零部件（中国）有限公司', chainId: null, nodeId: null, chainAction: null, province: '', city: '长春', teamId: null, tags: ['链主企业'] });
    expect(d.nameGrams).toContain('澜垣');
    expect(d.nameKey).toBe('澜垣汽车零部件');
    expect(d.targetScore).toBeGreaterThan(0);
    expect(d.facets).toEqual(['ct:长春', 'g:链主企业']);
  });
});
