import { and, count, eq, inArray, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLogs, contacts, enterprises } from '@/db/schema';
import { expectDomainError } from '@/db/test-expect';
import { makeChainNode, makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { nameGrams, nameKey, searchForm } from '@/lib/enterprise-name';
import { targetScore } from '@/lib/enterprise-tags';
import { IMPORT_HEADER_SPEC } from '@/lib/import/enterprise-columns';
import { REASON_HEADER } from '@/lib/import/import-rows';
import { importTemplateXlsx } from '@/lib/import/enterprise-template';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, readSpreadsheet } from '@/lib/import/read-spreadsheet';
import { csvFile, freshValues, utf8 } from '@/lib/import/test-files';
import { commitEnterpriseImport, previewEnterpriseImport, rejectedRowsXlsx } from './enterprise-import';
import type { Viewer } from './viewer';

withTestDb();

let admin: Viewer;
let officer: Viewer;
let otherOfficer: Viewer;
let leader: Viewer;
let liaison: Viewer;
let chainId: string;
let nodeId: string;

beforeAll(async () => {
  const [team, otherTeam] = [await makeTeam(), await makeTeam()];
  admin = await makeViewer('admin');
  officer = await makeViewer('officer', team);
  otherOfficer = await makeViewer('officer', otherTeam);
  leader = await makeViewer('leader');
  liaison = await makeViewer('liaison');
  // The demo zone's chain and link, which the template's example row names.
  ({ chainId, nodeId } = await makeChainNode(admin, '汽车及零部件', '车规级芯片'));
});

const values = freshValues(100_000_000, '测试企业');
const [nextUscc, nextName] = [values.uscc, values.firm];

/** A file of just names (and USCCs, when given). */
const namesCsv = (rows: [name: string, uscc?: string][]) => csvFile(['企业名称', '统一社会信用代码'], rows.map(([name, uscc = '']) => [name, uscc]));

async function enterpriseByUscc(uscc: string) {
  const db = await getDb();
  const [row] = await db.select().from(enterprises).where(eq(enterprises.uscc, uscc));
  return row;
}

async function counts() {
  const db = await getDb();
  const [[e], [a], [c]] = await Promise.all([
    db.select({ n: count() }).from(enterprises),
    db.select({ n: count() }).from(auditLogs),
    db.select({ n: count() }).from(contacts),
  ]);
  return { enterprises: e.n, audits: a.n, contacts: c.n };
}

