import { z } from 'zod';
import { CHAIN_ACTIONS, ENTERPRISE_SCALES, ENTERPRISE_TAGS, type ChainAction, type EnterpriseScale, type EnterpriseTag } from '@/db/schema/enterprises';
import { searchForm } from '@/lib/enterprise-name';
import { normalizeUscc } from '@/lib/uscc';
import { enterpriseFields, mobileField } from '@/lib/validation/enterprises';
import { optionalText } from '@/lib/validation/fields';
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
const COLUMN_KEYS = Object.keys(IMPORT_COLUMNS) as ImportColumn[];

export const IMPORT_HEADERS: string[] = Object.values(IMPORT_COLUMNS);

/** The column the "rejected rows" download adds. An import accepts and ignores it, so a corrected
 *  download goes straight back in without deleting the column first. */
export const REASON_HEADER = '错误原因';

export const IMPORT_HEADER_SPEC: HeaderSpec = {
  expectedHeaders: [IMPORT_COLUMNS.name],
  optionalHeaders: [...IMPORT_HEADERS.filter((h) => h !== IMPORT_COLUMNS.name), REASON_HEADER],
};

// The words the file uses for the enums: the zone's own Chinese terms (see messages chain.action / chain.scale).
const CHAIN_ACTION_LABELS: Record<string, ChainAction> = { 补链: 'supplement', 延链: 'extend', 升链: 'upgrade', 建链: 'build' };
const SCALE_LABELS: Record<string, EnterpriseScale> = { 大型: 'large', 中型: 'medium', 小型: 'small', 微型: 'micro' };

// 专精特新"小巨人" is typed with Chinese quotes, straight quotes or none at all; all mean the same tag.
const QUOTES = /["“”＂]/g;
const TAG_BY_PLAIN = new Map<string, EnterpriseTag>(ENTERPRISE_TAGS.map((tag) => [tag.replace(QUOTES, ''), tag]));
// 、 is how Chinese lists are written; commas, semicolons and Alt+Enter line breaks are common too.
const TAG_SEPARATORS = /[、,，;；\n]/;

/** A Chinese label (or the code itself) → the enum value; '' → null; anything else fails with `message`. */
function labelledEnum<const T extends readonly [string, ...string[]]>(labels: Record<string, T[number]>, values: T, message: string) {
  return z.preprocess((v) => (v === '' || v == null ? null : (labels[v as string] ?? v)), z.enum(values, message).nullable());
}

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
  chainAction: labelledEnum(CHAIN_ACTION_LABELS, CHAIN_ACTIONS, 'importUnknownAction'),
  tags: tagList,
  // Excel users type thousands separators ("1,000"); a number cell arrives without them.
  registeredCapital: z.preprocess((v) => (typeof v === 'string' ? v.replace(/[,，\s]/g, '') : v), enterpriseFields.registeredCapital),
  scale: labelledEnum(SCALE_LABELS, ENTERPRISE_SCALES, 'importUnknownScale'),
  website: enterpriseFields.website,
  address: enterpriseFields.address,
  intro: enterpriseFields.intro,
  source: enterpriseFields.source,
  contactName: optionalText(30),
  contactTitle: optionalText(50),
  contactMobile: mobileField,
});

export interface ImportChainOption {
  id: string;
  name: string;
  nodes: { id: string; name: string }[];
}

/** One problem in one cell: the row number Excel shows, the column's header, an `errors.*` message key. */
export interface ImportRowError {
  rowNumber: number;
  column: string;
  message: string;
  /** For duplicates: the earlier row of the file that holds the same value. */
  params?: { row: number };
}

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

export interface ImportCheck {
  valid: ImportRow[];
  /** Sorted by row, then by column in template order. */
  errors: ImportRowError[];
  /** Row numbers with at least one error, ascending. */
  invalidRows: number[];
}

/**
 * Validates every data row of an import file. Chain and node names are matched against `chains`;
 * a USCC or a name (compared as searchForm: case, width and spaces ignored) that an earlier row of
 * the file already has is an error on the later row, which would otherwise update the same record twice.
 */
export function validateImportRows(rows: Sheet['rows'], chains: ImportChainOption[]): ImportCheck {
  const chainByName = new Map(chains.map((c) => [c.name, c]));
  const firstRowOfUscc = new Map<string, number>();
  const firstRowOfName = new Map<string, number>();
  const valid: ImportRow[] = [];
  const errors: ImportRowError[] = [];
  const invalidRows: number[] = [];

  for (const { rowNumber, cells } of rows) {
    const input = Object.fromEntries(COLUMN_KEYS.map((key) => [key, cells[IMPORT_COLUMNS[key]] ?? '']));
    const problems = new Map<ImportColumn, Omit<ImportRowError, 'rowNumber' | 'column'>>();
    const add = (column: ImportColumn, message: string, params?: { row: number }) => {
      if (!problems.has(column)) problems.set(column, params ? { message, params } : { message });
    };

    const parsed = rowSchema.safeParse(input);
    if (!parsed.success) for (const issue of parsed.error.issues) add(issue.path[0] as ImportColumn, issue.message);

    if (!problems.has('uscc') && input.uscc) {
      const code = normalizeUscc(input.uscc);
      const first = firstRowOfUscc.get(code);
      if (first === undefined) firstRowOfUscc.set(code, rowNumber);
      else add('uscc', 'importDuplicateUscc', { row: first });
    }
    if (!problems.has('name')) {
      const key = searchForm(input.name);
      const first = firstRowOfName.get(key);
      if (first === undefined) firstRowOfName.set(key, rowNumber);
      else add('name', 'importDuplicateName', { row: first });
    }

    const chain = input.chain ? chainByName.get(input.chain) : undefined;
    if (input.chain && !chain) add('chain', 'importUnknownChain');
    const node = chain && input.node ? chain.nodes.find((n) => n.name === input.node) : undefined;
    if (input.node && !input.chain) add('node', 'importNodeNeedsChain');
    else if (input.node && chain && !node) add('node', 'importUnknownNode');

    if (!input.contactName && (input.contactTitle || input.contactMobile)) add('contactName', 'importContactNameMissing');

    if (problems.size > 0 || !parsed.success) {
      invalidRows.push(rowNumber);
      for (const key of COLUMN_KEYS) {
        const problem = problems.get(key);
        if (problem) errors.push({ rowNumber, column: IMPORT_COLUMNS[key], ...problem });
      }
      continue;
    }
    const d = parsed.data;
    valid.push({
      rowNumber,
      enterprise: {
        name: d.name,
        uscc: d.uscc,
        province: d.province,
        city: d.city,
        industry: d.industry,
        chainId: chain?.id ?? null,
        nodeId: node?.id ?? null,
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
    });
  }
  return { valid, errors, invalidRows };
}

/** The errors of the first `maxRows` bad rows: what a page can show without sending every problem of a huge file. */
export function errorsOfFirstRows(errors: ImportRowError[], maxRows: number): ImportRowError[] {
  const rows = new Set<number>();
  return errors.filter((e) => {
    if (!rows.has(e.rowNumber) && rows.size >= maxRows) return false;
    rows.add(e.rowNumber);
    return true;
  });
}
