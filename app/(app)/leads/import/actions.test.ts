import { beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import { makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { auth } from '@/lib/auth';
import { commitLeadImport, previewLeadImport } from './actions';
import { sessionOf } from '@/db/test-session';

// Only the session cookie is faked; the viewer, the permission check and the data come from the database.
vi.mock('@/lib/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
const signIn = async (id: string) => (auth as unknown as Mock).mockResolvedValue(await sessionOf(id));

withTestDb();

let team: { id: string; name: string };
let officerId: string;
let adminId: string;

beforeAll(async () => {
  team = await makeTeam();
  officerId = (await makeViewer('officer', team)).id;
  adminId = (await makeViewer('admin')).id;
});

const ledger = (text: string, teamId?: string) => {
  const data = new FormData();
  data.append('file', new File([text], 'ledger.csv', { type: 'text/csv' }));
  if (teamId !== undefined) data.append('teamId', teamId);
  return data;
};

describe('lead import actions', () => {
  it('check an officer’s file for their own team and import it', async () => {
    await signIn(officerId);
    const file = '项目名称,企业名称\n动作项目,动作台账有限公司\n,缺项目有限公司\n';
    expect(await previewLeadImport(null, ledger(file))).toEqual({
      ok: true,
      data: {
        counts: { read: 2, valid: 1, invalid: 1, existing: 0, matchedByUscc: 0, matchedByName: 0, newEnterprises: 1, conflicts: 0 },
        errors: [{ rowNumber: 3, column: '项目名称', message: 'required' }],
        conflicts: [],
        shownBadRows: 1,
      },
    });
    expect(await commitLeadImport(null, ledger(file, ''))).toEqual({ ok: true, data: { inserted: 1, newEnterprises: 1, conflicts: 0, skipped: 0, invalid: 1 } });
  });

  it('ask an admin for the team, at the team field', async () => {
    await signIn(adminId);
    expect(await previewLeadImport(null, ledger('项目名称,企业名称\n甲,乙\n'))).toEqual({ ok: false, error: 'importTeamRequired', fieldErrors: { teamId: ['importTeamRequired'] } });
    expect(await previewLeadImport(null, ledger('项目名称,企业名称\n甲,乙\n', 'x'))).toMatchObject({ ok: false, fieldErrors: { teamId: ['invalidChoice'] } });
    expect(await previewLeadImport(null, ledger('项目名称,企业名称\n甲,乙\n', team.id))).toMatchObject({ ok: true, data: { counts: { valid: 1 } } });
  });
});
