import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Report } from '@/db/queries/reports';
import { parsePeriod } from '@/lib/report-period';
import { buildReportXlsx, reportFileName } from './report-xlsx';
import { testTranslate } from './test-translate';

const figures = { newLeads: 3, meetings: 5, stageMoves: 2, signings: 1, signingAmount: 8000.5, fundsInPlace: 500, constructionStarts: 1, overdueFollowUps: 2, lateMilestones: 0 };
const report: Report = {
  period: parsePeriod('weekly', '2026-W48')!,
  overdueAsOf: '2026-11-30',
  running: false,
  teams: [{ teamId: 'a', teamName: '=新能源汽车专班', ...figures }],
  zone: figures,
  topProjects: [{ id: 'p', name: '年产20万套汽车线束项目', enterpriseName: '某某科技有限公司', teamName: '新能源汽车专班', signedOn: '2026-11-24', contractedInvestment: 8000.5 }],
};

describe('report workbook', () => {
  it('writes the title, the team table with the zone total and the top five, numbers as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildReportXlsx(report, testTranslate())).buffer);
    const [teams, top] = workbook.worksheets;
    expect(teams.name).toBe('专班汇总');
    expect(teams.getCell('A1').value).toBe('招商周报 · 2026年第48周 (2026-11-23 至 2026-11-29)');
    expect(teams.getRow(2).getCell(1).value).toBe('专班');
    expect(teams.getRow(3).getCell(1).value).toBe("'=新能源汽车专班");
    expect(teams.getRow(4).getCell(1).value).toBe('全区合计');
    expect(teams.getRow(4).getCell(6).value).toBe(8000.5);
    expect(teams.getRow(4).getCell(7).value).toBe(500);
    expect(top.getRow(3).getCell(2).value).toBe('年产20万套汽车线束项目');
    expect(top.getRow(3).getCell(6).value).toBe(8000.5);
  });

  it('names the file after the period', () => {
    expect(reportFileName(report, testTranslate())).toEqual({ fileName: '周报_2026-W48.xlsx', asciiFileName: 'weekly-report_2026-W48.xlsx' });
  });
});
