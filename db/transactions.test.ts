// Every multi-step write in db/queries is one transaction: a fault injected into its last step (a trigger
// that raises) must leave every table exactly as it was, never the first half of the change.
// Not here: the export audit rows (assessment, project-export, reports), one insert each, and search's
// transaction, which only scopes `set local` planner settings to a read.
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { csvFile } from '@/lib/import/test-files';
import { projectMilestones } from '@/db/schema';
import { enterpriseInput, leadInput, makeChainNode, makeNegotiatingLead, makeZoneViewers, signInput, withTestDb } from '@/db/test-utils';
import { archiveNode, insertChain, insertNode, setChainLeaderEnterprise, updateChain, updateNode } from './queries/chains';
import { archiveContact, insertContact, updateContact } from './queries/contacts';
import { insertDepartment, updateDepartment } from './queries/departments';
import { commitEnterpriseImport } from './queries/enterprise-import';
import { archiveEnterprise, insertEnterprise, mergeEnterprises, restoreEnterprise, updateEnterprise } from './queries/enterprises';
import { setFollowUpDone } from './queries/follow-ups';
import { acceptIntake, declineIntake, submitIntake } from './queries/intake';
import { resolveConflict } from './queries/lead-conflicts';
import { assignLead, insertLead, moveLeadStage, updateLead } from './queries/leads';
import { logMeeting } from './queries/meetings';
import { addNote } from './queries/notes';
import { erasePerson, exportPerson } from './queries/personal-data';
import { addEvidence, deleteEvidence } from './queries/project-files';
import { addProjectFunds, deleteProjectFunds, updateProjectFunds } from './queries/project-funds';
import { updateMilestone, verifyMilestone } from './queries/project-milestones';
import { getProjectOrThrow, signLead, updateProject } from './queries/projects';
import { acceptRequest, raiseRequest, updateRequest } from './queries/requests';
import { endSession, openSession } from './queries/sessions';
import { closeSupervision, insertSupervision, reportSupervisionProgress, updateSupervision } from './queries/supervision';
import { saveTarget } from './queries/targets';
import { insertTeam, updateTeam } from './queries/teams';
import { insertUser, resetUserPassword, setUserDisabled, updateUser } from './queries/users';

withTestDb();

/** Where the fault goes: the table the function writes last, narrowed to its last row by `when`. */
interface Fault {
  table: string;
  when?: string;
}
const AUDIT: Fault = { table: 'audit_logs' };

/** Row count and a digest of every row of every table. */
async function snapshot(): Promise<Record<string, unknown>> {
  const db = await getDb();
  const tables = await db.execute<{ name: string }>(sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`);
  const out: Record<string, unknown> = {};
  for (const { name } of tables.rows) {
    const result = await db.execute(sql.raw(`select count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${name}" t`));
    out[name] = result.rows[0];
  }
  return out;
}

/** The error's message and its causes' (drizzle wraps the database error). */
function messages(error: unknown): string {
  const parts: string[] = [];
  for (let e = error; e instanceof Error; e = e.cause) parts.push(e.message);
  return parts.join(' ← ');
}

async function expectAllOrNothing(fault: Fault, write: () => Promise<unknown>): Promise<void> {
  const db = await getDb();
  const before = await snapshot();
  await db.execute(sql.raw(`create trigger inject_fault before insert or update on ${fault.table} for each row ${fault.when ? `when (${fault.when})` : ''} execute function inject_fault()`));
  try {
    const error = await write().then(() => null, (e: unknown) => e);
    // The fault must be what stopped it: a write refused for another reason proves nothing.
    expect(messages(error)).toContain(`injected fault on ${fault.table}`);
  } finally {
    await db.execute(sql.raw(`drop trigger inject_fault on ${fault.table}`));
  }
  expect(await snapshot()).toEqual(before);
}

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const contactInput = (enterpriseId: string, name: string) => ({ enterpriseId, name, title: '', mobile: '', phone: '', email: '', wechat: '', notes: '', isPrimary: true });
const meetingInput = (enterpriseId: string, leadId: string | null, extra: Partial<Parameters<typeof logMeeting>[1]> = {}): Parameters<typeof logMeeting>[1] => ({
  enterpriseId, leadId, kind: 'visit_out', occurredAt: '2026-03-02T10:00', place: '', summary: '上门拜访', outcome: '', attendeeIds: [], contactIds: [],
  newContactName: '', newContactMobile: '', nextStep: '', nextStepOwnerId: null, nextStepDue: null, ...extra,
});

