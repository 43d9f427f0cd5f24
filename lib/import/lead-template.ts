import { makeUscc } from '@/lib/uscc';
import { LEAD_COLUMNS, type LeadColumn } from './lead-columns';
import { templateXlsx } from './write-spreadsheet';

// A fictional project, so the example shows every column's format. Its firm's USCC is valid (GB 32100) and
// one of the last codes makeUscc hands out, far from the demo and benchmark data, which count up from 0.
// 负责人 is left empty (= the importer): a name there must be one of the importing team's members.
const EXAMPLE: Record<LeadColumn, string> = {
  projectName: '车规级功率模组生产基地项目',
  enterpriseName: '长春示例功率半导体有限公司',
  uscc: makeUscc(999_999_998),
  content: '建设车规级 IGBT/SiC 功率模组封测产线（示例数据，导入前请删除本行）',
  chain: '汽车及零部件',
  node: '功率器件(IGBT/SiC)',
  chainAction: '补链',
  intendedInvestment: '50000',
  landArea: '120',
  expectedJobs: '300',
  sourceMethod: '以商招商',
  sourceDetail: '链主企业推荐',
  owner: '',
  stage: '深度洽谈',
  stageReason: '',
  priority: '高',
  expectedSigningMonth: '2026-09',
};

/** The downloadable ledger template: the headers in template order and one example row. */
export function leadTemplateXlsx(): Promise<Uint8Array> {
  return templateXlsx('在谈项目台账', LEAD_COLUMNS, EXAMPLE);
}
