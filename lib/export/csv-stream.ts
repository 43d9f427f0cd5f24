import { safeText, type CellValue, type SheetColumn, type SheetSource } from './cells';

const BOM = '\uFEFF';
const CRLF = '\r\n';
const NEEDS_QUOTES = /[",\r\n]/;

/** One RFC 4180 field: quoted (with doubled quotes) only when it holds a quote, comma or line break. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A cell as text Excel reads back as the same value: amounts to the cent, ratios as "45.3%", dates as YYYY-MM-DD. */
export function csvCell(value: CellValue, column: SheetColumn): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (column.type === 'wan') return value.toFixed(2);
    if (column.type === 'percent') return `${(value * 100).toFixed(1)}%`;
    return String(value);
  }
  return csvField(safeText(value));
}

/** One record with its CRLF. */
export function csvLine(values: CellValue[], columns: SheetColumn[]): string {
  return columns.map((column, i) => csvCell(values[i] ?? null, column)).join(',') + CRLF;
}

/**
 * A CSV download as a pull stream: UTF-8 with a BOM (so Excel in China opens Chinese text as UTF-8), the
 * header at once, then one chunk per batch only when the reader asks for more — a slow client never makes
 * the server hold more than a batch. Cancelling the download stops the row source.
 */
export function streamCsv(source: SheetSource): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = source.batches[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(BOM + csvLine(source.columns.map((c) => c.header), source.columns)));
        return;
      }
      const next = await iterator.next();
      if (next.done) {
        controller.enqueue(encoder.encode(csvLine(source.footer(), source.columns)));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map((row) => csvLine(row, source.columns)).join('')));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
