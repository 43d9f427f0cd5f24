import { describe, expect, it } from 'vitest';
import { makeUscc } from '@/lib/uscc';
import { LEAD_COLUMNS, LEAD_HEADER_SPEC, validateLeadRows, type LeadColumn } from './lead-columns';

const chains = [{ id: '00000000-0000-4000-8000-000000000001', name: '氢能源', nodes: [{ id: '00000000-0000-4000-8000-000000000002', name: '储运' }] }];
const owners = [
  { id: '00000000-0000-4000-8000-0000000000a1', username: 'zhang.san', displayName: '张三' },
  { id: '00000000-0000-4000-8000-0000000000a2', username: 'li.si', displayName: '李四' },
  { id: '00000000-0000-4000-8000-0000000000a3', username: 'li.si2', displayName: '李四' },
];

/** A sheet row as readSpreadsheet returns it: every known header present, '' when blank. */
function row(rowNumber: number, cells: Partial<Record<LeadColumn, string>>) {
  const all: Record<string, string> = {};
  for (const [key, header] of Object.entries(LEAD_COLUMNS)) all[header] = cells[key as LeadColumn] ?? '';
  return { rowNumber, cells: all };
}
const base = { projectName: '储氢瓶项目', enterpriseName: '示例氢能有限公司' };
const check = (...rows: ReturnType<typeof row>[]) => validateLeadRows(rows, { chains, owners });

describe('LEAD_HEADER_SPEC', () => {
  it('requires the project and the firm and accepts every other column and the reason column', () => {
    expect(LEAD_HEADER_SPEC.expectedHeaders).toEqual(['项目名称', '企业名称']);
    expect(LEAD_HEADER_SPEC.optionalHeaders).toContain('预计签约月份');
    expect(LEAD_HEADER_SPEC.optionalHeaders).toContain('错误原因');
  });
});