let cast: Awaited<ReturnType<typeof makeZoneViewers>>;
let chainId: string;
let nodeId: string;
let counter = 0;
const name = (prefix: string) => `${prefix}${++counter}`;

async function enterpriseOf(viewer = cast.officerA) {
  return (await insertEnterprise(viewer, enterpriseInput(name('原子性测试企业')))).id;
}

beforeAll(async () => {
  cast = await makeZoneViewers();
  ({ chainId, nodeId } = await makeChainNode(cast.admin, '原子性测试链', '电池'));
  const db = await getDb();
  await db.execute(sql.raw(`create function inject_fault() returns trigger language plpgsql as $$ begin raise exception 'injected fault on %', tg_table_name; end $$`));
});

describe('chains', () => {
  it('insertChain, updateChain', async () => {
    await expectAllOrNothing(AUDIT, () => insertChain(cast.admin, { name: name('链'), description: '', leaderId: null, teamId: null, sortOrder: 0 }));
    await expectAllOrNothing(AUDIT, () => updateChain(cast.admin, { id: chainId, version: 1, name: name('链'), description: '', leaderId: null, teamId: null, sortOrder: 1 }));
  });

  it('insertNode, updateNode, archiveNode', async () => {
    await expectAllOrNothing(AUDIT, () => insertNode(cast.admin, { chainId, name: name('环节'), position: 'upstream', status: 'missing', keyProducts: '', sortOrder: 0 }));
    await expectAllOrNothing(AUDIT, () => updateNode(cast.admin, { id: nodeId, version: 1, name: name('环节'), position: 'midstream', status: 'strong', keyProducts: '', sortOrder: 1 }));
    await expectAllOrNothing(AUDIT, () => archiveNode(cast.admin, nodeId, 1));
  });

  it('setChainLeaderEnterprise', async () => {
    const enterpriseId = await enterpriseOf();
    await expectAllOrNothing(AUDIT, () => setChainLeaderEnterprise(cast.admin, chainId, enterpriseId, true));
  });
});

describe('enterprises and contacts', () => {
  it('insertEnterprise, updateEnterprise, archiveEnterprise, restoreEnterprise', async () => {
    await expectAllOrNothing(AUDIT, () => insertEnterprise(cast.officerA, enterpriseInput(name('企业'))));
    const id = await enterpriseOf();
    await expectAllOrNothing(AUDIT, () => updateEnterprise(cast.officerA, { ...enterpriseInput(name('企业')), id, version: 1, chainId, nodeId }));
    await expectAllOrNothing(AUDIT, () => archiveEnterprise(cast.officerA, id, 1));
    await archiveEnterprise(cast.officerA, id, 1);
    await expectAllOrNothing(AUDIT, () => restoreEnterprise(cast.admin, id, 2));
  });

  it('commitEnterpriseImport: the audit rows of the whole file come last', async () => {
    const bytes = csvFile(['企业名称', '联系人', '联系人手机'], [[name('导入企业'), '李四', '13912345678'], [name('导入企业'), '', '']]);
    await expectAllOrNothing(AUDIT, () => commitEnterpriseImport(cast.officerA, bytes, { existing: 'skip' }));
  });

  it('mergeEnterprises: the duplicate’s audit row is the last write', async () => {
    const survivor = await enterpriseOf();
    const duplicate = await enterpriseOf();
    await insertContact(cast.officerA, contactInput(duplicate, '随合并迁移'));
    await setChainLeaderEnterprise(cast.admin, chainId, duplicate, true);
    await expectAllOrNothing({ table: 'audit_logs', when: `new.action = 'mergedInto'` }, () => mergeEnterprises(cast.leader, survivor, duplicate));
  });

  it('insertContact, updateContact, archiveContact', async () => {
    const enterpriseId = await enterpriseOf();
    const other = await insertContact(cast.officerA, contactInput(enterpriseId, '原主要联系人'));
    await expectAllOrNothing(AUDIT, () => insertContact(cast.officerA, contactInput(enterpriseId, '新主要联系人')));
    const second = await insertContact(cast.officerA, { ...contactInput(enterpriseId, '第二位'), isPrimary: false });
    await expectAllOrNothing(AUDIT, () => updateContact(cast.officerA, { ...contactInput(enterpriseId, '第二位'), id: second.id, version: 1 }));
    await expectAllOrNothing(AUDIT, () => archiveContact(cast.officerA, other.id, 1));
  });

  it('erasePerson: the erase row comes last, after the redaction; exportPerson: one piExport row per record', async () => {
    const enterpriseId = (await insertEnterprise(cast.officerA, enterpriseInput(name('企业')))).id;
    const first = await insertContact(cast.officerA, { ...contactInput(enterpriseId, '要删除的人'), mobile: '13600001234' });
    const second = await insertContact(cast.officerA, { ...contactInput(enterpriseId, '要删除的人'), mobile: '13600001234', isPrimary: false });
    await expectAllOrNothing({ table: 'audit_logs', when: `new.action = 'piExport' and new.entity_id = '${second.id}'` }, () => exportPerson(cast.admin, first.id));
    await expectAllOrNothing({ table: 'audit_logs', when: `new.action = 'erase' and new.entity_id = '${second.id}'` }, () =>
      erasePerson(cast.admin, { contacts: [{ id: first.id, version: 1 }, { id: second.id, version: 1 }] }),
    );
  });

  it('addNote', async () => {
    const enterpriseId = await enterpriseOf();
    await expectAllOrNothing(AUDIT, () => addNote(cast.officerA, { enterpriseId, leadId: null, body: '内部讨论' }));
  });
});

