import { makeUscc } from '@/lib/uscc';
import { IMPORT_COLUMNS, type ImportColumn } from './enterprise-columns';
import { templateXlsx } from './write-spreadsheet';

// A fictional firm, so the example shows every column's format; its USCC is valid (GB 32100) and is the
// last code makeUscc hands out, far from the demo and benchmark data, which count up from 0.
// The chain and link are the demo zone's; users replace this row with their own.
const EXAMPLE: Record<ImportColumn, string> = {
  name: '长春示例汽车电子有限公司',
  uscc: makeUscc(999_999_999),
  province: '吉林省',
  city: '长春市',
  industry: '汽车零部件制造',
  chain: '汽车及零部件',
  node: '车规级芯片',
  chainAction: '补链',
  tags: '高新技术企业、专精特新',
  registeredCapital: '5000',
  scale: '中型',
  website: 'https://example.com',
  address: '长春市高新区示例路 1 号',
  intro: '车规级 MCU 与功率模组研发生产（示例数据，导入前请删除本行）',
  source: '展会招商',
  contactName: '张示例',
  contactTitle: '总经理',
  contactMobile: '13800000000',
};

/** The downloadable import template: the headers in template order and one example row. */
export function importTemplateXlsx(): Promise<Uint8Array> {
  return templateXlsx('企业导入', IMPORT_COLUMNS, EXAMPLE);
}
