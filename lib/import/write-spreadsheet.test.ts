import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildXlsx, neutralizeFormula, restoreNeutralizedFormula } from './write-spreadsheet';

describe('neutralizeFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86 138 0000 0000', "'+86 138 0000 0000"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
    ['普通', '普通'],
    ['a=1', 'a=1'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(neutralizeFormula(value)).toBe(expected);
  });
});

describe('restoreNeutralizedFormula', () => {
  it('undoes neutralizeFormula and leaves other leading quotes alone', () => {
    for (const value of ['=1+1', '-5', '@x', '\tx', '普通']) {
      expect(restoreNeutralizedFormula(neutralizeFormula(value))).toBe(value);
    }
    expect(restoreNeutralizedFormula("'quoted'")).toBe("'quoted'");
  });
});

describe('buildXlsx', () => {
  async function open(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    return workbook.worksheets[0];
  }

  it('writes one named sheet: a bold header row, then neutralized text cells', async () => {
    const sheet = await open(await buildXlsx('导入模板', ['企业名称', '联系电话', '原因'], [['宁德新能源有限公司', '+86 138 0000 0000', '=HYPERLINK("x")']]));
    expect(sheet.name).toBe('导入模板');
    expect(sheet.getRow(1).values).toEqual([undefined, '企业名称', '联系电话', '原因']);
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect(sheet.getRow(2).values).toEqual([undefined, '宁德新能源有限公司', "'+86 138 0000 0000", '\'=HYPERLINK("x")']);
    expect(sheet.getCell('A2').font?.bold).toBeFalsy();
    expect(sheet.getCell('C2').formula).toBeUndefined();
  });

  it('formats columns as text so typed ID and phone numbers keep their digits', async () => {
    const sheet = await open(await buildXlsx('s', ['统一社会信用代码'], [['0123']]));
    expect(sheet.getColumn(1).numFmt).toBe('@');
    expect(sheet.getCell('A2').value).toBe('0123');
  });

  it('fits column widths to the longest line, counting Chinese characters double', async () => {
    const sheet = await open(await buildXlsx('s', ['A', 'B', 'C'], [['宁德新能源科技有限公司', 'ab\nabcdefghijk', 'x'.repeat(200)], ['', '', '']]));
    const [chinese, latin, long] = [1, 2, 3].map((i) => sheet.getColumn(i).width ?? 0);
    expect(chinese).toBe(24);
    expect(latin).toBe(13);
    expect(long).toBe(50);
  });
});