describe('validateLeadRows', () => {
  it('turns a full row into the lead and firm it describes, reading the ledger’s Chinese words', () => {
    const uscc = makeUscc(11);
    const { valid, errors } = check(
      row(2, {
        ...base,
        uscc: uscc.toLowerCase(),
        content: '年产 10 万只储氢瓶',
        chain: '氢能源',
        node: '储运',
        chainAction: '建链',
        intendedInvestment: '12,000',
        landArea: '80.5',
        expectedJobs: '150',
        sourceMethod: '以商招商',
        sourceDetail: '链主推荐',
        owner: '张三',
        stage: '深度洽谈',
        priority: '高',
        expectedSigningMonth: '2026年9月',
      }),
    );
    expect(errors).toEqual([]);
    expect(valid).toEqual([
      {
        rowNumber: 2,
        enterprise: { name: '示例氢能有限公司', uscc },
        lead: {
          projectName: '储氢瓶项目',
          content: '年产 10 万只储氢瓶',
          chainId: chains[0].id,
          nodeId: chains[0].nodes[0].id,
          chainAction: 'build',
          intendedInvestment: 12000,
          landArea: 80.5,
          expectedJobs: 150,
          sourceMethod: 'referral',
          sourceDetail: '链主推荐',
          ownerId: owners[0].id,
          stage: 'negotiating',
          stageReason: '',
          priority: 'high',
          expectedSigningMonth: '2026-09',
        },
      },
    ]);
  });

  it('defaults an empty stage to 线索, priority to 中 and the owner to the importer', () => {
    const [lead] = check(row(2, base)).valid.map((r) => r.lead);
    expect(lead).toMatchObject({ stage: 'lead', priority: 'medium', ownerId: null, chainId: null, expectedSigningMonth: null });
  });

  it('finds the owner by username (any case) or by a display name only one member has', () => {
    const { valid, errors } = check(row(2, { ...base, owner: 'LI.SI2' }), row(3, { ...base, projectName: '二期', owner: '李四' }), row(4, { ...base, projectName: '三期', owner: '王五' }));
    expect(valid.map((r) => r.lead.ownerId)).toEqual([owners[2].id]);
    expect(errors).toEqual([
      { rowNumber: 3, column: '负责人', message: 'importOwnerAmbiguous' },
      { rowNumber: 4, column: '负责人', message: 'ownerNotInTeam' },
    ]);
  });

  it('applies the stage rules: no 签约, 深度洽谈’s gate fields, a reason for 搁置 and 终止', () => {
    const { valid, errors } = check(
      row(2, { ...base, stage: '签约' }),
      row(3, { ...base, projectName: 'b', stage: '深度洽谈', chain: '氢能源' }),
      row(4, { ...base, projectName: 'c', stage: '终止' }),
      row(5, { ...base, projectName: 'd', stage: '搁置', stageReason: '企业资金未落实' }),
      row(6, { ...base, projectName: 'e', stage: '签单' }),
    );
    expect(errors).toEqual([
      { rowNumber: 2, column: '阶段', message: 'importSignedStage' },
      { rowNumber: 3, column: '产业链环节', message: 'importStageNeedsField' },
      { rowNumber: 3, column: '招商方向', message: 'importStageNeedsField' },
      { rowNumber: 3, column: '意向投资（万元）', message: 'importStageNeedsField' },
      { rowNumber: 4, column: '阶段原因', message: 'importStageReasonRequired' },
      { rowNumber: 6, column: '阶段', message: 'importUnknownStage' },
    ]);
    expect(valid.map((r) => [r.rowNumber, r.lead.stage, r.lead.stageReason])).toEqual([[5, 'on_hold', '企业资金未落实']]);
  });

  it('gives one error per bad cell, in template column order', () => {
    const { errors, invalidRows } = check(
      row(7, { enterpriseName: '', uscc: 'ABC', chain: '不存在', chainAction: '强链', intendedInvestment: '-1', expectedJobs: '1.5', sourceMethod: '网络招商', priority: '急', expectedSigningMonth: '明年' }),
    );
    expect(invalidRows).toEqual([7]);
    expect(errors.map((e) => [e.column, e.message])).toEqual([
      ['项目名称', 'required'],
      ['企业名称', 'required'],
      ['统一社会信用代码', 'usccLength'],
      ['产业链', 'importUnknownChain'],
      ['招商方向', 'importUnknownAction'],
      ['意向投资（万元）', 'negative'],
      ['预计就业（人）', 'invalidNumber'],
      ['招商方式', 'importUnknownSourceMethod'],
      ['优先级', 'importUnknownPriority'],
      ['预计签约月份', 'monthFormat'],
    ]);
  });

  it('shows every problem of a row at once, the stage rules too', () => {
    const { errors } = check(row(2, { ...base, stage: '终止', expectedSigningMonth: '2026-13', chainAction: '强链' }), row(3, { ...base, projectName: 'x', stage: '深度洽谈', chainAction: '强链' }));
    expect(errors.map((e) => [e.rowNumber, e.column, e.message])).toEqual([
      [2, '招商方向', 'importUnknownAction'],
      [2, '阶段原因', 'importStageReasonRequired'],
      [2, '预计签约月份', 'monthFormat'],
      [3, '产业链环节', 'importStageNeedsField'],
      [3, '招商方向', 'importUnknownAction'],
      [3, '意向投资（万元）', 'importStageNeedsField'],
    ]);
  });

  it('reads the month as ledgers write it', () => {
    const months = ['2026-9', '2026/09', '2026.9', '2026年09月', '2026-09-01'].map((m, i) => row(i + 2, { ...base, projectName: `p${i}`, expectedSigningMonth: m }));
    expect(check(...months).valid.map((r) => r.lead.expectedSigningMonth)).toEqual(Array(5).fill('2026-09'));
    expect(check(row(2, { ...base, expectedSigningMonth: '2026-13' })).errors).toEqual([{ rowNumber: 2, column: '预计签约月份', message: 'monthFormat' }]);
  });

  it('reports the same project for the same firm on an earlier row, on the later row', () => {
    const { errors } = check(row(2, base), row(3, { ...base, projectName: ' 储氢瓶 项目', enterpriseName: '示例氢能（中国）有限责任公司' }), row(4, { ...base, enterpriseName: '另一家公司' }));
    expect(errors).toEqual([{ rowNumber: 3, column: '项目名称', message: 'importDuplicateLead', params: { row: 2 } }]);
  });
});
