import { beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import { makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { auth } from '@/lib/auth';
import { MAX_IMPORT_BYTES } from '@/lib/import/read-spreadsheet';
import { makeUscc } from '@/lib/uscc';
import { commitImport, previewImport } from './actions';
import { sessionOf } from '@/db/test-session';

// Only the session cookie is faked; the viewer, the permission check and the data come from the database.
vi.mock('@/lib/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

withTestDb();

beforeAll(async () => {
  const officer = await makeViewer('officer', await makeTeam());
  (auth as unknown as Mock).mockResolvedValue(await sessionOf(officer.id));
});

function form(text: string | Uint8Array<ArrayBuffer>, fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  data.append('file', new File([text], 'enterprises.csv', { type: 'text/csv' }));
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describe('import actions', () => {
  it('receive the uploaded file from FormData and check it', async () => {
    const result = await previewImport(null, form(`企业名称,统一社会信用代码\n动作测试有限公司,${makeUscc(200_000_000)}\n`));
    expect(result).toEqual({ ok: true, data: { counts: { read: 1, valid: 1, invalid: 0, existing: 0, existingNotYours: 0 }, errors: [], shownBadRows: 0 } });
  });

  it('refuse a missing or oversized file at the file field, before reading it', async () => {
    expect(await previewImport(null, new FormData())).toEqual({ ok: false, error: 'invalid', fieldErrors: { file: ['importNoFile'] } });
    const tooLarge = form(new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(await previewImport(null, tooLarge)).toEqual({ ok: false, error: 'invalid', fieldErrors: { file: ['importTooLarge'] } });
    expect(await commitImport(null, form('企业名称\n甲\n', { existing: 'always' }))).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { existing: ['invalidChoice'] } });
  });

  it('answer a file that cannot be imported with its error key', async () => {
    expect(await previewImport(null, form('公司,城市\n甲,长春\n'))).toEqual({ ok: false, error: 'importWrongHeaders' });
  });

  it('send the page the problems of the first 500 bad rows, with exact counts', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => `坏行${i},${'1'.repeat(17)}`);
    const result = await previewImport(null, form(`企业名称,统一社会信用代码\n${rows.join('\n')}\n`));
    if (!result.ok) throw new Error(result.error);
    expect(result.data.counts).toMatchObject({ read: 600, invalid: 600 });
    expect(result.data.shownBadRows).toBe(500);
    expect(new Set(result.data.errors.map((e) => e.rowNumber)).size).toBe(500);
  });

  it('import the valid rows', async () => {
    const result = await commitImport(null, form(`企业名称,统一社会信用代码\n动作导入有限公司,${makeUscc(200_000_001)}\n,\n`, { existing: 'update' }));
    expect(result).toEqual({ ok: true, data: { inserted: 1, updated: 0, skipped: 0, notYours: 0, invalid: 0 } });
  });
});
