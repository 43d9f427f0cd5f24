import { z } from 'zod';
import type { ChainAction } from '@/db/schema/enterprises';
import { LEAD_PRIORITIES, SOURCE_METHODS, type LeadPriority, type LeadStage, type SourceMethod } from '@/db/schema/leads';
import { nameKey, searchForm } from '@/lib/enterprise-name';
import { EXITS, missingForStage, type GateField } from '@/lib/lead-stages';
import { enterpriseFields } from '@/lib/validation/enterprises';
import { optionalText } from '@/lib/validation/fields';
import { leadFields } from '@/lib/validation/leads';
import { chainActionCell, checkRows, FirstRows, headersOf, headerSpec, labelledEnum, matchChainCells, numberCell, type ImportChainOption, type RowCheck } from './import-rows';
import type { HeaderSpec, Sheet } from './read-spreadsheet';

/**
 * The ledger (在谈项目台账) import file: each field and its Chinese header in the template. The headers are
 * the file format, so they stay Chinese whatever the UI language is. Order = template column order.
 */
export const LEAD_COLUMNS = {
  projectName: '项目名称',
  enterpriseName: '企业名称',
  uscc: '统一社会信用代码',
  content: '项目内容',
  chain: '产业链',
  node: '产业链环节',
  chainAction: '招商方向',
  intendedInvestment: '意向投资（万元）',
  landArea: '用地（亩）',
  expectedJobs: '预计就业（人）',
  sourceMethod: '招商方式',
  sourceDetail: '来源部门/推荐人',
  owner: '负责人',
  stage: '阶段',
  stageReason: '阶段原因',
  priority: '优先级',
  expectedSigningMonth: '预计签约月份',
} as const;

export type LeadColumn = keyof typeof LEAD_COLUMNS;
export const LEAD_HEADERS: string[] = headersOf(LEAD_COLUMNS);
export const LEAD_HEADER_SPEC: HeaderSpec = headerSpec(LEAD_COLUMNS, ['projectName', 'enterpriseName']);

// The file's words for the enums: the zone's own Chinese terms (see messages lead.method / lead.priority / lead.stage).
const SOURCE_METHOD_LABELS: Record<string, SourceMethod> = {
  定点招商: 'fixed_point',
  敲门招商: 'door_knocking',
  以商招商: 'referral',
  展会招商: 'trade_fair',
  中介招商: 'agency',
  部门推荐: 'department',
};
const PRIORITY_LABELS: Record<string, LeadPriority> = { 高: 'high', 中: 'medium', 低: 'low' };
/** A ledger row may be in any stage but 签约: a signing is recorded with its agreement, through the project form. */
const IMPORT_STAGES = ['lead', 'contacted', 'site_visit', 'negotiating', 'on_hold', 'dropped'] as const satisfies readonly LeadStage[];
const STAGE_LABELS: Record<string, (typeof IMPORT_STAGES)[number]> = { 线索: 'lead', 初步接洽: 'contacted', 考察互访: 'site_visit', 深度洽谈: 'negotiating', 搁置: 'on_hold', 终止: 'dropped' };
const SIGNED = new Set(['签约', '已签约', 'signed']);

// Ledgers write months as 2025-06, 2025/6, 2025.6 or 2025年6月; a date cell arrives as 2025-06-01.
const MONTH_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(?:\s*[-/.]\s*\d{1,2}\s*日?)?$/;
const monthCell = z.preprocess((v) => {
  const match = typeof v === 'string' ? MONTH_TEXT.exec(v) : null;
  return match ? `${match[1]}-${match[2].padStart(2, '0')}` : v;
}, leadFields.expectedSigningMonth);

// One schema per column, from the lead and enterprise forms' own pieces, so a row is held to the same rules as the forms.
const rowSchema = z.object({
  projectName: leadFields.projectName,
  enterpriseName: enterpriseFields.name,
  uscc: enterpriseFields.uscc,
  content: leadFields.content,
  chain: optionalText(50),
  node: optionalText(50),
  chainAction: chainActionCell,
  intendedInvestment: numberCell(leadFields.intendedInvestment),
  landArea: numberCell(leadFields.landArea),
  expectedJobs: numberCell(leadFields.expectedJobs),
  sourceMethod: labelledEnum(SOURCE_METHOD_LABELS, SOURCE_METHODS, 'importUnknownSourceMethod'),
  sourceDetail: leadFields.sourceDetail,
  owner: optionalText(100),
  stage: labelledEnum(STAGE_LABELS, IMPORT_STAGES, 'importUnknownStage'),
  stageReason: optionalText(500),
  priority: labelledEnum(PRIORITY_LABELS, LEAD_PRIORITIES, 'importUnknownPriority'),
  expectedSigningMonth: monthCell,
});

/** The column a missing gate field is typed in. */
const GATE_COLUMNS: Partial<Record<GateField, LeadColumn>> = { nodeId: 'node', chainAction: 'chainAction', intendedInvestment: 'intendedInvestment' };

