import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { excelDate, NUM_FMT, safeText, type CellValue, type SheetColumn, type SheetSource } from './cells';

// About two batches of sheet XML (a project row is ~1 KB): one compresses while the next is queried.
const MAX_BACKLOG_BYTES = 4 * 1024 * 1024;
const POLL_MS = 5;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFB8C2CC' } };

/**
 * An .xlsx download written row by row with ExcelJS's streaming writer: each row is committed (turned into
 * XML and handed to the zip) as soon as it is added, so memory holds a few batches at most whatever the row
 * count, and the zip's first bytes leave before the first query returns. Row 1 is the title merged across
 * the columns, row 2 the header (both frozen), then the rows and the footer.
 *
 * The reader's pace is respected: the next batch is fetched only once no more than MAX_BACKLOG_BYTES of
 * sheet XML and zip bytes wait for the download. A cancelled download stops the row source.
 */
export function streamXlsx(source: SheetSource & { sheetName: string; title: string }): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  writeWorkbook(out, source).catch((error: unknown) => {
    console.error('xlsx export failed:', error);
    // The client sees a broken download rather than a file that looks complete.
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return toWebStream(out);
}

/**
 * The zip's bytes as a Response body, read only when the client asks for more. Not Readable.toWeb: on
 * Node 20 its 'data' listener outlives a cancelled download and throws "Controller is already closed"
 * as an uncaught exception. Returning the iterator destroys `out`, which stops the writer.
 */
function toWebStream(out: PassThrough): ReadableStream<Uint8Array> {
  const chunks: AsyncIterator<Buffer> = out[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}

async function writeWorkbook(out: PassThrough, source: SheetSource & { sheetName: string; title: string }): Promise<void> {
  const { columns } = source;
  // Inline strings: a shared-strings table would keep every distinct text in memory until the end.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(source.sheetName, { views: [{ state: 'frozen', xSplit: 0, ySplit: 2, topLeftCell: 'A3' }] });
  sheet.columns = columns.map((c) => ({ width: c.width }));

  const title = sheet.addRow([safeText(source.title)]);
  sheet.mergeCells(1, 1, 1, columns.length);
  title.height = 24;
  title.getCell(1).font = { bold: true, size: 13 };
  title.getCell(1).alignment = { vertical: 'middle' };
  title.commit();

  const header = sheet.addRow(columns.map((c) => safeText(c.header)));
  header.height = 30;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  header.commit();

  for await (const batch of source.batches) {
    for (const values of batch) writeRow(sheet, columns, values).commit();
    await caughtUp(sheet, out);
    // The download was cancelled: leaving the loop closes the row source (and its query cursor).
    if (out.destroyed) return;
  }
  const footer = writeRow(sheet, columns, source.footer());
  footer.font = { bold: true };
  footer.border = { top: THIN };
  footer.commit();
  sheet.commit();
  await workbook.commit();
}

function writeRow(sheet: ExcelJS.Worksheet, columns: SheetColumn[], values: CellValue[]): ExcelJS.Row {
  const cells = columns.map((column, i) => xlsxValue(values[i] ?? null, column));
  const row = sheet.addRow(cells);
  cells.forEach((cell, i) => {
    const { type } = columns[i];
    if (cell instanceof Date) row.getCell(i + 1).numFmt = NUM_FMT.date;
    else if (typeof cell === 'number' && type !== 'text' && type !== 'date') row.getCell(i + 1).numFmt = NUM_FMT[type];
  });
  return row;
}

/** Numbers stay numbers, dates become real dates, any other text is neutralised. */
function xlsxValue(value: CellValue, column: SheetColumn): ExcelJS.CellValue {
  if (value === null || typeof value === 'number') return value;
  if (column.type === 'date') return excelDate(value) ?? safeText(value);
  return safeText(value);
}

/**
 * Resolves when the download has caught up enough to take another batch (at once when it keeps up), or has
 * gone away. ExcelJS's streaming writer hands each committed row's XML to the zip without heeding
 * backpressure (its StreamBuf ignores write()'s answer, and buffers everything until the zip starts
 * reading it), so with a slow client the rows would pile up there, not in `out`. We poll that backlog:
 * there is no event to wait on inside StreamBuf.
 */
async function caughtUp(sheet: ExcelJS.Worksheet, out: PassThrough): Promise<void> {
  while (!out.destroyed && backlogBytes(sheet, out) > MAX_BACKLOG_BYTES) await sleep(POLL_MS);
}

interface SheetStreamInternals {
  buffers?: { length?: unknown }[];
  pipes?: { writableLength?: unknown; _writableState?: { length?: unknown } }[];
}

const bytesOf = (value: unknown) => (typeof value === 'number' ? value : 0);

/**
 * Sheet XML not yet compressed plus zip bytes not yet downloaded. The first part reads ExcelJS 4.4 internals
 * (StreamBuf's buffers and the archiver's input stream, a `readable-stream` PassThrough without
 * writableLength), defensively: should they change, this counts `out` alone.
 */
function backlogBytes(sheet: ExcelJS.Worksheet, out: PassThrough): number {
  const stream = (sheet as unknown as { stream?: SheetStreamInternals }).stream;
  let bytes = out.writableLength + out.readableLength;
  for (const buffer of Array.isArray(stream?.buffers) ? stream.buffers : []) bytes += bytesOf(buffer?.length);
  for (const pipe of Array.isArray(stream?.pipes) ? stream.pipes : []) bytes += bytesOf(pipe?.writableLength ?? pipe?._writableState?.length);
  return bytes;
}