describe('leads', () => {
  it('insertLead, with the enterprise created inline', async () => {
    await expectAllOrNothing({ table: 'audit_logs', when: `new.entity_type = 'lead'` }, () =>
      insertLead(cast.officerA, leadInput('', { enterpriseId: null, newEnterpriseName: name('内联企业') })),
    );
  });

  it('insertLead over another team’s lead: the conflict events come last', async () => {
    const enterpriseId = await enterpriseOf(cast.admin);
    await insertLead(cast.officerB, leadInput(enterpriseId));
    await expectAllOrNothing({ table: 'lead_events', when: `new.kind = 'conflict'` }, () => insertLead(cast.officerA, leadInput(enterpriseId, { acknowledgeConflict: true })));
  });

  it('updateLead, moveLeadStage, assignLead', async () => {
    const { id } = await insertLead(cast.officerA, leadInput(await enterpriseOf()));
    await expectAllOrNothing(AUDIT, () =>
      updateLead(cast.officerA, { id, version: 1, projectName: '改名', content: '', nodeId, chainAction: 'supplement', intendedInvestment: 8000, landArea: 50, expectedJobs: 200, sourceMethod: 'referral', sourceDetail: '', priority: 'high', expectedSigningMonth: '2027-03' }),
    );
    await expectAllOrNothing(AUDIT, () => moveLeadStage(cast.officerA, id, 1, 'contacted', ''));
    await expectAllOrNothing(AUDIT, () => assignLead(cast.leader, id, 1, cast.teamB.id, cast.officerB.id));
  });

  it('resolveConflict', async () => {
    const enterpriseId = await enterpriseOf(cast.admin);
    await insertLead(cast.officerB, leadInput(enterpriseId));
    await insertLead(cast.officerA, leadInput(enterpriseId, { acknowledgeConflict: true }));
    await expectAllOrNothing(AUDIT, () => resolveConflict(cast.leader, enterpriseId, '两队分工'));
  });

  it('submitIntake, acceptIntake and declineIntake (whose notification comes last)', async () => {
    const item = () => ({ enterpriseName: name('报送企业'), uscc: null, contactName: '王经理', contactPhone: '13900001111', projectHint: '新建生产线' });
    await expectAllOrNothing(AUDIT, () => submitIntake(cast.liaison, item()));
    const { id } = await submitIntake(cast.liaison, item());
    await expectAllOrNothing({ table: 'notifications' }, () => acceptIntake(cast.leader, { id, version: 1, teamId: cast.teamA.id, ownerId: cast.officerA.id, enterpriseId: null }));
    await expectAllOrNothing({ table: 'notifications' }, () => declineIntake(cast.leader, id, 1, '重复报送'));
  });
});

