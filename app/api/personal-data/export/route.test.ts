import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import { getDb } from '@/db';
import { auditLogs } from '@/db/schema';
import { insertContact } from '@/db/queries/contacts';
import { insertEnterprise } from '@/db/queries/enterprises';
import { sessionOf } from '@/db/test-session';
import { enterpriseInput, makeZoneViewers, withTestDb } from '@/db/test-utils';
import { auth } from '@/lib/auth';
import { refusalBody } from '@/lib/export/test-refusal';
import { GET } from './route';

// Only the session cookie and the language are faked; the viewer, permissions and data are real.
vi.mock('@/lib/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock('next-intl/server', async () => {
  const { testTranslate } = await import('@/lib/export/test-translate');
  return { getTranslations: async () => testTranslate('zh-CN') };
});
const signInAs = async (id: string | null) => (auth as unknown as Mock).mockResolvedValue(await sessionOf(id));

withTestDb();

let cast: Awaited<ReturnType<typeof makeZoneViewers>>;
let contactId: string;

beforeAll(async () => {
  cast = await makeZoneViewers();
  const enterpriseId = (await insertEnterprise(cast.officerA, enterpriseInput('翊宸新能源科技有限公司'))).id;
  contactId = (await insertContact(cast.officerA, { enterpriseId, name: '周伟', title: '总经理', mobile: '13700001111', phone: '', email: 'zhou@yichen.cn', wechat: '', notes: '=HYPERLINK("http://x")', isPrimary: true })).id;
});

const get = (query: string) => GET(new Request(`http://localhost/api/personal-data/export?${query}`));

describe('GET /api/personal-data/export', () => {
  it('is for admins only: other roles get 403, and their masked view stays the only one', async () => {
    for (const viewer of [cast.officerA, cast.leader, cast.liaison]) {
      await signInAs(viewer.id);
      expect(await refusalBody(await get(`contactId=${contactId}`), 403)).toEqual({ error: 'forbidden' });
    }
  });

  it('answers a malformed or unknown contact with 400 and 404', async () => {
    await signInAs(cast.admin.id);
    expect(await refusalBody(await get('contactId=1'), 400)).toEqual({ error: 'invalid' });
    expect(await refusalBody(await get('contactId=00000000-0000-4000-8000-000000000000'), 404)).toEqual({ error: 'notFound' });
  });

  it('serves the person’s data in full as a workbook, formulas neutralised, and audits it', async () => {
    await signInAs(cast.admin.id);
    const response = await get(`contactId=${contactId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="personal-data_\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''%E4%B8%AA%E4%BA%BA%E4%BF%A1%E6%81%AF_/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['联系人记录', '拜访记录', '线索', '签约项目', '审计记录']);
    const records = workbook.worksheets[0];
    expect(records.getRow(1).getCell(3).value).toBe('手机');
    expect(records.getRow(2).values).toEqual(expect.arrayContaining(['周伟', '总经理', '13700001111', 'zhou@yichen.cn', '是', '翊宸新能源科技有限公司', cast.teamA.name, '在用']));
    expect(records.getRow(2).getCell(7).value).toBe(`'=HYPERLINK("http://x")`);
    const audit = workbook.worksheets[4];
    expect(audit.getRow(2).getCell(2).value).toBe('新建');
    expect(String(audit.getRow(2).getCell(5).value)).toContain('13700001111');

    const db = await getDb();
    const logged = await db.select({ actorId: auditLogs.actorId }).from(auditLogs).where(and(eq(auditLogs.action, 'piExport'), eq(auditLogs.entityId, contactId)));
    expect(logged).toEqual([{ actorId: cast.admin.id }]);
  });
});
