import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLogs, contacts, enterprises, leads, meetings, projects, ROLES } from '@/db/schema';
import { expectDomainError } from '@/db/test-expect';
import { enterpriseInput, makeChainNode, makeNegotiatingLead, makeViewer, makeZoneViewers, signInput, withTestDb } from '@/db/test-utils';
import { REDACTED } from '@/lib/pi-mask';
import { archiveContact, insertContact, listContacts, updateContact, viewContactOrThrow } from './contacts';
import { insertEnterprise, listEnterprises } from './enterprises';
import { logMeeting } from './meetings';
import { ERASED_NAME, erasePerson, exportPerson, getPersonOrThrow, PEOPLE_PAGE_SIZE, searchPeople } from './personal-data';
import { signLead } from './projects';
import { globalSearch } from './search';
import type { Viewer } from './viewer';

withTestDb();

let cast: Awaited<ReturnType<typeof makeZoneViewers>>;
let others: Viewer[];
let enterpriseA: string;
let leadId: string;
let meetingId: string;
// One person, 周伟, on three records: at team A's firm (P1), at team B's (P2, by the same mobile, since
// deleted) and at an admin's firm without a team (P3, by the same email); and someone else at team A's firm (Q).
const ids = { p1: '', p2: '', p3: '', q: '' };
const MOBILE = '13700001111';
const EMAIL = 'Zhou.Wei@yichen.cn';

const person = (enterpriseId: string, extra: Partial<Parameters<typeof insertContact>[1]> = {}) => ({
  enterpriseId, name: '周伟', title: '总经理', mobile: MOBILE, phone: '', email: '', wechat: '', notes: '', isPrimary: false, ...extra,
});

beforeAll(async () => {
  cast = await makeZoneViewers();
  others = [cast.officerA, cast.officerB, cast.leader, cast.liaison];
  const { nodeId } = await makeChainNode(cast.admin, '个人信息测试链', '电池');
  const lead = await makeNegotiatingLead(cast.officerA, nodeId, { enterpriseName: '翊宸新能源科技有限公司' });
  ({ enterpriseId: enterpriseA, leadId } = lead);
  ids.p1 = (await insertContact(cast.officerA, person(enterpriseA, { email: EMAIL, wechat: 'zhouwei88', notes: '爱喝茶', phone: '0431-88886666', isPrimary: true }))).id;
  ids.q = (await insertContact(cast.officerA, person(enterpriseA, { name: '周文', mobile: '13700002222' }))).id;
  const enterpriseB = (await insertEnterprise(cast.officerB, enterpriseInput('岚桥电池材料有限公司'))).id;
  ids.p2 = (await insertContact(cast.officerB, person(enterpriseB))).id;
  await archiveContact(cast.officerB, ids.p2, 1);
  const enterpriseC = (await insertEnterprise(cast.admin, enterpriseInput('澄川储能有限公司'))).id;
  ids.p3 = (await insertContact(cast.admin, person(enterpriseC, { mobile: '13900009999', email: EMAIL.toLowerCase() }))).id;
  // P1 changes (its old notes go to the audit log), attends a meeting of the lead, which is then signed.
  await updateContact(cast.officerA, { ...person(enterpriseA, { email: EMAIL, wechat: 'zhouwei88', notes: '爱喝普洱', phone: '0431-88886666', isPrimary: true }), id: ids.p1, version: 1 });
  meetingId = (await logMeeting(cast.officerA, {
    enterpriseId: enterpriseA, leadId, kind: 'visit_out', occurredAt: '2026-04-02T10:00', place: '企业会议室', summary: '与周总谈扩产', outcome: '', attendeeIds: [], contactIds: [ids.p1],
    newContactName: '', newContactMobile: '', nextStep: '', nextStepOwnerId: null, nextStepDue: null,
  })).id;
  await signLead(cast.officerA, signInput({ leadId, version: lead.version }));
  await viewContactOrThrow(cast.leader, enterpriseA, ids.p1);
});

