import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type HeaderSpec, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, MAX_XLSX_UNZIPPED_BYTES, readSpreadsheet } from './read-spreadsheet';
import { buildXlsx } from './write-spreadsheet';

const headers: HeaderSpec = { expectedHeaders: ['企业名称', '联系人'], optionalHeaders: ['备注'] };

const utf8 = (text: string) => new TextEncoder().encode(text);

async function read(bytes: Uint8Array, opts: HeaderSpec = headers) {
  return readSpreadsheet(bytes, opts);
}

async function rowsOf(bytes: Uint8Array, opts: HeaderSpec = headers) {
  const result = await read(bytes, opts);
  if (!result.ok) throw new Error(`unexpected ${JSON.stringify(result.error)}`);
  return result.sheet.rows;
}

async function xlsx(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Sheet1'));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// Deterministic "random" bytes, so a failure can be reproduced.
function noise(length: number, seed = 42): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A minimal valid zip archive of deflated entries, as any zip tool would write it. */
function zip(entries: Record<string, Uint8Array>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(entries)) {
    const packed = zlib.deflateRawSync(data);
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed
      header.writeUInt16LE(8, at + 4); // deflate
      header.writeUInt16LE(0x21, at + 8); // 1980-01-01
      header.writeUInt32LE(crc32(data), at + 10);
      header.writeUInt32LE(packed.length, at + 14);
      header.writeUInt32LE(data.length, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    fields(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, Buffer.from(name), packed);
    centrals.push(central, Buffer.from(name));
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

describe('readSpreadsheet: CSV', () => {
  it('reads UTF-8 with and without a BOM, keyed by header, trimmed', async () => {
    const csv = ' 企业名称 ,联系人,备注\r\n 宁德新能源有限公司 , 张三 ,\r\n';
    const expected = [{ rowNumber: 2, cells: { 企业名称: '宁德新能源有限公司', 联系人: '张三', 备注: '' } }];
    expect(await rowsOf(utf8(csv))).toEqual(expected);
    expect(await rowsOf(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(csv)]))).toEqual(expected);
  });

  it('reads GB18030, which Excel in China saves CSV as', async () => {
    const gb = (hex: string) => [...Buffer.from(hex, 'hex')];
    const qiYeMingCheng = gb('C6F3D2B5C3FBB3C6');
    const zhangSan = gb('D5C5C8FD');
    expect(new TextDecoder('gb18030').decode(new Uint8Array(qiYeMingCheng))).toBe('企业名称');
    expect(new TextDecoder('gb18030').decode(new Uint8Array(zhangSan))).toBe('张三');
    const bytes = new Uint8Array([...qiYeMingCheng, ...utf8(',Contact\r\nAcme Ltd,'), ...zhangSan, ...utf8('\r\n')]);
    expect(await rowsOf(bytes, { expectedHeaders: ['企业名称', 'Contact'] })).toEqual([
      { rowNumber: 2, cells: { 企业名称: 'Acme Ltd', Contact: '张三' } },
    ]);
  });

  it('follows RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes, LF or CRLF', async () => {
    const csv = '企业名称,联系人,备注\n"Acme, Inc.","Li ""Lee"" Ming","line one\r\nline two"\r\nB,C,D';
    expect(await rowsOf(utf8(csv))).toEqual([
      { rowNumber: 2, cells: { 企业名称: 'Acme, Inc.', 联系人: 'Li "Lee" Ming', 备注: 'line one\r\nline two' } },
      { rowNumber: 3, cells: { 企业名称: 'B', 联系人: 'C', 备注: 'D' } },
    ]);
  });

  it('numbers rows as Excel shows them: empty rows skipped but counted, a quoted line break stays in its row', async () => {
    const csv = '\n企业名称,联系人\n"A\nA",a\n\n , \nB,b\n';
    const rows = await rowsOf(utf8(csv));
    expect(rows.map((r) => [r.rowNumber, r.cells.企业名称])).toEqual([[3, 'A\nA'], [6, 'B']]);
  });

  it('accepts columns in any order and ignores columns without a header', async () => {
    const rows = await rowsOf(utf8('联系人,,企业名称\n张三,stray,Acme\n'));
    expect(rows).toEqual([{ rowNumber: 2, cells: { 企业名称: 'Acme', 联系人: '张三', 备注: '' } }]);
  });
});

describe('readSpreadsheet: XLSX', () => {
  it('round-trips a file from buildXlsx, undoing its formula neutralization', async () => {
    const bytes = await buildXlsx('导入模板', ['企业名称', '联系人', '备注'], [
      ['宁德新能源有限公司', '张三', '=1+1'],
      ['Acme', '+86 138 0000 0000', '多行\n备注'],
    ]);
    const result = await read(bytes);
    expect(result).toEqual({
      ok: true,
      sheet: {
        headers: ['企业名称', '联系人', '备注'],
        rows: [
          { rowNumber: 2, cells: { 企业名称: '宁德新能源有限公司', 联系人: '张三', 备注: '=1+1' } },
          { rowNumber: 3, cells: { 企业名称: 'Acme', 联系人: '+86 138 0000 0000', 备注: '多行\n备注' } },
        ],
      },
    });
  });

  it('reads formulas as text and never evaluates them', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['企业名称', '联系人', '备注']);
      sheet.addRow([{ formula: 'A3&"x"', result: 'cached' }, { formula: 'SUM(1,2)' }, { formula: '1/0', result: { error: '#DIV/0!' } }]);
    });
    expect((await rowsOf(bytes))[0].cells).toEqual({ 企业名称: 'cached', 联系人: '=SUM(1,2)', 备注: '#DIV/0!' });
  });

  it('reads each cell as its displayed text', async () => {
    const opts = { expectedHeaders: ['date', 'id', 'decimal', 'bool', 'rich', 'link', 'cached date'] };
    const bytes = await xlsx((sheet) => {
      sheet.addRow(opts.expectedHeaders);
      sheet.addRow([
        new Date(Date.UTC(2024, 0, 5)),
        123456789012345,
        0.1 + 0.2,
        true,
        { richText: [{ text: '宁德', font: { bold: true } }, { text: '时代' }] },
        { text: '官网', hyperlink: 'https://example.com' },
        { formula: 'TODAY()', result: new Date(Date.UTC(2024, 1, 2)) },
      ]);
      sheet.getCell('G2').numFmt = 'yyyy-mm-dd';
    });
    expect((await rowsOf(bytes, opts))[0].cells).toEqual({
      date: '2024-01-05',
      id: '123456789012345',
      decimal: '0.3',
      bool: 'TRUE',
      rich: '宁德时代',
      link: '官网',
      'cached date': '2024-02-02',
    });
  });

  it('writes huge integers out in digits, never with an exponent', async () => {
    const opts = { expectedHeaders: ['big', 'bigger'] };
    const bytes = await xlsx((sheet) => {
      sheet.addRow(opts.expectedHeaders);
      sheet.addRow([2 ** 60, 1e21]);
    });
    expect((await rowsOf(bytes, opts))[0].cells).toEqual({ big: '1152921504606846976', bigger: '1000000000000000000000' });
  });

  it('shows a merged cell once and numbers rows as in the sheet', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.getCell('A2').value = '企业名称';
      sheet.getCell('B2').value = '联系人';
      sheet.getCell('A3').value = 'Acme';
      sheet.getCell('A5').value = '宁德';
      sheet.getCell('B5').value = '张三';
      sheet.mergeCells('A3:B3');
    });
    const rows = await rowsOf(bytes);
    expect(rows.map((r) => [r.rowNumber, r.cells.企业名称, r.cells.联系人])).toEqual([[3, 'Acme', ''], [5, '宁德', '张三']]);
  });
});

