import { z } from 'zod';
import { errorsOfFirstRows, REASON_HEADER, type ImportRowError } from './import-rows';
import { MAX_IMPORT_BYTES, type HeaderSpec } from './read-spreadsheet';

/** The bad rows an import page lists; the counts stay exact and the download holds every bad row. */
export const SHOWN_BAD_ROWS = 500;

/** The uploaded file of an import action. The size is checked on the File before a byte of it is read into memory. */
export const importFileField = z
  .instanceof(File, { message: 'importNoFile' })
  .refine((file) => file.size > 0, 'importEmpty')
  .refine((file) => file.size <= MAX_IMPORT_BYTES, 'importTooLarge');

export const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());

/** A preview as the page receives it: the problems of the first SHOWN_BAD_ROWS bad rows, and how many rows that is. */
export function shownPreview<P extends { counts: { invalid: number }; errors: ImportRowError[] }>(preview: P): P & { shownBadRows: number } {
  return { ...preview, errors: errorsOfFirstRows(preview.errors, SHOWN_BAD_ROWS), shownBadRows: Math.min(preview.counts.invalid, SHOWN_BAD_ROWS) };
}

/** What an import page tells the user about the file: the size limit and the template's columns. */
export interface ImportFileSpec {
  maxBytes: number;
  requiredHeaders: string[];
  optionalHeaders: string[];
}

export function importFileSpec(spec: HeaderSpec): ImportFileSpec {
  return { maxBytes: MAX_IMPORT_BYTES, requiredHeaders: spec.expectedHeaders, optionalHeaders: (spec.optionalHeaders ?? []).filter((h) => h !== REASON_HEADER) };
}
