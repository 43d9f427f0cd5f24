import { decodeCsvText, csvRows } from './csv';
import { restoreNeutralizedFormula } from './write-spreadsheet';
import { xlsxRows } from './xlsx';
import { unzippedSize } from './zip-size';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;
// exceljs parses an .xlsx whole, needing about nine times its unzipped size in memory, so a well-compressed
// 10 MB upload could still exhaust the server. 50,000 rows of 40 columns unzip to about 110 MB.
export const MAX_XLSX_UNZIPPED_BYTES = 150 * 1024 * 1024;

export type SheetError =
  | { code: 'empty' } // no bytes, no header row, or a header row without data rows
  | { code: 'tooLarge' } // over MAX_IMPORT_BYTES, or an .xlsx unzipping to over MAX_XLSX_UNZIPPED_BYTES
  | { code: 'tooManyRows'; max: number } // over MAX_IMPORT_ROWS data rows
  | { code: 'notSpreadsheet' } // neither a readable .xlsx nor CSV text
  | { code: 'wrongHeaders'; missing: string[]; unknown: string[] };

export interface Sheet {
  headers: string[];
  rows: { rowNumber: number; cells: Record<string, string> }[];
}

/** One row as the file holds it: cell texts by column position, untrimmed, holes for missing cells. */
export interface RawRow {
  rowNumber: number;
  values: (string | undefined)[];
}

export type ReadResult = { ok: true; sheet: Sheet } | { ok: false; error: SheetError };

export interface HeaderSpec {
  expectedHeaders: string[];
  optionalHeaders?: string[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Reads an uploaded .xlsx or .csv into header-keyed, trimmed string cells.
 *  The kind is decided by content, not by file name: a zip is tried as xlsx, anything else as CSV text.
 *  The header row is the first non-empty row; fully empty rows are skipped but keep their row numbers,
 *  so `rowNumber` is the row the user sees in Excel. Every known header is a key of `cells`, '' when its
 *  column is absent. The leading quote `neutralizeFormula` adds is removed again. */
export async function readSpreadsheet(bytes: Uint8Array, opts: HeaderSpec): Promise<ReadResult> {
  if (bytes.length === 0) return fail({ code: 'empty' });
  if (bytes.length > MAX_IMPORT_BYTES) return fail({ code: 'tooLarge' });
  if (!ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) {
    const text = decodeCsvText(bytes);
    return text === null ? fail({ code: 'notSpreadsheet' }) : readRows(csvRows(text), opts);
  }
  const unzipped = unzippedSize(bytes);
  if (unzipped === null) return fail({ code: 'notSpreadsheet' });
  if (unzipped > MAX_XLSX_UNZIPPED_BYTES) return fail({ code: 'tooLarge' });
  const rows = await xlsxRows(bytes);
  return rows ? readRows(rows, opts) : fail({ code: 'notSpreadsheet' });
}

function readRows(rows: Iterable<RawRow>, opts: HeaderSpec): ReadResult {
  let headers: string[] | null = null;
  const sheetRows: Sheet['rows'] = [];
  for (const row of rows) {
    // Array.from, not map: map would leave the holes of missing cells as holes.
    const values = Array.from(row.values, cleanCell);
    if (values.every((value) => value === '')) continue;
    if (!headers) {
      headers = values;
      const error = headerError(values, opts);
      if (error) return fail(error);
      continue;
    }
    if (sheetRows.length === MAX_IMPORT_ROWS) return fail({ code: 'tooManyRows', max: MAX_IMPORT_ROWS });
    sheetRows.push({ rowNumber: row.rowNumber, cells: keyCells(headers, values, opts) });
  }
  if (!headers || sheetRows.length === 0) return fail({ code: 'empty' });
  return { ok: true, sheet: { headers: headers.filter((h) => h !== ''), rows: sheetRows } };
}

function cleanCell(value: string | undefined): string {
  // Our own exports neutralize formula-like text with a leading quote; undo it so a downloaded
  // file of rejected rows can be corrected and imported again unchanged.
  return restoreNeutralizedFormula((value ?? '').trim()).trim();
}

function headerError(headers: string[], opts: HeaderSpec): SheetError | null {
  const known = new Set([...opts.expectedHeaders, ...(opts.optionalHeaders ?? [])]);
  const present = headers.filter((h) => h !== '');
  const missing = opts.expectedHeaders.filter((h) => !present.includes(h));
  // A repeated header is listed as unknown: the second column has no field to go to.
  const unknown = present.filter((h, i) => !known.has(h) || present.indexOf(h) !== i);
  return missing.length || unknown.length ? { code: 'wrongHeaders', missing, unknown } : null;
}

function keyCells(headers: string[], values: string[], opts: HeaderSpec): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const header of [...opts.expectedHeaders, ...(opts.optionalHeaders ?? [])]) cells[header] = '';
  // Columns without a header (often stray formatting to the right) carry nothing to import.
  headers.forEach((header, i) => {
    if (header !== '') cells[header] = values[i] ?? '';
  });
  return cells;
}

function fail(error: SheetError): ReadResult {
  return { ok: false, error };
}
