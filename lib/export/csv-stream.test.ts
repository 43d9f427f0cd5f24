import { describe, expect, it } from 'vitest';
import type { CellValue, SheetColumn } from './cells';
import { csvCell, csvField, csvLine, streamCsv } from './csv-stream';

const text: SheetColumn = { header: '名称', width: 10, type: 'text' };
const wan: SheetColumn = { header: '金额(万元)', width: 10, type: 'wan' };
const percent: SheetColumn = { header: '到位率', width: 10, type: 'percent' };
const date: SheetColumn = { header: '日期', width: 10, type: 'date' };

describe('csvField', () => {
  it.each([
    ['普通', '普通'],
    ['a,b', '"a,b"'],
    ['说"明"', '"说""明"""'],
    ['两\n行', '"两\n行"'],
    ['回车\r', '"回车\r"'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('csvCell', () => {
  it('writes amounts to the cent, ratios as percent, dates as they are, nothing for null', () => {
    expect(csvCell(8000, wan)).toBe('8000.00');
    expect(csvCell(6000.5, wan)).toBe('6000.50');
    expect(csvCell(0.375, percent)).toBe('37.5%');
    expect(csvCell(3, { ...text, type: 'integer' })).toBe('3');
    expect(csvCell('2026-03-18', date)).toBe('2026-03-18');
    expect(csvCell(null, wan)).toBe('');
  });

  it('neutralises text that a spreadsheet would run as a formula, then quotes it if needed', () => {
    expect(csvCell('=1+1', text)).toBe("'=1+1");
    expect(csvCell('-5', text)).toBe("'-5");
    expect(csvCell('@SUM(A1)', text)).toBe("'@SUM(A1)");
    expect(csvCell('+86 138', text)).toBe("'+86 138");
    expect(csvCell('\t=cmd', text)).toBe("'\t=cmd");
    expect(csvCell('\r=cmd', text)).toBe('"\'\r=cmd"');
    expect(csvCell('=HYPERLINK("x","y")', text)).toBe(`"'=HYPERLINK(""x"",""y"")"`);
  });

  it('ends each line with CRLF', () => {
    expect(csvLine(['a', 1.5, null], [text, wan, percent])).toBe('a,1.50,\r\n');
  });
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe('streamCsv', () => {
  it('writes the BOM and header, the batches and the footer', async () => {
    async function* batches(): AsyncGenerator<CellValue[][]> {
      yield [['甲', 1]];
      yield [['乙', 2.25], ['=丙', null]];
    }
    const body = await readAll(streamCsv({ columns: [text, wan], batches: batches(), footer: () => ['合计', 3.25] }));
    expect(body).toBe('\uFEFF名称,金额(万元)\r\n甲,1.00\r\n乙,2.25\r\n\'=丙,\r\n合计,3.25\r\n');
  });

  it('reads the next batch only when the reader asks, and stops the source when cancelled', async () => {
    let produced = 0;
    let closed = false;
    async function* batches(): AsyncGenerator<CellValue[][]> {
      try {
        for (;;) {
          produced += 1;
          yield [[`第${produced}批`, produced]];
        }
      } finally {
        closed = true;
      }
    }
    const reader = streamCsv({ columns: [text, wan], batches: batches(), footer: () => [] }).getReader();
    await reader.read(); // BOM and header
    await reader.read(); // batch 1
    await new Promise((resolve) => setTimeout(resolve, 10));
    // The stream's queue may hold one batch ahead, never the endless rest.
    expect(produced).toBeLessThanOrEqual(2);
    await reader.cancel();
    expect(closed).toBe(true);
  });
});
