import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkEvidenceFile, detectEvidenceType, MAX_EVIDENCE_BYTES } from './file-type';

const bytes = (...b: number[]) => new Uint8Array(b);
const PDF = new TextEncoder().encode('%PDF-1.7\n%%EOF');
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
const JPG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10);
const EXE = bytes(0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0);
const PLAIN_ZIP = new Uint8Array([...bytes(0x50, 0x4b, 0x03, 0x04), ...new TextEncoder().encode('payload/evil.sh')]);

describe('detectEvidenceType', () => {
  it('knows PDF, JPG and PNG by their first bytes', () => {
    expect(detectEvidenceType(PDF)).toBe('pdf');
    expect(detectEvidenceType(JPG)).toBe('jpg');
    expect(detectEvidenceType(PNG)).toBe('png');
  });

  it('tells a real .xlsx from another zip', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('a').addRow(['x']);
    expect(detectEvidenceType(new Uint8Array(await book.xlsx.writeBuffer()))).toBe('xlsx');
    expect(detectEvidenceType(PLAIN_ZIP)).toBeNull();
  });

  it('refuses programs, text and empty files', () => {
    expect(detectEvidenceType(EXE)).toBeNull();
    expect(detectEvidenceType(new TextEncoder().encode('<html><script>'))).toBeNull();
    expect(detectEvidenceType(new Uint8Array())).toBeNull();
  });
});

describe('checkEvidenceFile', () => {
  it('accepts a file whose name matches its content, any case', () => {
    expect(checkEvidenceFile('营业执照.PDF', PDF)).toEqual({ ok: true, type: 'pdf', mime: 'application/pdf' });
    expect(checkEvidenceFile('现场.jpeg', JPG)).toMatchObject({ ok: true, type: 'jpg' });
  });

  it('refuses a lying extension, an unknown type and an oversized file', () => {
    expect(checkEvidenceFile('协议.pdf', EXE)).toEqual({ ok: false, problem: 'fileTypeNotAllowed' });
    expect(checkEvidenceFile('协议.png', PDF)).toEqual({ ok: false, problem: 'fileTypeMismatch' });
    expect(checkEvidenceFile('协议', PDF)).toEqual({ ok: false, problem: 'fileTypeMismatch' });
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    big.set(PDF);
    expect(checkEvidenceFile('协议.pdf', big)).toEqual({ ok: false, problem: 'fileTooLarge' });
  });
});
