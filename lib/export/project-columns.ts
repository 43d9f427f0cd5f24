import type { ProjectExportRow } from '@/db/queries/project-list';
import type { ChainAction } from '@/db/schema/enterprises';
import { fundsRatio } from '@/lib/project-status';
import type { CellType, CellValue } from './cells';

/** The words a row needs besides its data, in the export's language. */
export interface ProjectRowLabels {
  chainAction: (action: ChainAction) => string;
  yes: string;
  no: string;
}

export interface ProjectColumn {
  /** Also the header's message key, `projectExport.columns.<key>`. */
  key: string;
  width: number;
  type: CellType;
  value: (row: ProjectExportRow, index: number, labels: ProjectRowLabels) => CellValue;
}

/** 签约项目清单 in the order leaders send it upward. Related records by name, never by id. */
export const PROJECT_COLUMNS = [
  { key: 'index', width: 6, type: 'integer', value: (_r, index) => index },
  { key: 'name', width: 36, type: 'text', value: (r) => r.name },
  { key: 'enterprise', width: 32, type: 'text', value: (r) => r.enterpriseName },
  { key: 'uscc', width: 22, type: 'text', value: (r) => r.uscc },
  { key: 'chain', width: 16, type: 'text', value: (r) => r.chainName },
  { key: 'node', width: 18, type: 'text', value: (r) => r.nodeName },
  { key: 'chainAction', width: 10, type: 'text', value: (r, _i, labels) => (r.chainAction ? labels.chainAction(r.chainAction) : null) },
  { key: 'signedOn', width: 12, type: 'date', value: (r) => r.signedOn },
  { key: 'occasion', width: 20, type: 'text', value: (r) => r.occasion || null },
  { key: 'contracted', width: 16, type: 'wan', value: (r) => r.contractedInvestment },
  { key: 'fixedAsset', width: 16, type: 'wan', value: (r) => r.fixedAssetInvestment },
  { key: 'major', width: 10, type: 'text', value: (r, _i, labels) => (r.major ? labels.yes : labels.no) },
  { key: 'funds', width: 16, type: 'wan', value: (r) => r.fundsInPlace },
  { key: 'fundsRatio', width: 10, type: 'percent', value: (r) => fundsRatio(r.fundsInPlace, r.contractedInvestment) },
  { key: 'plannedStart', width: 12, type: 'date', value: (r) => r.plannedStartOn },
  { key: 'actualStart', width: 12, type: 'date', value: (r) => r.actualStartOn },
  { key: 'plannedProduction', width: 12, type: 'date', value: (r) => r.plannedProductionOn },
  { key: 'actualProduction', width: 12, type: 'date', value: (r) => r.actualProductionOn },
  { key: 'team', width: 16, type: 'text', value: (r) => r.teamName },
  { key: 'owner', width: 12, type: 'text', value: (r) => r.ownerName },
] as const satisfies readonly ProjectColumn[];

export type ProjectColumnKey = (typeof PROJECT_COLUMNS)[number]['key'];

/**
 * The 合计 row's sums, kept in cents as the rows stream past: exact (no float drift over 50,000 rows)
 * and constant memory.
 */
export class ProjectTotalsAccumulator {
  count = 0;
  private contractedCents = 0;
  private fixedAssetCents = 0;
  private fundsCents = 0;

  add(row: ProjectExportRow): void {
    this.count += 1;
    this.contractedCents += Math.round(row.contractedInvestment * 100);
    this.fixedAssetCents += Math.round((row.fixedAssetInvestment ?? 0) * 100);
    this.fundsCents += Math.round(row.fundsInPlace * 100);
  }

  /** The footer: 合计 under 序号, the count under 项目名称, the sums and the overall 到位率 under their columns. */
  row(labels: { totals: string; count: (n: number) => string }): CellValue[] {
    const cells: Partial<Record<ProjectColumnKey, CellValue>> = {
      index: labels.totals,
      name: labels.count(this.count),
      contracted: this.contractedCents / 100,
      fixedAsset: this.fixedAssetCents / 100,
      funds: this.fundsCents / 100,
      fundsRatio: fundsRatio(this.fundsCents, this.contractedCents),
    };
    return PROJECT_COLUMNS.map((c) => cells[c.key] ?? null);
  }
}
