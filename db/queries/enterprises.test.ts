import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLogs, contacts, enterprises } from '@/db/schema';
import { derivedColumns } from '@/db/enterprise-derived';
import { expectDomainError } from '@/db/test-expect';
import { enterpriseInput, leadInput, makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import type { EnterpriseCreateInput } from '@/lib/validation/enterprises';
import { insertChain, insertNode } from './chains';
import { archiveContact, insertContact, listContacts, updateContact } from './contacts';
import {
  archiveEnterprise,
  ENTERPRISES_PAGE_SIZE,
  findDuplicateCandidates,
  getEnterpriseOrThrow,
  insertEnterprise,
  listEnterprises,
  mergeEnterprises,
  restoreEnterprise,
  updateEnterprise,
} from './enterprises';
import { insertLead } from './leads';
import type { Viewer } from './viewer';

withTestDb();

let teamA: { id: string; name: string };
let officerA: Viewer;
let officerB: Viewer;
let admin: Viewer;
let leader: Viewer;
let liaison: Viewer;
const input = (name: string, extra: Partial<EnterpriseCreateInput> = {}) => enterpriseInput(name, { province: '江苏', city: '苏州', ...extra });

const contact = (enterpriseId: string, name: string, mobile = '') => ({ enterpriseId, name, title: '', mobile, phone: '', email: '', wechat: '', notes: '', isPrimary: false });

beforeAll(async () => {
  teamA = await makeTeam();
  const teamB = await makeTeam();
  officerA = await makeViewer('officer', teamA);
  officerB = await makeViewer('officer', teamB);
  admin = await makeViewer('admin');
  leader = await makeViewer('leader');
  liaison = await makeViewer('liaison');
});

describe('creating and editing', () => {
  it('keeps an officer’s enterprise in their own team, whatever the form says, and audits it', async () => {
    const { id } = await insertEnterprise(officerA, input('苏州瀚海精密制造有限公司', { teamId: officerB.teamId }));
    const e = await getEnterpriseOrThrow(officerA, id);
    expect(e).toMatchObject({ teamId: teamA.id, canEdit: true, version: 1 });
    const db = await getDb();
    expect(await db.select({ action: auditLogs.action }).from(auditLogs).where(eq(auditLogs.entityId, id))).toEqual([{ action: 'create' }]);
  });

  it('refuses a second enterprise with the same USCC at the uscc field', async () => {
    const first = input('甲公司');
    await insertEnterprise(officerA, first);
    await expectDomainError(insertEnterprise(officerB, input('乙公司', { uscc: first.uscc })), 'usccTaken', 'uscc');
  });

  it('lets another team read but not edit, delete or add contacts', async () => {
    const { id } = await insertEnterprise(officerA, input('只读测试有限公司'));
    expect((await getEnterpriseOrThrow(officerB, id)).canEdit).toBe(false);
    await expectDomainError(updateEnterprise(officerB, { ...input('改名'), id, version: 1 }), 'notFound');
    await expectDomainError(archiveEnterprise(officerB, id, 1), 'notFound');
    await expectDomainError(insertContact(officerB, contact(id, '张三')), 'notFound');
    expect((await getEnterpriseOrThrow(admin, id)).name).toBe('只读测试有限公司');
  });

  it('refuses a stale version', async () => {
    const { id } = await insertEnterprise(officerA, input('版本测试有限公司'));
    await updateEnterprise(officerA, { ...input('版本测试有限公司'), id, version: 1, city: '无锡' });
    await expectDomainError(updateEnterprise(officerA, { ...input('版本测试有限公司'), id, version: 1, city: '南京' }), 'conflict');
    expect((await getEnterpriseOrThrow(officerA, id)).city).toBe('无锡');
  });

  it('places an enterprise on a node of the chosen chain only', async () => {
    const chainA = await insertChain(admin, { name: '测试链甲', description: '', leaderId: null, teamId: null, sortOrder: 0 });
    const chainB = await insertChain(admin, { name: '测试链乙', description: '', leaderId: null, teamId: null, sortOrder: 0 });
    const node = await insertNode(admin, { chainId: chainA.id, name: '电池', position: 'midstream', status: 'missing', keyProducts: '', sortOrder: 0 });
    await expectDomainError(insertEnterprise(officerA, input('错链公司', { chainId: chainB.id, nodeId: node.id })), 'invalidChoice', 'nodeId');
    const { id } = await insertEnterprise(officerA, input('对链公司', { nodeId: node.id }));
    expect(await getEnterpriseOrThrow(officerA, id)).toMatchObject({ chainId: chainA.id, nodeId: node.id, chainName: '测试链甲', nodeName: '电池' });
  });

  it('soft-deletes; only an admin sees and restores it', async () => {
    const { id } = await insertEnterprise(officerA, input('删除测试有限公司'));
    await archiveEnterprise(officerA, id, 1);
    await expectDomainError(getEnterpriseOrThrow(officerA, id), 'notFound');
    expect((await listEnterprises(officerA, { q: '删除测试' })).rows).toHaveLength(0);
    expect((await listEnterprises(admin, { q: '删除测试', deleted: '1' })).rows.map((r) => r.id)).toEqual([id]);
    await expectDomainError(restoreEnterprise(officerA, id, 2), 'forbidden');
    await restoreEnterprise(admin, id, 2);
    expect((await getEnterpriseOrThrow(officerA, id)).deleted).toBe(false);
  });
});

describe('roles', () => {
  it('a liaison may not read or write the library; a leader reads but does not write', async () => {
    const { id } = await insertEnterprise(officerA, input('角色测试有限公司'));
    await expectDomainError(listEnterprises(liaison, {}), 'forbidden');
    await expectDomainError(getEnterpriseOrThrow(liaison, id), 'forbidden');
    await expectDomainError(insertEnterprise(liaison, input('联络员公司')), 'forbidden');
    await expectDomainError(listContacts(liaison, id), 'forbidden');
    expect((await getEnterpriseOrThrow(leader, id)).canEdit).toBe(false);
    await expectDomainError(insertEnterprise(leader, input('领导公司')), 'forbidden');
    await expectDomainError(updateEnterprise(leader, { ...input('改'), id, version: 1 }), 'forbidden');
  });
});

describe('search', () => {
  it('finds by any 2-character substring, by USCC, by contact name and by mobile (a prefix within the own team)', async () => {
    const target = input('长春澜岳汽车电子科技有限公司');
    const { id } = await insertEnterprise(officerA, target);
    await insertEnterprise(officerA, input('无关企业有限公司'));
    await insertContact(officerA, contact(id, '欧阳澜', '13912345678'));
    for (const q of ['澜岳', '汽车电子', '电子科技有限', target.uscc!.toLowerCase(), '欧阳澜', '13912345678']) {
      expect((await listEnterprises(officerB, { q })).rows.map((r) => r.id), q).toContain(id);
    }
    // Another team matches a whole number only (db/queries/contacts.test.ts: no digit-by-digit oracle).
    expect((await listEnterprises(officerA, { q: '1391234' })).rows.map((r) => r.id)).toContain(id);
    expect((await listEnterprises(officerB, { q: '1391234' })).rows.map((r) => r.id)).not.toContain(id);
    const unrelated = await listEnterprises(officerB, { q: '岳汽电' });
    expect(unrelated.rows.map((r) => r.id)).not.toContain(id);
  });

  it('says a 1-character name search is too short instead of scanning everything', async () => {
    const result = await listEnterprises(officerA, { q: '澜' });
    expect(result.queryTooShort).toBe(true);
  });

  it('takes LIKE wildcards literally', async () => {
    await insertEnterprise(officerA, input('百分%之百有限公司'));
    expect((await listEnterprises(officerA, { q: '%之' })).rows.map((r) => r.name)).toEqual(['百分%之百有限公司']);
  });
});

describe('keyset paging', () => {
  it('walks every page in order for each sort, with no row twice or missing', async () => {
    const team = await makeTeam();
    const officer = await makeViewer('officer', team);
    const count = ENTERPRISES_PAGE_SIZE * 2 + 7;
    for (let i = 0; i < count; i++) {
      await insertEnterprise(officer, input(`翻页企业${String(i).padStart(3, '0')}`, { registeredCapital: i % 5 === 0 ? null : (i * 37) % 101 }));
    }
    for (const sort of ['created', 'name', 'capital'] as const) {
      const seen: string[] = [];
      let after: string | undefined;
      do {
        const page = await listEnterprises(officer, { teamId: team.id, sort, after });
        seen.push(...page.rows.map((r) => r.id));
        expect(page.total).toBe(count);
        after = page.next ?? undefined;
      } while (after);
      expect(seen, sort).toHaveLength(count);
      expect(new Set(seen).size, sort).toBe(count);
    }
    const byName = await listEnterprises(officer, { teamId: team.id, sort: 'name' });
    expect(byName.rows[0].name).toBe('翻页企业000');
  });

  it('pages through rows written in one transaction (same now() to the microsecond) without skipping any', async () => {
    const team = await makeTeam();
    const officer = await makeViewer('officer', team);
    const db = await getDb();
    const rows = Array.from({ length: ENTERPRISES_PAGE_SIZE + 5 }, (_, i) => {
      const e = { ...input(`同批${i}`), teamId: team.id, chainId: null, nodeId: null };
      return { ...e, ...derivedColumns(e) };
    });
    await db.insert(enterprises).values(rows);
    const first = await listEnterprises(officer, { teamId: team.id });
    const second = await listEnterprises(officer, { teamId: team.id, after: first.next! });
    expect(first.rows.length + second.rows.length).toBe(ENTERPRISES_PAGE_SIZE + 5);
  });

  it('filters by tag, region and chain action', async () => {
    const team = await makeTeam();
    const officer = await makeViewer('officer', team);
    await insertEnterprise(officer, input('标签甲有限公司', { tags: ['专精特新', '上市公司'], province: '广东', city: '深圳', chainAction: 'extend' }));
    await insertEnterprise(officer, input('标签乙有限公司', { tags: ['专精特新'], province: '广东', city: '东莞' }));
    const names = async (filter: Parameters<typeof listEnterprises>[1]) => (await listEnterprises(officer, { teamId: team.id, ...filter })).rows.map((r) => r.name).sort();
    expect(await names({ tag: '专精特新' })).toEqual(['标签乙有限公司', '标签甲有限公司']);
    expect(await names({ tag: '上市公司' })).toEqual(['标签甲有限公司']);
    expect(await names({ province: '广东', city: '东莞' })).toEqual(['标签乙有限公司']);
    expect(await names({ action: 'extend' })).toEqual(['标签甲有限公司']);
  });
});

describe('followed by teams', () => {
  it('filters enterprises with an active lead, without one, and by the following team', async () => {
    const team = await makeTeam();
    const officer = await makeViewer('officer', team);
    const courted = await insertEnterprise(officer, input('跟进筛选甲有限公司'));
    const free = await insertEnterprise(officer, input('跟进筛选乙有限公司'));
    await insertLead(officer, leadInput(courted.id, { projectName: '筛选项目' }));
    const ids = async (filter: Parameters<typeof listEnterprises>[1]) => (await listEnterprises(officer, { q: '跟进筛选', ...filter })).rows.map((r) => r.id);
    expect(await ids({ lead: 'active' })).toEqual([courted.id]);
    expect(await ids({ lead: 'none' })).toEqual([free.id]);
    expect(await ids({ followTeamId: team.id })).toEqual([courted.id]);
    expect(await ids({ followTeamId: officerB.teamId! })).toEqual([]);
  });
});

describe('duplicates and merge', () => {
  it('finds look-alike names and the same USCC', async () => {
    const { id } = await insertEnterprise(officerA, input('诺川生物科技（中国）有限公司'));
    const byName = await findDuplicateCandidates(officerB, { name: '诺川生物科技股份有限公司', uscc: '' });
    expect(byName.map((d) => d.id)).toEqual([id]);
    const e = await getEnterpriseOrThrow(officerA, id);
    const byUscc = await findDuplicateCandidates(officerB, { name: '完全不同', uscc: e.uscc! });
    expect(byUscc).toEqual([expect.objectContaining({ id, sameUscc: true })]);
    expect(await findDuplicateCandidates(officerB, { name: '诺川生物科技有限公司', uscc: '', excludeId: id })).toEqual([]);
  });

  it('merges a duplicate into the survivor in one go: contacts, USCC, pointer, audit', async () => {
    const survivor = await insertEnterprise(officerA, input('合并甲有限公司', { uscc: null }));
    const dupInput = input('合并甲股份有限公司');
    const duplicate = await insertEnterprise(officerB, dupInput);
    await insertContact(officerB, contact(duplicate.id, '李四'));
    await expectDomainError(mergeEnterprises(officerA, survivor.id, duplicate.id), 'forbidden');
    await expectDomainError(mergeEnterprises(leader, survivor.id, survivor.id), 'mergeSelf');
    await mergeEnterprises(leader, survivor.id, duplicate.id);

    const merged = await getEnterpriseOrThrow(admin, duplicate.id);
    expect(merged).toMatchObject({ deleted: true, mergedIntoId: survivor.id });
    expect((await getEnterpriseOrThrow(officerA, survivor.id)).uscc).toBe(dupInput.uscc);
    expect((await listContacts(officerA, survivor.id)).map((c) => c.name)).toEqual(['李四']);
    const db = await getDb();
    const audit = await db.select({ action: auditLogs.action }).from(auditLogs).where(eq(auditLogs.entityId, duplicate.id));
    expect(audit.map((a) => a.action)).toContain('mergedInto');
    await expectDomainError(mergeEnterprises(leader, survivor.id, duplicate.id), 'notFound');
  });
});

describe('contacts', () => {
  it('keeps one primary contact, edits with versions and soft-deletes', async () => {
    const { id } = await insertEnterprise(officerA, input('联系人测试有限公司'));
    const a = await insertContact(officerA, { ...contact(id, '王五'), isPrimary: true });
    const b = await insertContact(officerA, { ...contact(id, '赵六'), isPrimary: true });
    let list = await listContacts(officerB, id);
    expect(list.map((c) => [c.name, c.isPrimary])).toEqual([['赵六', true], ['王五', false]]);
    const wang = list.find((c) => c.id === a.id)!;
    await updateContact(officerA, { ...contact(id, '王五'), id: a.id, version: wang.version, title: '总经理', isPrimary: false });
    await expectDomainError(updateContact(officerA, { ...contact(id, '王五'), id: a.id, version: wang.version, isPrimary: false }), 'conflict');
    await expectDomainError(updateContact(officerB, { ...contact(id, '黑客'), id: b.id, version: 1, isPrimary: false }), 'notFound');
    await archiveContact(officerA, b.id, 1);
    list = await listContacts(officerA, id);
    expect(list.map((c) => c.name)).toEqual(['王五']);
    const db = await getDb();
    const [row] = await db.select({ deletedAt: contacts.deletedAt }).from(contacts).where(eq(contacts.id, b.id));
    expect(row.deletedAt).not.toBeNull();
    const [e] = await db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.id, id));
    expect(e.id).toBe(id);
  });
});