/** A member of the importing team, whom the 负责人 column may name. */
export interface ImportOwnerOption {
  id: string;
  username: string;
  displayName: string;
}

export interface ImportLead {
  projectName: string;
  content: string;
  chainId: string | null;
  nodeId: string | null;
  chainAction: ChainAction | null;
  intendedInvestment: number | null;
  landArea: number | null;
  expectedJobs: number | null;
  sourceMethod: SourceMethod | null;
  sourceDetail: string;
  /** null: the importer. */
  ownerId: string | null;
  stage: LeadStage;
  stageReason: string;
  priority: LeadPriority;
  expectedSigningMonth: string | null;
}

export interface LeadImportRow {
  rowNumber: number;
  /** The firm the row names; matched to the library (or created) by the data layer. */
  enterprise: { name: string; uscc: string | null };
  lead: ImportLead;
}

/** One cell's value by its column's schema; undefined when it fails (its problem is already on the row). */
const cell = <T>(schema: z.ZodType<T>, value: string): T | undefined => schema.safeParse(value).data;

/** The team member a 负责人 cell names: a username (any case) first, else a display name that only one member has. */
function matchOwner(owners: ImportOwnerOption[], text: string): { id: string } | 'ownerNotInTeam' | 'importOwnerAmbiguous' {
  const byUsername = owners.find((o) => o.username.toLowerCase() === text.toLowerCase());
  if (byUsername) return byUsername;
  const byName = owners.filter((o) => o.displayName === text);
  if (byName.length > 1) return 'importOwnerAmbiguous';
  return byName[0] ?? 'ownerNotInTeam';
}

/**
 * Validates every data row of a ledger file against the chains and the importing team's members. The
 * stage rules are the pipeline's own: 签约 cannot be imported, 深度洽谈 needs its gate fields, 搁置 and
 * 终止 need a reason. The same project for the same firm on an earlier row is an error on the later row.
 * Matching the firm to the library needs the database and happens in db/queries/lead-import.ts.
 */
export function validateLeadRows(rows: Sheet['rows'], opts: { chains: ImportChainOption[]; owners: ImportOwnerOption[] }): RowCheck<LeadImportRow> {
  const chainByName = new Map(opts.chains.map((c) => [c.name, c]));
  const firstRowOfLead = new FirstRows();

  return checkRows(rows, LEAD_COLUMNS, (input, problems, rowNumber): LeadImportRow | null => {
    if (SIGNED.has(input.stage)) problems.add('stage', 'importSignedStage');
    const parsed = rowSchema.safeParse(input);
    problems.addIssues(parsed);
    const placement = matchChainCells(chainByName, input, problems);
    const owner = input.owner ? matchOwner(opts.owners, input.owner) : null;
    if (typeof owner === 'string') problems.add('owner', owner);

    // The stage rules and the duplicate check read their cells one by one, so a row with an unrelated
    // bad cell still shows every problem at once. A cell that failed already has its own problem.
    const { shape } = rowSchema;
    const stage = input.stage === '' ? 'lead' : cell(shape.stage, input.stage);
    if (stage) {
      // A ledger records projects worked before this system logged meetings: the meeting gate cannot apply.
      const gate = { ...placement, chainAction: cell(shape.chainAction, input.chainAction) ?? null, intendedInvestment: cell(shape.intendedInvestment, input.intendedInvestment) ?? null, meetings: null };
      for (const field of missingForStage(gate, stage)) {
        const column = GATE_COLUMNS[field];
        if (column) problems.add(column, 'importStageNeedsField');
      }
      if (EXITS.includes(stage) && !cell(shape.stageReason, input.stageReason)) problems.add('stageReason', 'importStageReasonRequired');
    }
    const [projectName, firmName, uscc] = [cell(shape.projectName, input.projectName), cell(shape.enterpriseName, input.enterpriseName), cell(shape.uscc, input.uscc)];
    if (projectName && firmName) {
      const first = firstRowOfLead.earlier(`${uscc ?? nameKey(firmName)}\n${searchForm(projectName)}`, rowNumber);
      if (first !== undefined) problems.add('projectName', 'importDuplicateLead', { row: first });
    }
    if (!parsed.success || !stage) return null;

    const d = parsed.data;
    return {
      rowNumber,
      enterprise: { name: d.enterpriseName, uscc: d.uscc },
      lead: {
        projectName: d.projectName,
        content: d.content,
        ...placement,
        chainAction: d.chainAction,
        intendedInvestment: d.intendedInvestment,
        landArea: d.landArea,
        expectedJobs: d.expectedJobs,
        sourceMethod: d.sourceMethod,
        sourceDetail: d.sourceDetail,
        ownerId: owner && typeof owner !== 'string' ? owner.id : null,
        stage,
        // The reason belongs to a side exit; the pipeline stages have none.
        stageReason: EXITS.includes(stage) ? d.stageReason : '',
        priority: d.priority ?? 'medium',
        expectedSigningMonth: d.expectedSigningMonth,
      },
    };
  });
}
