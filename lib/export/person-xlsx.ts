import ExcelJS from 'exceljs';
import type { PersonExport } from '@/db/queries/personal-data';
import { NUM_FMT, safeText } from './cells';
import type { Translate } from './project-export';
import { zoneMinute } from './project-export';

type Cell = string | number;

/** 个人信息_2026-05-01.xlsx, with an ASCII fallback for clients that ignore `filename*`. */
export function personFileName(data: Pick<PersonExport, 'exportedAt'>, t: Translate): { fileName: string; asciiFileName: string } {
  const day = zoneMinute(data.exportedAt).slice(0, 10);
  return { fileName: `${t('personalData.xlsx.file')}_${day}.xlsx`, asciiFileName: `personal-data_${day}.xlsx` };
}

/**
 * One person's data for their access request (个人信息保护法), as a workbook: their contact records in full,
 * the meetings that list them, those meetings' leads and signed projects, and the audit history of the
 * records. Every text cell is neutralised, so nothing typed into a record runs as a formula. Small: in memory.
 */
export async function buildPersonXlsx(data: PersonExport, t: Translate): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const yesNo = (value: boolean) => t(value ? 'personalData.xlsx.yes' : 'personalData.xlsx.no');
  const recordName = new Map(data.records.map((r) => [r.id, `${r.name}（${r.enterpriseName}）`]));

  const sheet = (name: string, headers: string[], rows: Cell[][], widths: number[]) => {
    const ws = workbook.addWorksheet(t(`personalData.xlsx.sheets.${name}`));
    ws.columns = widths.map((width) => ({ width }));
    ws.addRow(headers).font = { bold: true };
    for (const row of rows) ws.addRow(row.map((cell) => (typeof cell === 'string' ? safeText(cell) : cell)));
    return ws;
  };
  const h = (keys: string[]) => keys.map((key) => t(`personalData.xlsx.columns.${key}`));

  const records = sheet(
    'records',
    h(['name', 'title', 'mobile', 'phone', 'email', 'wechat', 'notes', 'isPrimary', 'enterprise', 'uscc', 'team', 'createdAt', 'updatedAt', 'status']),
    data.records.map((r) => [
      r.name, r.title, r.mobile, r.phone, r.email, r.wechat, r.notes, yesNo(r.isPrimary), r.enterpriseName, r.uscc ?? '', r.teamName ?? '',
      zoneMinute(r.createdAt), zoneMinute(r.updatedAt), t(r.deleted ? 'personalData.status.deleted' : 'personalData.status.live'),
    ]),
    [12, 14, 14, 16, 24, 16, 30, 10, 30, 22, 18, 17, 17, 10],
  );
  records.addRow([]);
  records.addRow([safeText(t('personalData.xlsx.exportedAt', { at: zoneMinute(data.exportedAt) }))]);

  sheet(
    'meetings',
    h(['occurredAt', 'kind', 'enterprise', 'project', 'place', 'summary', 'outcome', 'record']),
    data.meetings.map((m) => [
      zoneMinute(m.occurredAt), t(`meetingKind.${m.kind}`), m.enterpriseName, m.projectName ?? '', m.place, m.summary, m.outcome,
      m.contactIds.map((id) => recordName.get(id) ?? id).join('、'),
    ]),
    [17, 10, 30, 30, 20, 50, 30, 30],
  );
  sheet('leads', h(['project', 'enterprise', 'stage', 'team']), data.leads.map((l) => [l.projectName, l.enterpriseName, t(`lead.stage.${l.stage}`), l.teamName]), [30, 30, 12, 18]);
  const projects = sheet(
    'projects',
    h(['project', 'enterprise', 'signedOn', 'investment', 'status']),
    data.projects.map((p) => [p.name, p.enterpriseName, p.signedOn, p.contractedInvestment, t(`projectStatus.${p.status}`)]),
    [30, 30, 12, 16, 14],
  );
  projects.getColumn(4).numFmt = NUM_FMT.wan;
  sheet(
    'audit',
    h(['at', 'action', 'actor', 'record', 'changes']),
    data.audit.map((a) => [
      zoneMinute(a.at), t.has(`audit.actions.${a.action}`) ? t(`audit.actions.${a.action}`) : a.action, a.actorName ?? t('audit.system'),
      recordName.get(a.contactId) ?? a.contactId, Object.keys(a.changes).length ? JSON.stringify(a.changes) : '',
    ]),
    [17, 14, 14, 30, 80],
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