describe('meetings and follow-ups', () => {
  it('logMeeting with a next step for a colleague: the notification comes last', async () => {
    const enterpriseId = await enterpriseOf();
    const { id: leadId } = await insertLead(cast.officerA, leadInput(enterpriseId));
    await expectAllOrNothing({ table: 'notifications' }, () =>
      logMeeting(cast.officerA, meetingInput(enterpriseId, leadId, { newContactName: '新联系人', nextStep: '寄送资料', nextStepOwnerId: cast.officerA2.id, nextStepDue: '2099-01-01' })),
    );
  });

  it('setFollowUpDone', async () => {
    const enterpriseId = await enterpriseOf();
    const { followUpId } = await logMeeting(cast.officerA, meetingInput(enterpriseId, null, { nextStep: '回访', nextStepDue: '2099-01-01' }));
    const id = followUpId as string;
    await expectAllOrNothing(AUDIT, () => setFollowUpDone(cast.officerA, id, 1, true));
  });
});

describe('projects', () => {
  let projectId: string;
  beforeAll(async () => {
    projectId = (await signLead(cast.officerA, signInput(await makeNegotiatingLead(cast.officerA, nodeId)))).id;
  });

  it('signLead: the project’s audit row comes last', async () => {
    const lead = await makeNegotiatingLead(cast.officerA, nodeId);
    await expectAllOrNothing({ table: 'audit_logs', when: `new.entity_type = 'project'` }, () => signLead(cast.officerA, signInput(lead)));
  });

  it('updateProject', async () => {
    const p = await getProjectOrThrow(cast.officerA, projectId);
    await expectAllOrNothing(AUDIT, () =>
      updateProject(cast.officerA, {
        id: p.id, version: p.version, agreementName: '更正', signedOn: p.signedOn, occasion: p.occasion, kind: p.kind, contractedInvestment: 7000,
        fixedAssetInvestment: p.fixedAssetInvestment, landArea: p.landArea, expectedJobs: p.expectedJobs, expectedOutput: p.expectedOutput,
      }),
    );
  });

  it('addProjectFunds, updateProjectFunds, deleteProjectFunds', async () => {
    const funds = { receivedOn: '2026-05-01', amount: 500, source: 'domestic' as const, note: '' };
    await expectAllOrNothing(AUDIT, () => addProjectFunds(cast.officerA, { projectId, ...funds }));
    const { id } = await addProjectFunds(cast.officerA, { projectId, ...funds });
    await expectAllOrNothing(AUDIT, () => updateProjectFunds(cast.officerA, { id, version: 1, ...funds, amount: 800 }));
    await expectAllOrNothing(AUDIT, () => deleteProjectFunds(cast.officerA, id, 1));
  });

  it('updateMilestone, verifyMilestone', async () => {
    const db = await getDb();
    const [milestone] = await db.select().from(projectMilestones).where(and(eq(projectMilestones.projectId, projectId), eq(projectMilestones.kind, 'construction')));
    const edit = { id: milestone.id, plannedOn: '2026-09-01', actualOn: '2026-10-08', progress: 30, notes: '' };
    await expectAllOrNothing(AUDIT, () => updateMilestone(cast.officerA, { ...edit, version: milestone.version }));
    await updateMilestone(cast.officerA, { ...edit, version: milestone.version });
    await expectAllOrNothing(AUDIT, () => verifyMilestone(cast.leader, milestone.id, milestone.version + 1));
  });

  it('addEvidence, deleteEvidence', async () => {
    const file = { projectId, milestoneId: null, kind: 'agreement' as const, fileName: '投资协议.pdf', bytes: PDF };
    await expectAllOrNothing(AUDIT, () => addEvidence(cast.officerA, file));
    const { id } = await addEvidence(cast.officerA, file);
    await expectAllOrNothing(AUDIT, () => deleteEvidence(cast.officerA, projectId, id));
  });

  it('raiseRequest, updateRequest, a step of the flow', async () => {
    const request = { enterpriseId: null, projectId, category: 'land' as const, urgency: 'urgent' as const, description: '用地指标', departmentId: cast.departmentA.id, deadline: '2099-12-31' };
    await expectAllOrNothing(AUDIT, () => raiseRequest(cast.officerA, request));
    const { id } = await raiseRequest(cast.officerA, request);
    await expectAllOrNothing(AUDIT, () => updateRequest(cast.officerA, { ...request, id, version: 1, departmentId: cast.departmentB.id }));
    await expectAllOrNothing(AUDIT, () => acceptRequest(cast.liaison, { id, version: 1, note: '已受理' }));
  });

  it('insertSupervision, updateSupervision, reportSupervisionProgress, closeSupervision', async () => {
    const item = { leadId: null, projectId, teamId: null, assigneeId: null, title: '落实用地', deadline: '2099-12-31' };
    await expectAllOrNothing(AUDIT, () => insertSupervision(cast.leader, item));
    const { id } = await insertSupervision(cast.leader, item);
    await expectAllOrNothing(AUDIT, () => updateSupervision(cast.leader, { id, version: 1, title: '两周内落实', deadline: '2099-06-30', assigneeId: cast.officerA2.id }));
    await expectAllOrNothing(AUDIT, () => reportSupervisionProgress(cast.officerA, { id, version: 1, note: '已约企业面谈' }));
    await expectAllOrNothing(AUDIT, () => closeSupervision(cast.leader, { id, version: 1, remark: '已落实' }));
  });

  it('saveTarget, new and changed', async () => {
    const values = { majorProjects: 4, fundsInPlace: 100000, signings: 10, signingAmount: 50000, newLeads: 40, springStarts: 3 };
    await expectAllOrNothing(AUDIT, () => saveTarget(cast.leader, { year: 2031, teamId: cast.teamA.id, version: 0, ...values }));
    await saveTarget(cast.leader, { year: 2031, teamId: cast.teamA.id, version: 0, ...values });
    await expectAllOrNothing(AUDIT, () => saveTarget(cast.leader, { year: 2031, teamId: cast.teamA.id, version: 1, ...values, majorProjects: 6 }));
  });
});