describe('searchPeople', () => {
  it('is for admins only', async () => {
    for (const viewer of others) await expectDomainError(searchPeople(viewer, { q: MOBILE }), 'forbidden');
  });

  it('finds live and deleted records by the whole mobile, by email in any case and by a name of 2+ characters, masked', async () => {
    const found = async (q: string) => (await searchPeople(cast.admin, { q })).rows;
    expect(await found('137 0000 1111')).toEqual([
      expect.objectContaining({ id: expect.any(String), name: '周伟', mobile: '137****1111', deleted: expect.any(Boolean), erased: false }),
      expect.objectContaining({ name: '周伟', mobile: '137****1111' }),
    ]);
    expect((await found(MOBILE)).map((r) => [r.id, r.deleted]).sort()).toEqual([[ids.p1, false], [ids.p2, true]].sort());
    expect((await found('ZHOU.WEI@YICHEN.CN')).map((r) => r.id).sort()).toEqual([ids.p1, ids.p3].sort());
    expect((await found('ZHOU.WEI@YICHEN.CN')).map((r) => r.email).sort()).toEqual(['Z***@yichen.cn', 'z***@yichen.cn']);
    expect((await found('周伟')).map((r) => r.id).sort()).toEqual([ids.p1, ids.p2, ids.p3].sort());
    expect((await found('周')).length).toBe(0);
  });

  it('says what is missing instead of searching a part of a number or a lone family name', async () => {
    expect(await searchPeople(cast.admin, { q: '1370000' })).toEqual({ rows: [], next: null, problem: 'wholeMobile' });
    expect(await searchPeople(cast.admin, { q: '周' })).toEqual({ rows: [], next: null, problem: 'tooShort' });
    expect(await searchPeople(cast.admin, {})).toEqual({ rows: [], next: null, problem: null });
  });

  it('pages by name without gaps or repeats', async () => {
    const db = await getDb();
    await db.insert(contacts).values(Array.from({ length: PEOPLE_PAGE_SIZE + 5 }, (_, i) => ({ enterpriseId: enterpriseA, name: `翁页码${String(i).padStart(2, '0')}` })));
    const first = await searchPeople(cast.admin, { q: '翁页码' });
    expect(first.rows.length).toBe(PEOPLE_PAGE_SIZE);
    const second = await searchPeople(cast.admin, { q: '翁页码', after: first.next! });
    expect(second.next).toBeNull();
    const names = [...first.rows, ...second.rows].map((r) => r.name);
    expect(names).toEqual(Array.from({ length: PEOPLE_PAGE_SIZE + 5 }, (_, i) => `翁页码${String(i).padStart(2, '0')}`));
  });
});

describe('getPersonOrThrow', () => {
  it('gathers the records sharing the mobile or the email, the one opened first, masked, with their meetings', async () => {
    const records = await getPersonOrThrow(cast.admin, ids.p1);
    expect(records.map((r) => [r.id, r.meetings, r.deleted])).toEqual([[ids.p1, 1, false], [ids.p2, 0, true], [ids.p3, 0, false]]);
    expect(records[0]).toMatchObject({ mobile: '137****1111', email: 'Z***@yichen.cn', enterpriseName: '翊宸新能源科技有限公司' });
    expect((await getPersonOrThrow(cast.admin, ids.q)).map((r) => r.id)).toEqual([ids.q]);
  });

  it('is for admins only, and an unknown id is not found', async () => {
    for (const viewer of others) await expectDomainError(getPersonOrThrow(viewer, ids.p1), 'forbidden');
    await expectDomainError(getPersonOrThrow(cast.admin, '00000000-0000-4000-8000-000000000000'), 'notFound');
  });
});

describe('exportPerson', () => {
  it('holds every record in full, where the person appears and the audit history; each record’s export is audited', async () => {
    const data = await exportPerson({ ...cast.admin, ip: '10.9.9.9' }, ids.p1);
    expect(data.records.map((r) => r.id)).toEqual([ids.p1, ids.p2, ids.p3]);
    expect(data.records[0]).toMatchObject({ name: '周伟', title: '总经理', mobile: MOBILE, phone: '0431-88886666', email: EMAIL, wechat: 'zhouwei88', notes: '爱喝普洱', isPrimary: true, enterpriseName: '翊宸新能源科技有限公司', teamName: cast.teamA.name, deleted: false });
    expect(data.records[1]).toMatchObject({ enterpriseName: '岚桥电池材料有限公司', deleted: true });
    expect(data.meetings).toEqual([expect.objectContaining({ contactIds: [ids.p1], kind: 'visit_out', summary: '与周总谈扩产', enterpriseName: '翊宸新能源科技有限公司' })]);
    expect(data.leads).toEqual([expect.objectContaining({ enterpriseName: '翊宸新能源科技有限公司', stage: 'signed', teamName: cast.teamA.name })]);
    expect(data.projects).toEqual([expect.objectContaining({ enterpriseName: '翊宸新能源科技有限公司', signedOn: '2026-04-18', contractedInvestment: 6000 })]);
    const history = data.audit.map((a) => `${a.contactId === ids.p1 ? 'p1' : a.contactId === ids.p2 ? 'p2' : 'p3'}:${a.action}`);
    expect(history).toEqual(['p1:create', 'p2:create', 'p2:delete', 'p3:create', 'p1:update', 'p1:piView']);
    expect(data.audit.find((a) => a.action === 'update')?.changes).toEqual({ notes: ['爱喝茶', '爱喝普洱'] });

    const db = await getDb();
    const logged = await db.select({ entityId: auditLogs.entityId, actorId: auditLogs.actorId, ip: auditLogs.ip, changes: auditLogs.changes }).from(auditLogs).where(eq(auditLogs.action, 'piExport'));
    expect(logged.map((r) => r.entityId).sort()).toEqual([ids.p1, ids.p2, ids.p3].sort());
    expect(logged[0]).toMatchObject({ actorId: cast.admin.id, ip: '10.9.9.9', changes: { records: 3 } });
  });

  it('is for admins only', async () => {
    for (const viewer of others) await expectDomainError(exportPerson(viewer, ids.p1), 'forbidden');
  });
});

