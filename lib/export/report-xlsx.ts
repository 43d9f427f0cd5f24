import ExcelJS from 'exceljs';
import type { Report, ReportFigures } from '@/db/queries/reports';
import { periodName } from '@/lib/report-period';
import { excelDate, NUM_FMT, safeText } from './cells';
import type { Translate } from './project-export';


/** The report's columns in page order, with how each is written. */
export const REPORT_MEASURES: { key: keyof ReportFigures; wan: boolean }[] = [
  { key: 'newLeads', wan: false },
  { key: 'meetings', wan: false },
  { key: 'stageMoves', wan: false },
  { key: 'signings', wan: false },
  { key: 'signingAmount', wan: true },
  { key: 'fundsInPlace', wan: true },
  { key: 'constructionStarts', wan: false },
  { key: 'overdueFollowUps', wan: false },
  { key: 'lateMilestones', wan: false },
];

/** "招商周报 · 2026年第48周（2026-11-23 至 2026-11-29）": the page's heading and the workbook's title row. */
export function reportTitle(report: Pick<Report, 'period'>, t: Translate): string {
  const { period } = report;
  const title = t(period.kind === 'weekly' ? 'reports.weeklyTitle' : 'reports.monthlyTitle');
  return `${t('reports.heading', { title, name: periodName(period, t) })} (${t('reports.range', { from: period.from, to: period.lastDay })})`;
}

/** 周报_2026-W48.xlsx, with an ASCII fallback for clients that ignore `filename*`. */
export function reportFileName(report: Pick<Report, 'period'>, t: Translate): { fileName: string; asciiFileName: string } {
  const { kind, key } = report.period;
  return { fileName: `${t(`reports.xlsx.file.${kind}`)}_${key}.xlsx`, asciiFileName: `${kind}-report_${key}.xlsx` };
}

/**
 * The report as a workbook: a sheet with the title row, the team table and the zone's total row (officers:
 * their team's row only), then a sheet with the five largest signings. Numbers are typed cells, so the
 * figures sum in Excel; text is neutralised so no name runs as a formula. Small, so built in memory.
 */
export async function buildReportXlsx(report: Report, t: Translate, scopeTeam: string | null = null): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const title = reportTitle(report, t);
  const footnotes = [
    t(report.running ? 'reports.footnoteOverdueRunning' : 'reports.footnoteOverdueEnded', { date: report.running ? report.overdueAsOf : report.period.lastDay }),
    t('reports.footnoteRules'),
  ];

  const teams = workbook.addWorksheet(t('reports.xlsx.sheetTeams'));
  teams.columns = [{ width: 24 }, ...REPORT_MEASURES.map(() => ({ width: 16 }))];
  titleRow(teams, title, REPORT_MEASURES.length + 1);
  if (scopeTeam) teams.addRow([safeText(t('reports.xlsx.scopeTeam', { team: scopeTeam }))]);
  teams.addRow([t('reports.team'), ...REPORT_MEASURES.map((m) => t(`reports.measures.${m.key}`))]).font = { bold: true };
  const figureRow = (name: string, figures: ReportFigures) => {
    const row = teams.addRow([safeText(name), ...REPORT_MEASURES.map((m) => figures[m.key])]);
    REPORT_MEASURES.forEach((m, i) => (row.getCell(i + 2).numFmt = m.wan ? NUM_FMT.wan : NUM_FMT.integer));
    return row;
  };
  for (const team of report.teams) figureRow(team.teamName, team);
  if (report.zone) figureRow(t('reports.zone'), report.zone).font = { bold: true };
  teams.addRow([]);
  for (const note of footnotes) teams.addRow([note]);

  const top = workbook.addWorksheet(t('reports.xlsx.sheetTop'));
  top.columns = [{ width: 6 }, { width: 36 }, { width: 32 }, { width: 20 }, { width: 12 }, { width: 16 }];
  titleRow(top, `${t('reports.topTitle')} · ${title}`, 6);
  top.addRow(['rank', 'project', 'enterprise', 'team', 'signedOn', 'amount'].map((key) => t(`reports.top.${key}`))).font = { bold: true };
  report.topProjects.forEach((p, i) => {
    const row = top.addRow([i + 1, safeText(p.name), safeText(p.enterpriseName), safeText(p.teamName), excelDate(p.signedOn), p.contractedInvestment]);
    row.getCell(5).numFmt = NUM_FMT.date;
    row.getCell(6).numFmt = NUM_FMT.wan;
  });
  if (report.topProjects.length === 0) top.addRow([t('reports.topEmpty')]);

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function titleRow(sheet: ExcelJS.Worksheet, title: string, span: number): void {
  const row = sheet.addRow([title]);
  row.font = { bold: true, size: 14 };
  sheet.mergeCells(row.number, 1, row.number, span);
}
