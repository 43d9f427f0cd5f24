import ExcelJS from 'exceljs';

// Text Excel or WPS would run as a formula (OWASP "CSV injection"), including when a user re-saves
// the file as CSV and opens it again.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEUTRALIZED = /^'(?=[=+\-@\t\r])/;

const MIN_COLUMN_WIDTH = 8;
const MAX_COLUMN_WIDTH = 50;
// Han characters and full-width punctuation take about two character widths in Excel's default font.
const WIDE_CHAR = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** A cell text safe to open in Excel/WPS: text starting with = + - @ (or a tab/CR) gets a leading single
 *  quote so it is never run as a formula. This applies to numeric-looking text such as '-5' too, since a
 *  string cell cannot tell. */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `neutralizeFormula`, for reading back a file this module wrote. */
export function restoreNeutralizedFormula(value: string): string {
  return value.replace(NEUTRALIZED, '');
}

/** An .xlsx with one sheet: a bold header row, then the rows as text cells, neutralized. Columns are wide
 *  enough for their longest line of Chinese text and are formatted as text, so numbers typed into the
 *  template (ID, phone or credit-code numbers) keep their digits and leading zeros. */
export async function buildXlsx(sheetName: string, headers: string[], rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = headers.map((header, i) => ({
    width: columnWidth([header, ...rows.map((row) => row[i] ?? '')]),
    style: { numFmt: '@' },
  }));
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(neutralizeFormula));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** An import template: the columns' headers in template order and one example row that shows each column's format. */
export function templateXlsx<K extends string>(sheetName: string, columns: Record<K, string>, example: Record<K, string>): Promise<Uint8Array> {
  const keys = Object.keys(columns) as K[];
  return buildXlsx(sheetName, keys.map((key) => columns[key]), [keys.map((key) => example[key])]);
}

function columnWidth(texts: string[]): number {
  const widest = texts.reduce((max, text) => Math.max(max, ...text.split('\n').map(displayWidth)), 0);
  return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, widest + 2));
}

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE_CHAR.test(ch) ? 2 : 1;
  return width;
}
