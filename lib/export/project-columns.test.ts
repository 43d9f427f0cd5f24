import { describe, expect, it } from 'vitest';
import type { ProjectExportRow } from '@/db/queries/project-list';
import zhCN from '@/messages/zh-CN.json';
import { PROJECT_COLUMNS, ProjectTotalsAccumulator } from './project-columns';

const row: ProjectExportRow = {
  id: 'p1',
  name: '动力电池模组项目',
  enterpriseName: '示例电池有限公司',
  uscc: '91220101MA0000000X',
  chainName: '新能源汽车',
  nodeName: '动力电池',
  chainAction: 'upgrade',
  signedOn: '2026-03-18',
  occasion: '',
  contractedInvestment: 8000,
  fixedAssetInvestment: null,
  major: true,
  fundsInPlace: 2000,
  plannedStartOn: '2026-06-01',
  actualStartOn: null,
  plannedProductionOn: null,
  actualProductionOn: null,
  teamName: '一专班',
  ownerName: '张三',
};
const labels = { chainAction: (a: string) => zhCN.chain.action[a as keyof typeof zhCN.chain.action], yes: '是', no: '否' };

describe('PROJECT_COLUMNS', () => {
  it('are the issue’s columns in order, each with a header in both languages', () => {
    expect(PROJECT_COLUMNS.map((c) => zhCN.projectExport.columns[c.key])).toEqual(['序号', '项目名称', '企业名称', '统一社会信用代码', '产业链', '环节', '链式方向', '签约日期', '签约活动', '协议投资额(万元)', '其中固定资产投资(万元)', '是否重大项目', '到位资金(万元)', '到位率', '计划开工', '实际开工', '计划投产', '实际投产', '责任专班', '责任人']);
  });

  it('turn a row into cells: names, labels, numbers and dates; empty for what is missing', () => {
    expect(PROJECT_COLUMNS.map((c) => c.value(row, 7, labels))).toEqual([7, '动力电池模组项目', '示例电池有限公司', '91220101MA0000000X', '新能源汽车', '动力电池', '升链', '2026-03-18', null, 8000, null, '是', 2000, 0.25, '2026-06-01', null, null, null, '一专班', '张三']);
  });
});

describe('ProjectTotalsAccumulator', () => {
  it('sums to the cent without float drift and gives the overall 到位率', () => {
    const sums = new ProjectTotalsAccumulator();
    for (let i = 0; i < 10; i++) sums.add({ ...row, contractedInvestment: 0.1, fixedAssetInvestment: 0.2, fundsInPlace: 0.05 });
    const footer = sums.row({ totals: '合计', count: (n) => `共 ${n} 个` });
    expect(footer.slice(0, 2)).toEqual(['合计', '共 10 个']);
    expect([footer[9], footer[10], footer[12], footer[13]]).toEqual([1, 2, 0.5, 0.5]);
    expect(new ProjectTotalsAccumulator().row({ totals: '合计', count: (n) => `共 ${n} 个` })[13]).toBe(0);
  });
});
