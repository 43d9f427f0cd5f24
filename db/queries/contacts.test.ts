import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLogs } from '@/db/schema';
import { expectDomainError } from '@/db/test-expect';
import { enterpriseInput, makeZoneViewers, withTestDb } from '@/db/test-utils';
import { listAuditLog } from './audit-log';
import { insertContact, listContacts, updateContact, viewContactOrThrow } from './contacts';
import { insertEnterprise, listEnterprises } from './enterprises';
import { globalSearch } from './search';

// 个人信息保护法: a contact's mobile, phone, email and WeChat in full for the owning team (team A) only; masked
// for everyone else in lists, search and the audit viewer; in full on the contact's page to the owning team,
// leaders and admins, each such view audited.

withTestDb();

let cast: Awaited<ReturnType<typeof makeZoneViewers>>;
let enterpriseId: string;
let contactId: string;
let otherEnterpriseId: string;

const PERSON = { name: '欧阳明远', title: '采购总监', mobile: '13912345678', phone: '0431-88881234', email: 'ouyang@lanyuan.cn', wechat: 'oymy1980', notes: '周三在厂里' };
const MASKED = { mobile: '139****5678', phone: '043****1234', email: 'o***@lanyuan.cn', wechat: 'o****0' };

beforeAll(async () => {
  cast = await makeZoneViewers();
  enterpriseId = (await insertEnterprise(cast.officerA, enterpriseInput('翊澄精密汽车部件有限公司'))).id;
  contactId = (await insertContact(cast.officerA, { enterpriseId, ...PERSON, isPrimary: true })).id;
  otherEnterpriseId = (await insertEnterprise(cast.officerB, enterpriseInput('岚桥食品科技有限公司'))).id;
});

const views = async (id: string) =>
  (await (await getDb()).select({ actorId: auditLogs.actorId, changes: auditLogs.changes }).from(auditLogs).where(and(eq(auditLogs.action, 'piView'), eq(auditLogs.entityId, id))));

describe('the masking matrix', () => {
  it('lists an enterprise’s contacts in full to the owning team only', async () => {
    for (const viewer of [cast.officerA, cast.officerA2]) {
      expect(await listContacts(viewer, enterpriseId)).toEqual([expect.objectContaining({ ...PERSON, masked: false, erased: false })]);
    }
    for (const viewer of [cast.officerB, cast.leader, cast.admin]) {
      expect(await listContacts(viewer, enterpriseId), viewer.role).toEqual([expect.objectContaining({ ...PERSON, ...MASKED, masked: true })]);
    }
    await expectDomainError(listContacts(cast.liaison, enterpriseId), 'forbidden');
  });

  it('shows a found contact’s mobile in full to the owning team only', async () => {
    expect((await globalSearch(cast.officerA, '欧阳')).contacts).toEqual([expect.objectContaining({ id: contactId, mobile: PERSON.mobile, masked: false })]);
    for (const viewer of [cast.officerB, cast.leader, cast.admin]) {
      expect((await globalSearch(viewer, '欧阳')).contacts, viewer.role).toEqual([expect.objectContaining({ id: contactId, mobile: MASKED.mobile, masked: true })]);
    }
    await expectDomainError(globalSearch(cast.liaison, '欧阳'), 'forbidden');
  });

  it('never lets an outsider read a masked mobile back digit by digit: a prefix matches only in the own team', async () => {
    for (const prefix of ['139', '1391', '13912', '1391234567']) {
      expect((await globalSearch(cast.officerA, prefix)).contacts.map((c) => c.id), prefix).toEqual([contactId]);
      expect((await listEnterprises(cast.officerA, { q: prefix })).rows.map((r) => r.id)).toEqual([enterpriseId]);
      for (const viewer of [cast.officerB, cast.leader, cast.admin]) {
        const found = await globalSearch(viewer, prefix);
        expect([...found.contacts, ...found.enterprises], `${viewer.role} ${prefix}`).toEqual([]);
        expect((await listEnterprises(viewer, { q: prefix })).rows).toEqual([]);
      }
    }
    // The whole number only confirms what the searcher knows: found, and still shown masked.
    for (const viewer of [cast.officerB, cast.leader, cast.admin]) {
      const found = await globalSearch(viewer, '139 1234 5678');
      expect(found.contacts).toEqual([expect.objectContaining({ id: contactId, mobile: MASKED.mobile })]);
      expect(found.enterprises.map((e) => e.id)).toEqual([enterpriseId]);
      expect((await listEnterprises(viewer, { q: PERSON.mobile })).rows.map((r) => r.id)).toEqual([enterpriseId]);
    }
  });

  it('masks a contact’s logged values in the audit viewer, old and new', async () => {
    const { id } = await insertContact(cast.officerA, { enterpriseId, name: '王经理', title: '', mobile: '13800001111', phone: '', email: '', wechat: '', notes: '', isPrimary: false });
    await updateContact(cast.officerA, { id, version: 1, name: '王经理', title: '', mobile: '13800002222', phone: '', email: 'wang@lanyuan.cn', wechat: '', notes: '', isPrimary: false });
    const { rows } = await listAuditLog(cast.admin, { entityType: 'contact', entityId: id });
    expect(rows.map((r) => [r.action, r.changes])).toEqual([
      ['update', { mobile: ['138****1111', '138****2222'], email: ['', 'w***@lanyuan.cn'] }],
      ['create', expect.objectContaining({ name: '王经理', mobile: '138****1111', email: '' })],
    ]);
  });
});