describe('readSpreadsheet: refusals', () => {
  it('calls a file without data rows empty', async () => {
    expect(await read(new Uint8Array())).toEqual({ ok: false, error: { code: 'empty' } });
    expect(await read(utf8('\r\n , \r\n'))).toEqual({ ok: false, error: { code: 'empty' } });
    expect(await read(utf8('企业名称,联系人\r\n\r\n'))).toEqual({ ok: false, error: { code: 'empty' } });
    expect(await read(await buildXlsx('导入模板', ['企业名称', '联系人'], []))).toEqual({ ok: false, error: { code: 'empty' } });
  });

  it('refuses binary content that is not a spreadsheet', async () => {
    const withoutNul = noise(4096).map((byte) => byte || 1);
    const pdf = new Uint8Array([...utf8('%PDF-1.7\n'), ...noise(2048, 7)]);
    for (const bytes of [noise(4096), withoutNul, pdf]) {
      expect(await read(bytes)).toEqual({ ok: false, error: { code: 'notSpreadsheet' } });
    }
  });

  it('refuses a zip that is not a workbook, and a corrupt zip', async () => {
    const archive = zip({ 'readme.txt': utf8('企业名称,联系人\nAcme,张三\n') });
    const corrupt = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...noise(500)]);
    expect(await read(archive)).toEqual({ ok: false, error: { code: 'notSpreadsheet' } });
    expect(await read(corrupt)).toEqual({ ok: false, error: { code: 'notSpreadsheet' } });
  });

  it('lists missing and unknown headers; a repeated header is unknown', async () => {
    expect(await read(utf8('企业名称,传真,备注,企业名称\nAcme,1,2,3\n'))).toEqual({
      ok: false,
      error: { code: 'wrongHeaders', missing: ['联系人'], unknown: ['传真', '企业名称'] },
    });
  });

  it('refuses more than the row limit, accepts exactly the limit', async () => {
    const csv = (rows: number) => utf8(`企业名称,联系人\n${'Acme,张三\n'.repeat(rows)}`);
    expect(await rowsOf(csv(MAX_IMPORT_ROWS))).toHaveLength(MAX_IMPORT_ROWS);
    expect(await read(csv(MAX_IMPORT_ROWS + 1))).toEqual({ ok: false, error: { code: 'tooManyRows', max: MAX_IMPORT_ROWS } });
  });

  it('refuses files over the size limit before reading them', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41);
    expect(await read(big)).toEqual({ ok: false, error: { code: 'tooLarge' } });
  });

  it('refuses an .xlsx that would unzip to more than the server can hold', async () => {
    const bomb = zip({ 'xl/worksheets/sheet1.xml': new Uint8Array(MAX_XLSX_UNZIPPED_BYTES + 1) });
    expect(bomb.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(await read(bomb)).toEqual({ ok: false, error: { code: 'tooLarge' } });
  });
});