describe('previewEnterpriseImport', () => {
  it('accepts the downloadable template, whose example row is valid', async () => {
    const preview = await previewEnterpriseImport(admin, await importTemplateXlsx());
    expect(preview).toEqual({ counts: { read: 1, valid: 1, invalid: 0, existing: 0, existingNotYours: 0 }, errors: [] });
  });

  it('refuses empty files, files without data rows, wrong headers, non-spreadsheets and oversized files', async () => {
    await expectDomainError(previewEnterpriseImport(officer, new Uint8Array()), 'importEmpty');
    await expectDomainError(previewEnterpriseImport(officer, utf8('企业名称,城市\r\n\r\n')), 'importEmpty');
    await expectDomainError(previewEnterpriseImport(officer, utf8('公司名称,城市\r\n甲,长春\r\n')), 'importWrongHeaders');
    await expectDomainError(previewEnterpriseImport(officer, utf8('企业名称,电话\r\n甲,0431\r\n')), 'importWrongHeaders');
    const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    await expectDomainError(previewEnterpriseImport(officer, garbage), 'importNotSpreadsheet');
    await expectDomainError(previewEnterpriseImport(officer, new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41)), 'importTooLarge');
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows`, async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `企业${i}`);
    await expectDomainError(previewEnterpriseImport(officer, utf8(`企业名称\n${rows.join('\n')}\n`)), 'importTooManyRows');
  });

  it('lists exactly the bad rows, each with its row number, column and reason', async () => {
    const valid = nextUscc();
    const badUscc = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    const bytes = csvFile(['企业名称', '统一社会信用代码', '联系人', '联系人手机'], [
      [nextName('甲'), nextUscc(), '', ''],
      [nextName('乙'), '', '张三', '13912345678'],
      [nextName('丙'), badUscc, '', ''],
      [nextName('丁'), '', '', ''],
      [nextName('戊'), '', '李四', '1391234'],
    ]);
    const preview = await previewEnterpriseImport(officer, bytes);
    expect(preview.counts).toEqual({ read: 5, valid: 3, invalid: 2, existing: 0, existingNotYours: 0 });
    expect(preview.errors).toEqual([
      { rowNumber: 4, column: '统一社会信用代码', message: 'usccChecksum' },
      { rowNumber: 6, column: '联系人手机', message: 'mobileFormat' },
    ]);
  });

  it('maps chain and link names, Chinese labels and tags, and names the ones it does not know', async () => {
    const headers = ['企业名称', '产业链', '产业链环节', '招商方向', '企业标签', '注册资本（万元）', '企业规模', '联系人职务'];
    const bytes = csvFile(headers, [
      [nextName('好'), '汽车及零部件', '车规级芯片', '补链', '专精特新“小巨人”、高新技术企业', '1,200.5', '中型', ''],
      [nextName('链'), '不存在的链', '', '', '', '', '', ''],
      [nextName('节'), '', '车规级芯片', '', '', '', '', ''],
      [nextName('点'), '汽车及零部件', '不存在的环节', '', '', '', '', ''],
      [nextName('向'), '', '', '强链', '世界500强；不是标签', 'abc', '巨型', '经理'],
      [nextName('负'), '', '', '', '', '-1', '', ''],
    ]);
    const preview = await previewEnterpriseImport(admin, bytes);
    expect(preview.counts).toMatchObject({ read: 6, valid: 1, invalid: 5 });
    expect(preview.errors).toEqual([
      { rowNumber: 3, column: '产业链', message: 'importUnknownChain' },
      { rowNumber: 4, column: '产业链环节', message: 'importNodeNeedsChain' },
      { rowNumber: 5, column: '产业链环节', message: 'importUnknownNode' },
      { rowNumber: 6, column: '招商方向', message: 'importUnknownAction' },
      { rowNumber: 6, column: '企业标签', message: 'importUnknownTag' },
      { rowNumber: 6, column: '注册资本（万元）', message: 'invalidNumber' },
      { rowNumber: 6, column: '企业规模', message: 'importUnknownScale' },
      { rowNumber: 6, column: '联系人', message: 'importContactNameMissing' },
      { rowNumber: 7, column: '注册资本（万元）', message: 'negative' },
    ]);
  });

  it('reports a USCC or a name that an earlier row of the file already has, on the later row', async () => {
    const uscc = nextUscc();
    const name = nextName('重');
    const bytes = namesCsv([[nextName('一'), uscc], [nextName('二'), uscc.toLowerCase()], [name], [` ${name.replace('有限公司', '有限 公司')}`]]);
    const preview = await previewEnterpriseImport(officer, bytes);
    expect(preview.errors).toEqual([
      { rowNumber: 3, column: '统一社会信用代码', message: 'importDuplicateUscc', params: { row: 2 } },
      { rowNumber: 5, column: '企业名称', message: 'importDuplicateName', params: { row: 4 } },
    ]);
  });

  it('reads CSV in UTF-8 with a BOM and in GB18030', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...namesCsv([[nextName('码')]])]);
    expect((await previewEnterpriseImport(officer, bom)).counts).toMatchObject({ read: 1, valid: 1 });
    // 企业名称 and 张三 as Excel in China saves them.
    const gb18030 = new Uint8Array([...Buffer.from('C6F3D2B5C3FBB3C60D0AD5C5C8FD0D0A', 'hex')]);
    expect((await previewEnterpriseImport(officer, gb18030)).counts).toMatchObject({ read: 1, valid: 1 });
  });

  it('counts rows whose USCC is already in the library, and those another team keeps', async () => {
    const [mine, theirs] = [nextUscc(), nextUscc()];
    await commitEnterpriseImport(officer, namesCsv([[nextName('我'), mine]]), { existing: 'skip' });
    await commitEnterpriseImport(otherOfficer, namesCsv([[nextName('他'), theirs]]), { existing: 'skip' });
    const bytes = namesCsv([[nextName('我'), mine], [nextName('他'), theirs], [nextName('新'), nextUscc()]]);
    expect((await previewEnterpriseImport(officer, bytes)).counts).toEqual({ read: 3, valid: 3, invalid: 0, existing: 2, existingNotYours: 1 });
    expect((await previewEnterpriseImport(admin, bytes)).counts).toMatchObject({ existing: 2, existingNotYours: 0 });
  });
});

describe('commitEnterpriseImport', () => {
  it('inserts the valid rows with their team, search columns, target score, contact and audit rows', async () => {
    const [uscc, badUscc] = [nextUscc(), '123'];
    const name = nextName('入');
    const headers = ['企业名称', '统一社会信用代码', '城市', '产业链', '产业链环节', '招商方向', '企业标签', '注册资本（万元）', '企业规模', '联系人', '联系人职务', '联系人手机'];
    const bytes = csvFile(headers, [
      [name, uscc, '长春市', '汽车及零部件', '车规级芯片', '补链', '链主企业、上市公司', '5000', '大型', '王五', '总经理', '13712345678'],
      [nextName('缺'), badUscc, '', '', '', '', '', '', '', '', '', ''],
      [nextName('简'), '', '', '', '', '', '', '', '', '', '', ''],
    ]);
    const before = await counts();
    expect(await commitEnterpriseImport(officer, bytes, { existing: 'update' })).toEqual({ inserted: 2, updated: 0, skipped: 0, notYours: 0, invalid: 1 });

    const row = await enterpriseByUscc(uscc);
    expect(row).toMatchObject({
      name,
      city: '长春市',
      chainId,
      nodeId,
      chainAction: 'supplement',
      tags: ['链主企业', '上市公司'],
      targetScore: targetScore(['链主企业', '上市公司']),
      registeredCapital: 5000,
      scale: 'large',
      teamId: officer.teamId,
      createdBy: officer.id,
      nameSearch: searchForm(name),
      nameGrams: nameGrams(name),
      nameKey: nameKey(name),
      version: 1,
    });
    const db = await getDb();
    expect(await db.select({ name: contacts.name, title: contacts.title, mobile: contacts.mobile, isPrimary: contacts.isPrimary }).from(contacts).where(eq(contacts.enterpriseId, row.id))).toEqual([
      { name: '王五', title: '总经理', mobile: '13712345678', isPrimary: true },
    ]);
    expect(await db.select({ action: auditLogs.action, actorId: auditLogs.actorId }).from(auditLogs).where(eq(auditLogs.entityId, row.id))).toEqual([{ action: 'create', actorId: officer.id }]);
    // Two enterprises, one contact, and one audit row for each of them.
    expect(await counts()).toEqual({ enterprises: before.enterprises + 2, contacts: before.contacts + 1, audits: before.audits + 3 });
  });

  it('gives an admin’s imported enterprises no team', async () => {
    const uscc = nextUscc();
    await commitEnterpriseImport(admin, namesCsv([[nextName('管'), uscc]]), { existing: 'skip' });
    expect(await enterpriseByUscc(uscc)).toMatchObject({ teamId: null, createdBy: admin.id });
  });

  it('stores formula cells as their text and never evaluates them', async () => {
    const [fromCsv, fromXlsx] = [nextUscc(), nextUscc()];
    await commitEnterpriseImport(officer, csvFile(['企业名称', '统一社会信用代码', '行业'], [['=1+1', fromCsv, '=SUM(A1:A2)']]), { existing: 'skip' });
    expect(await enterpriseByUscc(fromCsv)).toMatchObject({ name: '=1+1', industry: '=SUM(A1:A2)' });

    // A real formula cell, as a program writes it: no cached result, so the reader keeps the formula text.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['企业名称', '统一社会信用代码', '行业']);
    sheet.addRow([{ formula: '1+1' }, fromXlsx, '=2+3']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    await commitEnterpriseImport(officer, bytes, { existing: 'skip' });
    expect(await enterpriseByUscc(fromXlsx)).toMatchObject({ name: '=1+1', industry: '=2+3' });
  });

  it('skips or updates enterprises whose USCC exists, as the user chose; blank cells keep what was there', async () => {
    const uscc = nextUscc();
    const name = nextName('原');
    const headers = ['企业名称', '统一社会信用代码', '省份', '城市', '企业标签', '联系人'];
    await commitEnterpriseImport(officer, csvFile(headers, [[name, uscc, '吉林省', '长春市', '专精特新', '']]), { existing: 'skip' });
    const original = await enterpriseByUscc(uscc);

    const renamed = nextName('新');
    const again = csvFile(headers, [[renamed, uscc, '', '吉林市', '', '赵六'], [nextName('另'), nextUscc(), '', '', '', '']]);
    expect(await commitEnterpriseImport(officer, again, { existing: 'skip' })).toEqual({ inserted: 1, updated: 0, skipped: 1, notYours: 0, invalid: 0 });
    expect(await enterpriseByUscc(uscc)).toEqual(original);

    const onlyExisting = csvFile(headers, [[renamed, uscc, '', '吉林市', '', '赵六']]);
    expect(await commitEnterpriseImport(officer, onlyExisting, { existing: 'update' })).toEqual({ inserted: 0, updated: 1, skipped: 0, notYours: 0, invalid: 0 });
    const updated = await enterpriseByUscc(uscc);
    expect(updated).toMatchObject({ id: original.id, name: renamed, nameSearch: searchForm(renamed), nameGrams: nameGrams(renamed), province: '吉林省', city: '吉林市', tags: ['专精特新'], targetScore: original.targetScore, version: 2 });
    const db = await getDb();
    const audits = await db.select({ action: auditLogs.action, changes: auditLogs.changes }).from(auditLogs).where(and(eq(auditLogs.entityId, original.id), eq(auditLogs.action, 'update')));
    expect(audits).toHaveLength(1);
    expect(audits[0].changes).toMatchObject({ name: [name, renamed], city: ['长春市', '吉林市'] });
    expect(audits[0].changes).not.toHaveProperty('province');

    // Importing the same file again does not add the contact a second time.
    await commitEnterpriseImport(officer, onlyExisting, { existing: 'update' });
    expect(await db.select({ name: contacts.name }).from(contacts).where(eq(contacts.enterpriseId, original.id))).toEqual([{ name: '赵六' }]);
  });

  it('never lets an officer update another team’s enterprise', async () => {
    const uscc = nextUscc();
    await commitEnterpriseImport(otherOfficer, namesCsv([[nextName('别'), uscc]]), { existing: 'skip' });
    const theirs = await enterpriseByUscc(uscc);
    const result = await commitEnterpriseImport(officer, csvFile(['企业名称', '统一社会信用代码', '城市'], [[nextName('抢'), uscc, '深圳市']]), { existing: 'update' });
    expect(result).toEqual({ inserted: 0, updated: 0, skipped: 1, notYours: 1, invalid: 0 });
    expect(await enterpriseByUscc(uscc)).toEqual(theirs);
    // An admin may.
    expect(await commitEnterpriseImport(admin, csvFile(['企业名称', '统一社会信用代码', '城市'], [[theirs.name, uscc, '深圳市']]), { existing: 'update' })).toMatchObject({ updated: 1 });
    expect(await enterpriseByUscc(uscc)).toMatchObject({ city: '深圳市', teamId: otherOfficer.teamId });
  });

  it('writes nothing when a later batch fails', async () => {
    const db = await getDb();
    // A database-side failure on one row of the second batch of 1,000: the first batch is already written by then.
    await db.execute(sql`create function fail_import_row() returns trigger language plpgsql as $$
      begin if new.name = '触发失败的企业' then raise exception 'simulated failure'; end if; return new; end $$`);
    await db.execute(sql`create trigger fail_import_row before insert on enterprises for each row execute function fail_import_row()`);
    try {
      const rows: [string, string?][] = Array.from({ length: 1200 }, () => [nextName('批')]);
      rows[1100] = ['触发失败的企业'];
      const before = await counts();
      await expect(commitEnterpriseImport(admin, namesCsv(rows), { existing: 'skip' })).rejects.toThrow();
      expect(await counts()).toEqual(before);
    } finally {
      await db.execute(sql`drop trigger fail_import_row on enterprises`);
      await db.execute(sql`drop function fail_import_row()`);
    }
  });

  it('writes nothing and says so when someone else saves one of the file’s USCCs during the import', async () => {
    const db = await getDb();
    const taken = nextUscc();
    // Stands in for a concurrent user: just before the import's INSERT runs (after its lookup), another
    // enterprise with the same USCC appears. The depth check keeps the trigger's own INSERT from recursing.
    await db.execute(sql.raw(`create function take_uscc() returns trigger language plpgsql as $$
      begin
        if pg_trigger_depth() = 1 then
          insert into enterprises (name, name_search, name_grams, name_key, uscc) values ('抢先录入的企业', '抢先录入的企业', '{}', '抢先录入', '${taken}');
        end if;
        return null;
      end $$`));
    await db.execute(sql`create trigger take_uscc before insert on enterprises for each statement execute function take_uscc()`);
    try {
      const before = await counts();
      await expectDomainError(commitEnterpriseImport(officer, namesCsv([[nextName('先')], [nextName('撞'), taken]]), { existing: 'update' }), 'importConflict');
      expect(await counts()).toEqual(before);
      expect(await enterpriseByUscc(taken)).toBeUndefined();
    } finally {
      await db.execute(sql`drop trigger take_uscc on enterprises`);
      await db.execute(sql`drop function take_uscc()`);
    }
  });
});

describe('rejectedRowsXlsx', () => {
  it('returns the bad rows with all their columns and a 错误原因 column, ready to fix and import again', async () => {
    const good = nextName('好');
    const bad = nextName('坏');
    const bytes = csvFile(['企业名称', '城市', '联系人手机', '联系人'], [[good, '长春市', '', ''], [bad, '=HYPERLINK("x")', '123', '孙七']]);
    const rejected = await rejectedRowsXlsx(officer, bytes);
    const read = await readSpreadsheet(rejected, IMPORT_HEADER_SPEC);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.sheet.rows).toHaveLength(1);
    expect(read.sheet.rows[0].cells).toMatchObject({ 企业名称: bad, 城市: '=HYPERLINK("x")', 联系人手机: '123', 联系人: '孙七', [REASON_HEADER]: '原第 3 行 · 联系人手机：请输入 11 位手机号' });
    // The downloaded file goes back in as it is; only the row number changes.
    expect((await previewEnterpriseImport(officer, rejected)).errors).toEqual([{ rowNumber: 2, column: '联系人手机', message: 'mobileFormat' }]);
  });
});

describe('who may import', () => {
  it.each(['leader', 'liaison'] as const)('refuses a %s', async (role) => {
    const viewer = role === 'leader' ? leader : liaison;
    const bytes = namesCsv([[nextName('禁'), nextUscc()]]);
    await expectDomainError(previewEnterpriseImport(viewer, bytes), 'forbidden');
    await expectDomainError(commitEnterpriseImport(viewer, bytes, { existing: 'update' }), 'forbidden');
    await expectDomainError(rejectedRowsXlsx(viewer, bytes), 'forbidden');
    const db = await getDb();
    expect((await db.select({ n: count() }).from(enterprises).where(inArray(enterprises.createdBy, [viewer.id])))[0].n).toBe(0);
  });
});
