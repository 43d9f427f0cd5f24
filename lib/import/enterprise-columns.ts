import { z } from 'zod';
import { ENTERPRISE_SCALES, ENTERPRISE_TAGS, type ChainAction, type EnterpriseScale, type EnterpriseTag } from '@/db/schema/enterprises';
import { searchForm } from '@/lib/enterprise-name';
import { normalizeUscc } from '@/lib/uscc';
import { enterpriseFields, mobileField } from '@/lib/validation/enterprises';
import { optionalText } from '@/lib/validation/fields';
import { chainActionCell, checkRows, FirstRows, headersOf, headerSpec, labelledEnum, matchChainCells, numberCell, type ImportChainOption, type RowCheck } from './import-rows';
import type { HeaderSpec, Sheet } from './read-spreadsheet';

/**
 * The enterprise import file: each field and the Chinese header it has in the template. The headers
 * are the file format, so they stay Chinese whatever the UI language is. Order = template column order.
 */
export const IMPORT_COLUMNS = {
  name: '企业名称',
  uscc: '统一社会信用代码',
  province: '省份',
  city: '城市',
  industry: '行业',
  chain: '产业链',
  node: '产业链环节',
  chainAction: '招商方向',
  tags: '企业标签',
  registeredCapital: '注册资本（万元）',
  scale: '企业规模',
  website: '网站',
  address: '地址',
  intro: '企业简介',
  source: '来源',
  contactName: '联系人',
  contactTitle: '联系人职务',
  contactMobile: '联系人手机',
} as const;

export type ImportColumn = keyof typeof IMPORT_COLUMNS;

export const IMPORT_HEADERS: string[] = headersOf(IMPORT_COLUMNS);

export const IMPORT_HEADER_SPEC: HeaderSpec = headerSpec(IMPORT_COLUMNS, ['name']);

// The words the file uses for the scale: the zone's own Chinese terms (see messages chain.scale).
const SCALE_LABELS: Record<string, EnterpriseScale> = { 大型: 'large', 中型: 'medium', 小型: 'small', 微型: 'micro' };

// 专精特新"小巨人" is typed with Chinese quotes, straight quotes or none at all; all mean the same tag.
const QUOTES = /["“”＂]/g;
const TAG_BY_PLAIN = new Map<string, EnterpriseTag>(ENTERPRISE_TAGS.map((tag) => [tag.replace(QUOTES, ''), tag]));
// 、 is how Chinese lists are written; commas, semicolons and Alt+Enter line breaks are common too.
const TAG_SEPARATORS = /[、,，;；\n]/;

const tagList = z.preprocess(
  (v) => [...new Set(String(v ?? '').split(TAG_SEPARATORS).map((s) => s.trim()).filter(Boolean).map((s) => TAG_BY_PLAIN.get(s.replace(QUOTES, '')) ?? s))],
  z.array(z.enum(ENTERPRISE_TAGS, 'importUnknownTag')),
);

// One schema per column, from the enterprise form's own pieces, so a row is held to the same rules as the form.
const rowSchema = z.object({
  name: enterpriseFields.name,
  uscc: enterpriseFields.uscc,
  province: enterpriseFields.province,
  city: enterpriseFields.city,
  industry: enterpriseFields.industry,
  chain: optionalText(50),
  node: optionalText(50),
  chainAction: chainActionCell,
  tags: tagList,
  registeredCapital: numberCell(enterpriseFields.registeredCapital),
  scale: labelledEnum(SCALE_LABELS, ENTERPRISE_SCALES, 'importUnknownScale'),
  website: enterpriseFields.website,
  address: enterpriseFields.address,
  intro: enterpriseFields.intro,
  source: enterpriseFields.source,
  contactName: optionalText(30),
  contactTitle: optionalText(50),
  contactMobile: mobileField,
});

export interface ImportEnterprise {
  name: string;
  uscc: string | null;
  province: string;
  city: string;
  industry: string;
  chainId: string | null;
  nodeId: string | null;
  chainAction: ChainAction | null;
  tags: EnterpriseTag[];
  registeredCapital: number | null;
  scale: EnterpriseScale | null;
  website: string;
  address: string;
  intro: string;
  source: string;
}

export interface ImportRow {
  rowNumber: number;
  enterprise: ImportEnterprise;
  contact: { name: string; title: string; mobile: string } | null;
}

export type ImportCheck = RowCheck<ImportRow>;

/**
 * Validates every data row of an import file. Chain and node names are matched against `chains`;
 * a USCC or a name (compared as searchForm: case, width and spaces ignored) that an earlier row of
 * the file already has is an error on the later row, which would otherwise update the same record twice.
 */
export function validateImportRows(rows: Sheet['rows'], chains: ImportChainOption[]): ImportCheck {
  const chainByName = new Map(chains.map((c) => [c.name, c]));
  const firstRowOfUscc = new FirstRows();
  const firstRowOfName = new FirstRows();

  return checkRows(rows, IMPORT_COLUMNS, (input, problems, rowNumber): ImportRow | null => {
    const parsed = rowSchema.safeParse(input);
    problems.addIssues(parsed);

    if (!problems.has('uscc') && input.uscc) {
      const first = firstRowOfUscc.earlier(normalizeUscc(input.uscc), rowNumber);
      if (first !== undefined) problems.add('uscc', 'importDuplicateUscc', { row: first });
    }
    if (!problems.has('name')) {
      const first = firstRowOfName.earlier(searchForm(input.name), rowNumber);
      if (first !== undefined) problems.add('name', 'importDuplicateName', { row: first });
    }
    const placement = matchChainCells(chainByName, input, problems);
    if (!input.contactName && (input.contactTitle || input.contactMobile)) problems.add('contactName', 'importContactNameMissing');

    if (!parsed.success) return null;
    const d = parsed.data;
    return {
      rowNumber,
      enterprise: {
        name: d.name,
        uscc: d.uscc,
        province: d.province,
        city: d.city,
        industry: d.industry,
        ...placement,
        chainAction: d.chainAction,
        tags: d.tags,
        registeredCapital: d.registeredCapital,
        scale: d.scale,
        website: d.website,
        address: d.address,
        intro: d.intro,
        source: d.source,
      },
      contact: d.contactName ? { name: d.contactName, title: d.contactTitle, mobile: d.contactMobile } : null,
    };
  });
}