describe('the contact page', () => {
  it('shows the owning team, leaders and admins the contact in full, one piView audit row per view', async () => {
    const before = (await views(contactId)).length;
    for (const viewer of [cast.officerA, cast.leader, cast.admin, cast.officerA]) {
      const shown = await viewContactOrThrow({ ...viewer, ip: '10.1.2.3' }, enterpriseId, contactId);
      expect(shown).toMatchObject({ ...PERSON, masked: false, enterpriseId, enterpriseName: '翊澄精密汽车部件有限公司' });
    }
    const rows = await views(contactId);
    expect(rows.slice(before)).toEqual([cast.officerA, cast.leader, cast.admin, cast.officerA].map((v) => ({ actorId: v.id, changes: { enterpriseId } })));
    const [logged] = await (await getDb()).select({ ip: auditLogs.ip, entityType: auditLogs.entityType }).from(auditLogs).where(and(eq(auditLogs.action, 'piView'), eq(auditLogs.actorId, cast.leader.id)));
    expect(logged).toEqual({ ip: '10.1.2.3', entityType: 'contact' });
  });

  it('gives another team’s officer the masked view and writes nothing; refuses a liaison', async () => {
    const before = (await views(contactId)).length;
    expect(await viewContactOrThrow(cast.officerB, enterpriseId, contactId)).toMatchObject({ ...PERSON, ...MASKED, masked: true, canEdit: false });
    expect((await views(contactId)).length).toBe(before);
    await expectDomainError(viewContactOrThrow(cast.liaison, enterpriseId, contactId), 'forbidden');
  });

  it('lets the owning team and admins edit from it, nobody else', async () => {
    expect((await viewContactOrThrow(cast.officerA2, enterpriseId, contactId)).canEdit).toBe(true);
    expect((await viewContactOrThrow(cast.admin, enterpriseId, contactId)).canEdit).toBe(true);
    expect((await viewContactOrThrow(cast.leader, enterpriseId, contactId)).canEdit).toBe(false);
  });

  it('finds the contact only under its own enterprise, and not a malformed id', async () => {
    await expectDomainError(viewContactOrThrow(cast.admin, otherEnterpriseId, contactId), 'notFound');
    await expectDomainError(viewContactOrThrow(cast.admin, enterpriseId, 'x'), 'notFound');
  });
});