describe('people and sessions', () => {
  it('insertTeam, updateTeam, insertDepartment, updateDepartment', async () => {
    await expectAllOrNothing(AUDIT, () => insertTeam(cast.admin, { name: name('专班'), chainFocus: '' }));
    await expectAllOrNothing(AUDIT, () => updateTeam(cast.admin, { id: cast.teamA.id, version: 1, name: name('专班'), chainFocus: '新方向' }));
    await expectAllOrNothing(AUDIT, () => insertDepartment(cast.admin, { name: name('局'), phone: '' }));
    await expectAllOrNothing(AUDIT, () => updateDepartment(cast.admin, { id: cast.departmentA.id, version: 1, name: name('局'), phone: '' }));
  });

  it('insertUser; updateUser, resetUserPassword and setUserDisabled, which also end the user’s sessions', async () => {
    await expectAllOrNothing(AUDIT, () => insertUser(cast.admin, { username: name('new.officer'), displayName: '新专员', role: 'officer', teamId: cast.teamA.id, departmentId: null, phone: '', password: 'initial-pass-1' }));
    const { id } = await insertUser(cast.admin, { username: name('officer.x'), displayName: '专员', role: 'officer', teamId: cast.teamA.id, departmentId: null, phone: '', password: 'initial-pass-1' });
    await openSession(id, '127.0.0.1');
    await expectAllOrNothing(AUDIT, () => updateUser(cast.admin, { id, version: 1, displayName: '改名', role: 'leader', teamId: null, departmentId: null, phone: '' }));
    await expectAllOrNothing(AUDIT, () => resetUserPassword(cast.admin, id, 'another-pass-1'));
    await expectAllOrNothing(AUDIT, () => setUserDisabled(cast.admin, id, true, 1));
  });

  it('openSession, endSession', async () => {
    await expectAllOrNothing(AUDIT, () => openSession(cast.officerA.id, '127.0.0.1'));
    const sessionId = await openSession(cast.officerA.id, '127.0.0.1');
    await expectAllOrNothing(AUDIT, () => endSession(cast.officerA.id, sessionId, '127.0.0.1'));
  });
});
