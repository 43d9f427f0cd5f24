import { neutralizeFormula } from '@/lib/import/write-spreadsheet';

/**
 * How a column's values are written: the same cells go to .xlsx (typed cells with a number format) and
 * to .csv (text Excel parses back into the same type).
 */
export type CellType = 'text' | 'integer' | 'wan' | 'percent' | 'date';

/** A date is its 'YYYY-MM-DD' string in a `date` column; a number stays a number in any column. */
export type CellValue = string | number | null;

export interface SheetColumn {
  header: string;
  /** In Excel character widths (a Han character counts two). */
  width: number;
  type: CellType;
}

/** What a streamed sheet holds: the columns, the rows batch by batch, then one footer row built once the rows are done. */
export interface SheetSource {
  columns: SheetColumn[];
  batches: AsyncIterable<CellValue[][]>;
  footer: () => CellValue[];
}

export const NUM_FMT: Record<Exclude<CellType, 'text'>, string> = {
  integer: '0',
  // 万元, to the cent as stored.
  wan: '#,##0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A 'YYYY-MM-DD' calendar date as the Date Excel stores for that day (midnight UTC: a whole serial number). */
export function excelDate(value: string): Date | null {
  return DAY.test(value) ? new Date(`${value}T00:00:00Z`) : null;
}

/** Text cells as written to either format: never run as a formula by Excel or WPS. */
export const safeText = neutralizeFormula;
