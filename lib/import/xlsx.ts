import ExcelJS from 'exceljs';
import type { RawRow } from './read-spreadsheet';

/** The rows of the workbook's first sheet, or null when the bytes are not a readable workbook
 *  (a corrupt zip, or a zip without worksheets such as a .docx or an archive). */
export async function xlsxRows(bytes: Uint8Array): Promise<Iterable<RawRow> | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  return sheet ? sheetRows(sheet) : null;
}

// A generator so the caller can stop at the row limit without converting the rest.
function* sheetRows(sheet: ExcelJS.Worksheet): Generator<RawRow> {
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.findRow(rowNumber);
    if (!row) continue;
    const values: string[] = [];
    row.eachCell((cell, col) => {
      values[col - 1] = cellText(cell);
    });
    yield { rowNumber, values };
  }
}

/** What Excel shows in the cell, never a computed value: formulas are not evaluated here. */
function cellText(cell: ExcelJS.Cell): string {
  // A merged range shows its text once, in its top-left cell; exceljs repeats it in every cell.
  if (cell.isMerged && cell.master !== cell) return '';
  const value = cell.value;
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    // A file saved by Excel carries the last computed result; one written by a program may not.
    return value.result === undefined ? `=${cell.formula}` : valueText(value.result);
  }
  return valueText(value);
}

function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  // exceljs types hyperlink text as a string, but it is rich text when the link text is formatted.
  if ('hyperlink' in value) return valueText(value.text);
  if ('error' in value) return value.error;
  return '';
}

function numberText(value: number): string {
  // Long digit strings typed as numbers (ID or account numbers) must not come back as 1.23e+21.
  if (Number.isInteger(value)) return BigInt(value).toString();
  // Excel shows at most 15 significant digits, so 0.1 + 0.2 reads as 0.3, not 0.30000000000000004.
  return String(Number(value.toPrecision(15)));
}