describe('the audit log during an erasure', () => {
  it('lets only the named contact’s changes be rewritten, and never a delete', async () => {
    const db = await getDb();
    const failure = (statement: (tx: Parameters<Parameters<typeof db.transaction>[0]>[0]) => Promise<unknown>) =>
      db
        .transaction(async (tx) => {
          await tx.execute(sql`select set_config('crm.pi_erase_contact', ${ids.q}, true)`);
          await statement(tx);
        })
        .then(() => 'succeeded', (e: { message?: string; cause?: { message?: string } }) => e.cause?.message ?? e.message);
    const ofQ = and(eq(auditLogs.entityType, 'contact'), eq(auditLogs.entityId, ids.q));
    expect(await failure((tx) => tx.update(auditLogs).set({ action: 'tampered' }).where(ofQ))).toMatch(/append-only/);
    expect(await failure((tx) => tx.update(auditLogs).set({ at: new Date() }).where(ofQ))).toMatch(/append-only/);
    expect(await failure((tx) => tx.delete(auditLogs).where(ofQ))).toMatch(/append-only/);
    expect(await failure((tx) => tx.update(auditLogs).set({ changes: {} }).where(eq(auditLogs.entityId, ids.p1)))).toMatch(/append-only/);
    expect(await failure((tx) => tx.update(auditLogs).set({ changes: {} }).where(eq(auditLogs.entityId, enterpriseA)))).toMatch(/append-only/);
    // Outside the transaction the flag is gone again.
    expect(await db.update(auditLogs).set({ changes: {} }).where(ofQ).then(() => 'succeeded', (e: { cause?: { message?: string } }) => e.cause?.message)).toMatch(/append-only/);
  });
});

