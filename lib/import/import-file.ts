import { createTranslator } from 'next-intl';
import { DomainError, type DomainErrorCode } from '@/lib/errors';
import zhCN from '@/messages/zh-CN.json';
import { REASON_HEADER, type ImportRowError } from './import-rows';
import { readSpreadsheet, type HeaderSpec, type Sheet, type SheetError } from './read-spreadsheet';
import { buildXlsx } from './write-spreadsheet';

const FILE_ERRORS: Record<SheetError['code'], DomainErrorCode> = {
  empty: 'importEmpty',
  tooLarge: 'importTooLarge',
  tooManyRows: 'importTooManyRows',
  notSpreadsheet: 'importNotSpreadsheet',
  wrongHeaders: 'importWrongHeaders',
};

/** Reads an uploaded import file; a file that cannot be imported at all is a DomainError. */
export async function readImportSheet(bytes: Uint8Array, spec: HeaderSpec): Promise<Sheet> {
  const read = await readSpreadsheet(bytes, spec);
  if (!read.ok) throw new DomainError(FILE_ERRORS[read.error.code]);
  return read.sheet;
}

/** The sheet's rows that have errors, with all the template's columns and a 错误原因 column, to fix and import again. */
export function rejectedRowsFile(sheet: Sheet, errors: ImportRowError[], headers: string[]): Promise<Uint8Array> {
  const errorsByRow = new Map<number, ImportRowError[]>();
  for (const e of errors) errorsByRow.set(e.rowNumber, [...(errorsByRow.get(e.rowNumber) ?? []), e]);
  const rows = sheet.rows
    .filter((r) => errorsByRow.has(r.rowNumber))
    .map((r) => [...headers.map((h) => r.cells[h] ?? ''), reasonText(r.rowNumber, errorsByRow.get(r.rowNumber)!)]);
  return buildXlsx('出错的行', [...headers, REASON_HEADER], rows);
}

// The reasons go into a file whose headers are Chinese, so they are Chinese too, whatever the UI language.
const translate = createTranslator({ locale: 'zh-CN', messages: zhCN, namespace: 'errors' }) as unknown as {
  (key: string, values?: Record<string, number>): string;
  has(key: string): boolean;
};

function reasonText(rowNumber: number, errors: ImportRowError[]): string {
  const reasons = errors.map((e) => `${e.column}：${translate(translate.has(e.message) ? e.message : 'invalid', e.params)}`);
  return `原第 ${rowNumber} 行 · ${reasons.join('；')}`;
}
