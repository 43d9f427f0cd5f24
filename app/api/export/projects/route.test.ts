import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import { makeZoneViewers, withTestDb } from '@/db/test-utils';
import { auth } from '@/lib/auth';
import { refusalBody } from '@/lib/export/test-refusal';
import { GET } from './route';
import { sessionOf } from '@/db/test-session';

// Only the session cookie and the language cookie are faked; the viewer, permissions and data are real.
vi.mock('@/lib/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock('next-intl/server', async () => {
  const { testTranslate } = await import('@/lib/export/test-translate');
  return { getTranslations: async () => testTranslate('zh-CN') };
});
const signInAs = async (id: string | null) => (auth as unknown as Mock).mockResolvedValue(await sessionOf(id));

withTestDb();

let cast: Awaited<ReturnType<typeof makeZoneViewers>>;

beforeAll(async () => {
  cast = await makeZoneViewers();
});

const get = (query: string) => GET(new Request(`http://localhost/api/export/projects?${query}`));

describe('GET /api/export/projects', () => {
  it('asks for a login, and refuses a liaison', async () => {
    await signInAs(null);
    expect((await get('format=xlsx')).status).toBe(401);
    await signInAs(cast.liaison.id);
    expect(await refusalBody(await get('format=xlsx'), 403)).toEqual({ error: 'forbidden' });
  });

  it.each([
    ['format=xlsx&year=abc', '筛选条件无效：签约年份 (year)'],
    ['format=csv&status=nope', '筛选条件无效：状态 (status)'],
    ['format=xlsx&chainId=not-a-uuid', '筛选条件无效：产业链 (chainId)'],
    ['format=docx', '筛选条件无效：导出格式 (format)'],
  ])('answers %s with 400 and a message', async (query, message) => {
    await signInAs(cast.leader.id);
    expect(await refusalBody(await get(query), 400)).toMatchObject({ error: 'invalid', message });
  });

  it('streams the csv with its Chinese name, uncached', async () => {
    await signInAs(cast.officerA.id);
    const response = await get('format=csv&year=2026');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="signed-projects_\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''%E7%AD%BE%E7%BA%A6%E9%A1%B9%E7%9B%AE%E6%B8%85%E5%8D%95_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith('\uFEFF序号,项目名称,企业名称,')).toBe(true);
  });

  it('streams an xlsx Excel opens', async () => {
    await signInAs(cast.admin.id);
    const response = await get('format=xlsx');
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[0].getCell('A1').value).toMatch(/^签约项目清单 · 全部项目 · 共 0 个 · 导出时间 /);
  });
});
