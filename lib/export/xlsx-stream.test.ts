import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import type { CellValue, SheetColumn } from './cells';
import { streamXlsx } from './xlsx-stream';

const columns: SheetColumn[] = [
  { header: '序号', width: 6, type: 'integer' },
  { header: '名称', width: 30, type: 'text' },
  { header: '金额(万元)', width: 16, type: 'wan' },
  { header: '到位率', width: 10, type: 'percent' },
  { header: '日期', width: 12, type: 'date' },
];

async function open(stream: ReadableStream<Uint8Array>): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await new Response(stream).arrayBuffer()) as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0];
}

const values = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

describe('streamXlsx', () => {
  it('writes the merged title, a styled frozen header, typed rows and the footer', async () => {
    async function* batches(): AsyncGenerator<CellValue[][]> {
      yield [[1, '=危险', 1234.5, 0.25, '2026-03-18']];
      yield [[2, '普通', null, 0, null]];
    }
    const sheet = await open(streamXlsx({ sheetName: '清单', title: '清单 · 共 2 个', columns, batches: batches(), footer: () => ['合计', '共 2 个', 1234.5, 0.125, null] }));
    expect(sheet.name).toBe('清单');
    expect(sheet.getCell('A1').value).toBe('清单 · 共 2 个');
    expect(sheet.getCell('E1').isMerged).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(values(sheet, 2)).toEqual(columns.map((c) => c.header));
    expect(sheet.getCell('B2').font?.bold).toBe(true);
    expect(sheet.getCell('B2').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(values(sheet, 3)).toEqual([1, "'=危险", 1234.5, 0.25, new Date('2026-03-18T00:00:00Z')]);
    expect(['C3', 'D3', 'E3'].map((a) => sheet.getCell(a).numFmt)).toEqual(['#,##0.00', '0.0%', 'yyyy-mm-dd']);
    expect(values(sheet, 4)).toEqual([2, '普通', undefined, 0]);
    expect(values(sheet, 5)).toEqual(['合计', '共 2 个', 1234.5, 0.125]);
    expect(sheet.getCell('A5').font?.bold).toBe(true);
    expect(sheet.getColumn(2).width).toBe(30);
  });

  it('stops reading the source when the download is cancelled', async () => {
    let produced = 0;
    let closed = false;
    async function* batches(): AsyncGenerator<CellValue[][]> {
      try {
        for (let b = 0; b < 1000; b++) {
          produced += 1;
          yield Array.from({ length: 2000 }, (_, i) => [b * 2000 + i + 1, `项目${i}`.repeat(5), i, 0.5, '2026-01-01']);
        }
      } finally {
        closed = true;
      }
    }
    const reader = streamXlsx({ sheetName: 's', title: 't', columns, batches: batches(), footer: () => [] }).getReader();
    await reader.read();
    await reader.cancel();
    // The writer notices between batches; a loaded machine may take a moment to finish the current one.
    await vi.waitFor(() => expect(closed).toBe(true), { timeout: 5000 });
    expect(produced).toBeLessThan(1000);
  });

  it('waits for a slow download instead of piling rows up in memory', async () => {
    let produced = 0;
    async function* batches(): AsyncGenerator<CellValue[][]> {
      for (let b = 0; b < 60; b++) {
        produced += 1;
        yield Array.from({ length: 2000 }, (_, i) => [b * 2000 + i + 1, `未读项目${b}-${i}-${Math.random().toString(36)}`.repeat(4), i * 1.01, 0.5, '2026-01-01']);
      }
    }
    const reader = streamXlsx({ sheetName: 's', title: 't', columns, batches: batches(), footer: () => [] }).getReader();
    await reader.read();
    // Let the writer run until it stalls: unthrottled it would go on to all 60 batches.
    let seen = -1;
    for (let waited = 0; produced !== seen && waited < 20_000; waited += 500) {
      seen = produced;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // A few batches' XML waits in the zip's queue (MAX_BACKLOG_BYTES), not all 60.
    expect(produced).toBeLessThan(30);
    await reader.cancel();
  });

  it('breaks the download when the source fails, rather than ending a file that looks complete', async () => {
    async function* batches(): AsyncGenerator<CellValue[][]> {
      yield [[1, 'a', 1, 0, null]];
      throw new Error('database went away');
    }
    const error = console.error;
    console.error = () => {};
    try {
      await expect(new Response(streamXlsx({ sheetName: 's', title: 't', columns, batches: batches(), footer: () => [] })).arrayBuffer()).rejects.toThrow('database went away');
    } finally {
      console.error = error;
    }
  });
});
