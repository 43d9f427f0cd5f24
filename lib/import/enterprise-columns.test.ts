import { describe, expect, it } from 'vitest';
import { makeUscc } from '@/lib/uscc';
import { IMPORT_COLUMNS, validateImportRows } from './enterprise-columns';

const chains = [{ id: '00000000-0000-4000-8000-000000000001', name: '氢能源', nodes: [{ id: '00000000-0000-4000-8000-000000000002', name: '储运' }] }];

/** A sheet row as readSpreadsheet returns it: every known header present, '' when blank. */
function row(rowNumber: number, cells: Partial<Record<keyof typeof IMPORT_COLUMNS, string>>) {
  const all: Record<string, string> = {};
  for (const [key, header] of Object.entries(IMPORT_COLUMNS)) all[header] = cells[key as keyof typeof IMPORT_COLUMNS] ?? '';
  return { rowNumber, cells: all };
}

describe('validateImportRows', () => {
  it('turns a full row into the enterprise and contact it describes', () => {
    const uscc = makeUscc(7);
    const { valid, errors } = validateImportRows(
      [row(2, { name: ' 氢动力示例有限公司 ', uscc: uscc.toLowerCase(), chain: '氢能源', node: '储运', chainAction: '建链', tags: '独角兽, 专精特新小巨人；独角兽', registeredCapital: '12,000', scale: '小型', contactName: '周八', contactMobile: '15912345678' })],
      chains,
    );
    expect(errors).toEqual([]);
    expect(valid).toEqual([
      {
        rowNumber: 2,
        enterprise: expect.objectContaining({
          name: '氢动力示例有限公司',
          uscc,
          chainId: chains[0].id,
          nodeId: chains[0].nodes[0].id,
          chainAction: 'build',
          tags: ['独角兽', '专精特新"小巨人"'],
          registeredCapital: 12000,
          scale: 'small',
        }),
        contact: { name: '周八', title: '', mobile: '15912345678' },
      },
    ]);
  });

  it('requires the name and gives one error per bad cell, in template column order', () => {
    const { valid, errors, invalidRows } = validateImportRows([row(9, { city: 'x'.repeat(21), uscc: 'ABC' })], chains);
    expect(valid).toEqual([]);
    expect(invalidRows).toEqual([9]);
    expect(errors).toEqual([
      { rowNumber: 9, column: '企业名称', message: 'required' },
      { rowNumber: 9, column: '统一社会信用代码', message: 'usccLength' },
      { rowNumber: 9, column: '城市', message: 'tooLong' },
    ]);
  });
});