describe('erasePerson', () => {
  const versions = async (which: string[]) => {
    const rows = await (await getDb()).select({ id: contacts.id, version: contacts.version }).from(contacts).where(inArray(contacts.id, which));
    return which.map((id) => ({ id, version: rows.find((r) => r.id === id)!.version }));
  };
  const tally = async () => {
    const db = await getDb();
    const n = async (table: typeof enterprises | typeof meetings | typeof leads | typeof projects | typeof contacts) => (await db.select({ n: count() }).from(table))[0].n;
    return { enterprises: await n(enterprises), meetings: await n(meetings), leads: await n(leads), projects: await n(projects), contacts: await n(contacts) };
  };

  it('is for admins only', async () => {
    for (const viewer of others) await expectDomainError(erasePerson(viewer, { contacts: await versions([ids.p1]) }), 'forbidden');
  });

  it('is all or nothing: one stale record and none is erased', async () => {
    const [p1, p3] = await versions([ids.p1, ids.p3]);
    await expectDomainError(erasePerson(cast.admin, { contacts: [p1, { ...p3, version: p3.version - 1 }] }), 'conflict');
    const rows = await (await getDb()).select({ name: contacts.name, erasedAt: contacts.erasedAt }).from(contacts).where(inArray(contacts.id, [ids.p1, ids.p3]));
    expect(rows).toEqual([{ name: '周伟', erasedAt: null }, { name: '周伟', erasedAt: null }]);
  });

  it('anonymises the records, keeps every business record, redacts the history and says who erased them', async () => {
    const db = await getDb();
    const before = await tally();
    const confirmed = await versions([ids.p1, ids.p2, ids.p3]);
    expect(await erasePerson({ ...cast.admin, ip: '10.7.7.7' }, { contacts: confirmed })).toEqual({ erased: 3 });

    const rows = await db.select().from(contacts).where(inArray(contacts.id, [ids.p1, ids.p2, ids.p3]));
    for (const row of rows) {
      expect(row).toMatchObject({ name: ERASED_NAME, title: '', mobile: '', phone: '', email: '', wechat: '', notes: '', isPrimary: false, erasedAt: expect.any(Date) });
      expect(row.version).toBe(confirmed.find((c) => c.id === row.id)!.version + 1);
    }
    expect(await tally()).toEqual(before);
    const [meeting] = await db.select({ contactIds: meetings.contactIds }).from(meetings).where(eq(meetings.id, meetingId));
    expect(meeting.contactIds).toEqual([ids.p1]);
    expect((await listContacts(cast.officerA, enterpriseA)).find((c) => c.id === ids.p1)).toMatchObject({ name: ERASED_NAME, erased: true, isPrimary: false });

    // Nothing personal is left anywhere in the log; the rows themselves, and what happened when, are.
    const [{ leftovers }] = (await db.execute<{ leftovers: number }>(sql`select count(*)::int as leftovers from audit_logs where changes::text ~ ${'13700001111|zhou\\.wei|爱喝|zhouwei88|88886666|周伟'}`)).rows;
    expect(leftovers).toBe(0);
    const history = await db.select({ action: auditLogs.action, changes: auditLogs.changes }).from(auditLogs).where(and(eq(auditLogs.entityType, 'contact'), eq(auditLogs.entityId, ids.p1))).orderBy(auditLogs.id);
    expect(history.map((h) => h.action)).toEqual(['create', 'update', 'piView', 'piExport', 'erase']);
    expect(history[0].changes).toMatchObject({ enterpriseId: enterpriseA, name: REDACTED, mobile: REDACTED, email: REDACTED, phone: REDACTED, wechat: REDACTED, notes: REDACTED, title: REDACTED, isPrimary: true });
    expect(history[1].changes).toEqual({ notes: [REDACTED, REDACTED] });
    const erased = await db.select({ entityId: auditLogs.entityId, actorId: auditLogs.actorId, ip: auditLogs.ip, changes: auditLogs.changes }).from(auditLogs).where(eq(auditLogs.action, 'erase'));
    expect(erased.map((e) => e.entityId).sort()).toEqual([ids.p1, ids.p2, ids.p3].sort());
    expect(erased.find((e) => e.entityId === ids.p1)).toEqual({ entityId: ids.p1, actorId: cast.admin.id, ip: '10.7.7.7', changes: { enterpriseId: enterpriseA } });
  });

  it('cannot be undone by a form, stale or fresh, nor erased twice', async () => {
    const form = person(enterpriseA, { name: '周伟回来了' });
    const [{ version }] = await versions([ids.p1]);
    await expectDomainError(updateContact(cast.officerA, { ...form, id: ids.p1, version: version - 1 }), 'contactErased');
    await expectDomainError(updateContact(cast.officerA, { ...form, id: ids.p1, version }), 'contactErased');
    await expectDomainError(erasePerson(cast.admin, { contacts: [{ id: ids.p1, version }] }), 'contactErased');
    await expectDomainError(erasePerson(cast.admin, { contacts: [{ id: '00000000-0000-4000-8000-000000000000', version: 1 }] }), 'notFound');
  });

  it('leaves nothing to find or reveal', async () => {
    expect((await globalSearch(cast.admin, ERASED_NAME)).contacts).toEqual([]);
    expect((await globalSearch(cast.officerA, '137000011')).contacts).toEqual([]);
    expect((await listEnterprises(cast.admin, { q: ERASED_NAME })).rows).toEqual([]);
    expect((await searchPeople(cast.admin, { q: ERASED_NAME })).rows).toEqual([]);
    expect((await searchPeople(cast.admin, { q: MOBILE })).rows).toEqual([]);
    // The page shows the anonymised contact without a full view to audit, and offers no edit.
    const db = await getDb();
    const views = async () => (await db.select({ n: count() }).from(auditLogs).where(and(eq(auditLogs.action, 'piView'), eq(auditLogs.entityId, ids.p1))))[0].n;
    const seen = await views();
    expect(await viewContactOrThrow(cast.admin, enterpriseA, ids.p1)).toMatchObject({ name: ERASED_NAME, erased: true, canEdit: false });
    expect(await views()).toBe(seen);
  });

  it('refuses every role but admin the same way for each record kind', async () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      await expectDomainError(erasePerson(await makeViewer(role), { contacts: [{ id: ids.q, version: 1 }] }), 'forbidden');
    }
  });
});
