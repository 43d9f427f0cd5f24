import { beforeAll, describe, expect, it } from 'vitest';
import { expectDomainError } from '@/db/test-expect';
import { enterpriseInput, leadInput, makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { insertContact } from './contacts';
import { insertEnterprise } from './enterprises';
import { insertLead } from './leads';
import { globalSearch } from './search';
import type { Viewer } from './viewer';

withTestDb();

let officerA: Viewer;
let officerB: Viewer;
let leader: Viewer;
let admin: Viewer;
let liaison: Viewer;
let enterpriseA: { id: string; uscc: string };
let leadA: string;

const contact = (enterpriseId: string, name: string, mobile: string) => ({
  enterpriseId,
  name,
  title: '采购总监',
  mobile,
  phone: '',
  email: '',
  wechat: '',
  notes: '',
  isPrimary: false,
});

beforeAll(async () => {
  const teamA = await makeTeam();
  const teamB = await makeTeam();
  officerA = await makeViewer('officer', teamA);
  officerB = await makeViewer('officer', teamB);
  leader = await makeViewer('leader');
  admin = await makeViewer('admin');
  liaison = await makeViewer('liaison');
  const input = enterpriseInput('翊澄精密汽车部件有限公司', { city: '长春' });
  enterpriseA = { id: (await insertEnterprise(officerA, input)).id, uscc: input.uscc! };
  await insertContact(officerA, contact(enterpriseA.id, '欧阳明远', '13912345678'));
  leadA = (await insertLead(officerA, leadInput(enterpriseA.id, { projectName: '翊澄线控底盘项目' }))).id;
  const other = (await insertEnterprise(admin, enterpriseInput('岚桥食品科技有限公司'))).id;
  await insertContact(admin, contact(other, '欧阳青', '13798765432'));
});

describe('globalSearch', () => {
  it('finds an enterprise, its contacts and its leads by a 2-character substring of the name', async () => {
    const result = await globalSearch(officerA, '精密');
    expect(result.tooShort).toBe(false);
    expect(result.enterprises).toEqual([{ id: enterpriseA.id, name: '翊澄精密汽车部件有限公司', uscc: enterpriseA.uscc, city: '长春' }]);
    expect(result.leads).toEqual([{ id: leadA, projectName: '翊澄线控底盘项目', enterpriseName: '翊澄精密汽车部件有限公司', stage: 'lead' }]);
    expect(result.contacts).toEqual([]);
  });

  it('finds an enterprise by its USCC, in lower case too', async () => {
    const result = await globalSearch(leader, enterpriseA.uscc.toLowerCase());
    expect(result.enterprises.map((e) => e.id)).toEqual([enterpriseA.id]);
    expect(result.contacts).toEqual([]);
  });

  it('finds a contact and their enterprise by a mobile prefix in the own team, spaces and dashes ignored', async () => {
    const result = await globalSearch(officerA, '139 1234-');
    expect(result.contacts).toMatchObject([{ name: '欧阳明远', mobile: '13912345678', enterpriseId: enterpriseA.id, enterpriseName: '翊澄精密汽车部件有限公司', title: '采购总监' }]);
    expect(result.enterprises.map((e) => e.id)).toEqual([enterpriseA.id]);
  });

  it('finds another team’s contact by the whole mobile only, and shows it masked', async () => {
    expect((await globalSearch(admin, '139 1234-')).contacts).toEqual([]);
    const result = await globalSearch(admin, '139 1234-5678');
    expect(result.contacts).toMatchObject([{ name: '欧阳明远', mobile: '139****5678', masked: true }]);
    expect(result.enterprises.map((e) => e.id)).toEqual([enterpriseA.id]);
  });

  it('finds contacts by a name prefix (the family name) and by the exact name', async () => {
    expect((await globalSearch(admin, '欧阳')).contacts.map((c) => c.name)).toEqual(['欧阳明远', '欧阳青']);
    const exact = await globalSearch(admin, '欧阳明远');
    expect(exact.contacts.map((c) => c.name)).toEqual(['欧阳明远']);
    // The /enterprises rule: a contact's exact name finds their enterprise too.
    expect(exact.enterprises.map((e) => e.id)).toEqual([enterpriseA.id]);
  });

  it('shows an officer of another team the shared library but never team A’s lead, not even counted', async () => {
    for (const q of ['精密', enterpriseA.uscc, '1391234', '欧阳明远']) {
      const result = await globalSearch(officerB, q);
      expect(result.leads).toEqual([]);
    }
    expect((await globalSearch(officerB, '精密')).enterprises.map((e) => e.id)).toEqual([enterpriseA.id]);
    expect((await globalSearch(leader, '精密')).leads.map((l) => l.id)).toEqual([leadA]);
  });

  it('refuses a liaison, who may read neither the library nor leads', async () => {
    await expectDomainError(globalSearch(liaison, '精密'), 'forbidden');
  });

  it('reports a 1-character query as too short and searches nothing', async () => {
    expect(await globalSearch(admin, '精')).toEqual({ enterprises: [], contacts: [], leads: [], tooShort: true });
    expect((await globalSearch(admin, '  ')).tooShort).toBe(true);
  });

  it('treats LIKE wildcards in a name literally', async () => {
    expect((await globalSearch(admin, '欧%')).contacts).toEqual([]);
  });
});
