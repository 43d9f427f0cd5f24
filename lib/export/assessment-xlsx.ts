import ExcelJS from 'exceljs';
import type { Assessment, AssessmentFigures } from '@/db/queries/assessment';
import type { AssessmentQuery } from '@/lib/validation/assessment';
import { NUM_FMT, safeText } from './cells';
import type { Translate } from './project-export';


/** The figure columns in page order, with how each is written. */
export const ASSESSMENT_MEASURES: { key: keyof AssessmentFigures; wan: boolean }[] = [
  { key: 'meetings', wan: false },
  { key: 'fixedPoint', wan: false },
  { key: 'doorKnocking', wan: false },
  { key: 'referral', wan: false },
  { key: 'otherMethod', wan: false },
  { key: 'newLeads', wan: false },
  { key: 'leadsAdvanced', wan: false },
  { key: 'signings', wan: false },
  { key: 'signingAmount', wan: true },
  { key: 'fundsInPlace', wan: true },
  { key: 'overdueFollowUps', wan: false },
];

/** "考核 · 2026-01-01 至 2026-11-26 · 按专员": the page's heading and the workbook's title row. */
export function assessmentTitle(query: Pick<AssessmentQuery, 'from' | 'to' | 'by'>, t: Translate): string {
  return t('assessment.heading', { from: query.from, to: query.to, by: t(`assessment.by.${query.by}`) });
}

/** The header row: the name column(s), then the figures. */
export function assessmentHeaders(by: AssessmentQuery['by'], t: Translate): string[] {
  const names = by === 'officer' ? [t('assessment.columns.officer'), t('assessment.columns.team')] : [t('assessment.columns.teamName')];
  return [...names, ...ASSESSMENT_MEASURES.map((m) => t(`assessment.columns.${m.key}`))];
}

/** 考核_2026-01-01_2026-11-26.xlsx, with an ASCII fallback for clients that ignore `filename*`. */
export function assessmentFileName(query: Pick<AssessmentQuery, 'from' | 'to'>, t: Translate): { fileName: string; asciiFileName: string } {
  return { fileName: `${t('assessment.xlsx.file')}_${query.from}_${query.to}.xlsx`, asciiFileName: `assessment_${query.from}_${query.to}.xlsx` };
}

/**
 * 考核 as a workbook: the title row (period and grouping, and the team filter), the header, one row per
 * officer or team in the page's order, the totals row, then the footnotes. Numbers are typed cells, so they
 * sum in Excel; names are neutralised so none runs as a formula. One row per officer: small, built in memory.
 */
export async function buildAssessmentXlsx(assessment: Assessment, t: Translate, teamName: string | null = null): Promise<Uint8Array<ArrayBuffer>> {
  const { query } = assessment;
  const byOfficer = query.by === 'officer';
  const headers = assessmentHeaders(query.by, t);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t('assessment.xlsx.sheet'));
  sheet.columns = headers.map((_, i) => ({ width: i < (byOfficer ? 2 : 1) ? 20 : 14 }));

  const title = sheet.addRow([assessmentTitle(query, t)]);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(title.number, 1, title.number, headers.length);
  if (query.teamId) sheet.addRow([safeText(t('assessment.xlsx.team', { team: teamName ?? '—' }))]);
  sheet.addRow(headers).font = { bold: true };

  const offset = byOfficer ? 2 : 1;
  const figureRow = (names: string[], figures: AssessmentFigures) => {
    const row = sheet.addRow([...names.map(safeText), ...ASSESSMENT_MEASURES.map((m) => figures[m.key])]);
    ASSESSMENT_MEASURES.forEach((m, i) => (row.getCell(i + offset + 1).numFmt = m.wan ? NUM_FMT.wan : NUM_FMT.integer));
    return row;
  };
  for (const r of assessment.rows) figureRow(byOfficer ? [r.name, r.teamName ?? t('assessment.noTeam')] : [r.name], r);
  figureRow(byOfficer ? [t('assessment.totals'), ''] : [t('assessment.totals')], assessment.totals).font = { bold: true };

  sheet.addRow([]);
  for (const key of ['meetings', 'owners', 'overdue']) sheet.addRow([t(`assessment.footnotes.${key}`, { date: assessment.overdueAsOf })]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
