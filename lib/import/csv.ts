import type { RawRow } from './read-spreadsheet';

// Legitimate CSV text has almost no control characters besides tab and line breaks;
// anything above this share is a binary file that happened to decode.
const MAX_CONTROL_CHAR_SHARE = 0.05;
const CONTROL_CHARS = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/g;

/** The CSV's text, or null when the bytes are not text. UTF-8 (BOM or not) first; bytes that are not
 *  valid UTF-8 are read as GB18030, which is what Excel in China saves "CSV" as. */
export function decodeCsvText(bytes: Uint8Array): string | null {
  // No text encoding we accept ever produces a NUL byte, while nearly every binary format does.
  if (bytes.includes(0)) return null;
  const text = decodeFirst(bytes, ['utf-8', 'gb18030']);
  if (text === null) return null;
  const controlChars = text.match(CONTROL_CHARS)?.length ?? 0;
  return controlChars > text.length * MAX_CONTROL_CHAR_SHARE ? null : text;
}

function decodeFirst(bytes: Uint8Array, encodings: string[]): string | null {
  for (const encoding of encodings) {
    try {
      // `fatal` makes a wrong guess throw instead of silently producing U+FFFD.
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // Try the next encoding.
    }
  }
  return null;
}

/** RFC 4180 records, numbered as Excel shows them: a line break inside quotes stays in its row.
 *  Lenient like Excel about stray quotes, so a hand-edited file still reads. */
export function* csvRows(text: string): Generator<RawRow> {
  let rowNumber = 1;
  let values: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && isFieldStart(text, i)) {
      quoted = true;
    } else if (ch === ',') {
      values.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      values.push(field);
      yield { rowNumber: rowNumber++, values };
      values = [];
      field = '';
    } else {
      field += ch;
    }
  }
  // The last line may lack a line break; a trailing line break does not start another row.
  if (field !== '' || values.length > 0) {
    values.push(field);
    yield { rowNumber, values };
  }
}

function isFieldStart(text: string, i: number): boolean {
  const before = text[i - 1];
  return i === 0 || before === ',' || before === '\n' || before === '\r';
}
