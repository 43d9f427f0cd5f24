import { XLSX_CONTENT_TYPE } from '@/lib/file-type';
import 'server-only';
import { projectFilterNames, recordProjectExport, type ProjectFilterNames } from '@/db/queries/project-export';
import { iterateProjectExport, projectTotals, type ProjectExportRow } from '@/db/queries/project-list';
import type { Viewer } from '@/db/queries/viewer';
import { DomainError } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { zoneToday } from '@/lib/project-status';
import { projectExportFilterSchema, type ProjectFilter } from '@/lib/validation/projects';
import type { CellValue, SheetColumn } from './cells';
import { streamCsv } from './csv-stream';
import { PROJECT_COLUMNS, ProjectTotalsAccumulator, type ProjectRowLabels } from './project-columns';
import { streamXlsx } from './xlsx-stream';

export type ExportFormat = 'xlsx' | 'csv';
/** The wall chart's filters without the page's own (sort, cursor, view). */
export type ProjectExportFilter = Omit<ProjectFilter, 'sort' | 'after'>;

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: XLSX_CONTENT_TYPE,
  csv: 'text/csv; charset=utf-8',
};

/**
 * The request's translator (getTranslations() in the route; createTranslator in tests and scripts), passed
 * in rather than imported so this module runs outside Next.js too, e.g. in the bench under react-server.
 */
export interface Translate {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

export type ProjectExportQuery =
  | { ok: true; format: ExportFormat; filter: ProjectExportFilter }
  | { ok: false; error: 'invalid'; fieldErrors: Record<string, string[]>; message: string };

/**
 * The export link's query string, strictly: a bad value is refused with the fields named in words
 * ("筛选条件无效：签约年份"), never dropped, so the list sent upward is exactly the one asked for.
 */
export function parseProjectExportQuery(params: URLSearchParams, t: Translate): ProjectExportQuery {
  const parsed = projectExportFilterSchema.safeParse(Object.fromEntries(params));
  if (parsed.success) {
    const { format, ...filter } = parsed.data;
    return { ok: true, format, filter };
  }
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[issue.path.length ? issue.path.join('.') : '_form'] ??= []).push(issue.message);
  const fields = Object.keys(fieldErrors).map((field) => (t.has(`projectExport.fields.${field}`) ? `${t(`projectExport.fields.${field}`)} (${field})` : field));
  return { ok: false, error: 'invalid', fieldErrors, message: t('projectExport.invalidFilter', { fields: fields.join(t('projectExport.fieldSeparator')) }) };
}

/** The filters in words for the title row: "2026年签约 · 产业链：新能源汽车 · 重大项目"; names, never ids. */
export function describeProjectFilter(filter: ProjectExportFilter, names: ProjectFilterNames, t: Translate, scopeTeam: string | null = null): string {
  const name = (value: string | null) => value ?? t('projectExport.filters.unknown');
  const parts: string[] = [];
  if (filter.year) parts.push(t('projectExport.filters.year', { year: String(filter.year) }));
  if (filter.fromMonth && filter.toMonth) parts.push(t('projectExport.filters.monthRange', { from: filter.fromMonth, to: filter.toMonth }));
  else if (filter.fromMonth) parts.push(t('projectExport.filters.fromMonth', { from: filter.fromMonth }));
  else if (filter.toMonth) parts.push(t('projectExport.filters.toMonth', { to: filter.toMonth }));
  if (filter.chainId) parts.push(t('projectExport.filters.chain', { name: name(names.chain) }));
  if (filter.nodeId) parts.push(t('projectExport.filters.node', { name: name(names.node) }));
  if (filter.action) parts.push(t('projectExport.filters.action', { name: t(`chain.action.${filter.action}`) }));
  if (filter.teamId) parts.push(t('projectExport.filters.team', { name: name(names.team) }));
  else if (scopeTeam) parts.push(t('projectExport.filters.team', { name: scopeTeam }));
  if (filter.ownerId) parts.push(t('projectExport.filters.owner', { name: name(names.owner) }));
  if (filter.major) parts.push(t(filter.major === '1' ? 'projectExport.filters.major' : 'projectExport.filters.notMajor'));
  if (filter.status) parts.push(t('projectExport.filters.status', { name: t(`projectStatus.${filter.status}`) }));
  if (filter.occasion) parts.push(t('projectExport.filters.occasion', { name: filter.occasion }));
  return parts.length ? parts.join(' · ') : t('projectExport.filters.all');
}

/** A moment in Asia/Shanghai as "2026-11-26 14:05", whatever the server's zone. */
export function zoneMinute(now: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

export interface ProjectExportFile {
  body: ReadableStream<Uint8Array>;
  fileName: string;
  asciiFileName: string;
  contentType: string;
  /** Projects in scope that match the filters, counted before streaming (the title row's 共 N 个). */
  rows: number;
}

/**
 * 签约项目清单 as .xlsx or .csv, streamed: every project in the viewer's scope (officers their team's,
 * leaders and admins all) that the filters match. The count is taken and the export is audited before the
 * first row is read, so an aborted download is on record with what it would have held.
 */
export async function buildProjectExport(viewer: Viewer, filter: ProjectExportFilter, format: ExportFormat, opts: { t: Translate; now?: Date }): Promise<ProjectExportFile> {
  if (!can(viewer, 'projects.export')) throw new DomainError('forbidden');
  const { t } = opts;
  const now = opts.now ?? new Date();
  const [totals, names] = await Promise.all([projectTotals(viewer, filter), projectFilterNames(viewer, filter)]);
  await recordProjectExport(viewer, { format, filters: filter, rows: totals.count });

  const columns: SheetColumn[] = PROJECT_COLUMNS.map((c) => ({ header: t(`projectExport.columns.${c.key}`), width: c.width, type: c.type }));
  const labels: ProjectRowLabels = { chainAction: (a) => t(`chain.action.${a}`), yes: t('projectExport.yes'), no: t('projectExport.no') };
  const sums = new ProjectTotalsAccumulator();
  const source = {
    columns,
    batches: projectRows(iterateProjectExport(viewer, filter, totals.asOf), labels, sums),
    footer: () => sums.row({ totals: t('projectExport.totals'), count: (count) => t('projectExport.totalsCount', { count }) }),
  };

  const day = zoneToday(now);
  const fileName = `${t('projectExport.fileName')}_${day}.${format}`;
  const base = { fileName, asciiFileName: `signed-projects_${day}.${format}`, contentType: CONTENT_TYPES[format], rows: totals.count };
  if (format === 'csv') return { ...base, body: streamCsv(source) };
  // Officers only ever see their own team's projects; the title says so when no team was picked.
  const scopeTeam = viewer.role === 'officer' ? viewer.teamName : null;
  const title = t('projectExport.title', { filters: describeProjectFilter(filter, names, t, scopeTeam), count: totals.count, time: zoneMinute(now) });
  return { ...base, body: streamXlsx({ ...source, sheetName: t('projectExport.sheetName'), title }) };
}

/** The rows as cells, numbered across batches, adding each to the 合计 as it passes. */
async function* projectRows(batches: AsyncGenerator<ProjectExportRow[]>, labels: ProjectRowLabels, sums: ProjectTotalsAccumulator): AsyncGenerator<CellValue[][]> {
  for await (const batch of batches) {
    yield batch.map((row) => {
      sums.add(row);
      return PROJECT_COLUMNS.map((c) => c.value(row, sums.count, labels));
    });
  }
}
